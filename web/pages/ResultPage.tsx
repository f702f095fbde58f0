import type { Regrade } from '../../core/gradebook/regrade.ts';
import { renderAnswer } from '../../core/quiz/answer-text.ts';
import type { Answer, ItemResult } from '../../core/quiz/grade.ts';
import { evidenceHref } from '../../core/quiz/public.ts';
import type { Item, Quiz } from '../../core/quiz/schema.ts';
import { OUTCOME_MARK, formatDuration, formatScore, outcomeOf, percent } from '../../core/format.ts';
import { LocalTime } from '../components/LocalTime.tsx';
import { Island } from '../islands/Island.tsx';
import LocalTimes from '../islands/LocalTimes.tsx';
import ShareButton from '../islands/ShareButton.tsx';

export interface ResultView {
  quiz: Quiz;
  displayName: string | null;
  results: ItemResult[];
  score: number;
  maxScore: number;
  durationMs: number | null;
  submittedAt: number;
  /** This page's path, for sharing. */
  path: string;
  /** Where "Try again" leads, if another attempt is allowed. */
  tryAgainPath: string | null;
  /** The open quiz a friend can take, if there is one. */
  challengePath: string | null;
  /**
   * False while an assignment keeps its answers hidden until the teacher closes it: then only the
   * total shows, since per-question right/wrong would give keys away (true/false ones at once).
   */
  showAnswers: boolean;
  /**
   * Who is looking: the student on their own device (or their teacher) is the owner; anyone else
   * with the link is a visitor, who is not told "Your answer" (the server already hides the name).
   */
  viewer: 'owner' | 'visitor';
  /** The class's teacher's UTC offset (minutes, as Date#getTimezoneOffset), the time fallback; null for open quizzes. */
  timeOffset: number | null;
  /** What the teacher changed after the class answered (a class result only): `score` and `maxScore` already leave the dropped questions out. */
  regrade?: Regrade | undefined;
}

const answerText = (item: Item, answer: Answer | null) => (answer === null ? 'No answer' : renderAnswer(item, answer));

function verdict(result: ItemResult, dropped: boolean) {
  if (dropped) return { icon: '–', text: 'Dropped from grading: it does not count', tone: 'dropped' };
  const tone = outcomeOf(result);
  const text = { right: 'Right', partial: `Partly right (${Math.round(result.score * 100)}%)`, wrong: result.answer === null ? 'Not answered' : 'Wrong' }[tone];
  return { icon: OUTCOME_MARK[tone], text, tone };
}

export function ResultPage(view: ResultView) {
  const { quiz, results } = view;
  const visitor = view.viewer === 'visitor';
  const who = view.displayName ?? (visitor ? 'Someone' : 'This reader');
  const dropped = new Set(view.regrade?.dropped);
  const droppedNumbers = results.flatMap((result, index) => (dropped.has(result.itemId) ? [index + 1] : []));
  return (
    <article class="result-page">
      <header class="page-header">
        <p class="kicker">Result</p>
        <h1>
          {who} scored {formatScore(view.score, view.maxScore)}
        </h1>
        <p class="lede">
          on “{quiz.title}” — {percent(view.score, view.maxScore)}%
          {view.durationMs !== null && <>, in {formatDuration(view.durationMs)}</>}.
        </p>
        <p class="note">
          Submitted <LocalTime at={view.submittedAt} offset={view.timeOffset} />.
        </p>
        <Island name="LocalTimes" component={LocalTimes} props={{}} />
        {droppedNumbers.length > 0 && (
          <p class="notice dropped-note">
            The teacher dropped question{droppedNumbers.length > 1 ? 's' : ''} {droppedNumbers.join(', ')} from grading: {droppedNumbers.length > 1 ? 'they do' : 'it does'} not count,
            so this score is out of {view.maxScore}.
          </p>
        )}
        {view.showAnswers && (
          <ol class="score-grid" aria-label="Right and wrong, question by question">
            {results.map((result, index) => {
              const v = verdict(result, dropped.has(result.itemId));
              return (
                <li key={result.itemId} class={v.tone} title={`Question ${index + 1}: ${v.text}`}>
                  <span aria-hidden="true">{v.icon}</span>
                  <span class="visually-hidden">
                    Question {index + 1}: {v.text}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        <div class="row">
          {view.tryAgainPath && (
            <a class="button" href={view.tryAgainPath}>
              Try again
            </a>
          )}
          {view.challengePath && (
            <Island
              name="ShareButton"
              component={ShareButton}
              props={{ url: view.challengePath, title: quiz.title, text: `I scored ${formatScore(view.score, view.maxScore)} on “${quiz.title}”. Can you beat it?`, label: 'Challenge a friend' }}
            />
          )}
          <Island name="ShareButton" component={ShareButton} props={{ url: view.path, title: `${who} scored ${formatScore(view.score, view.maxScore)} on “${quiz.title}”`, label: 'Share result' }} />
        </div>
      </header>

      {view.showAnswers ? (
        <Review quiz={quiz} results={results} regrade={view.regrade} answerLabel={visitor ? 'Answer given' : 'Your answer'} />
      ) : (
        <p class="notice">{visitor ? 'The answers are shown when the teacher closes the assignment.' : 'Your teacher will show the answers, question by question, when the assignment closes.'}</p>
      )}
    </article>
  );
}

function Review({ quiz, results, regrade, answerLabel }: Pick<ResultView, 'quiz' | 'results' | 'regrade'> & { answerLabel: string }) {
  const items = new Map(quiz.items.map((item) => [item.id, item]));
  const dropped = new Set(regrade?.dropped);
  return (
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Question by question</h2>
        <ol class="review">
          {results.map((result, index) => {
            const item = items.get(result.itemId);
            if (!item) return null;
            const v = verdict(result, dropped.has(result.itemId));
            return (
              <li key={result.itemId} class={`review-item ${v.tone}`}>
                <p class="review-stem">
                  <span class="question-number">{index + 1}.</span> {item.stem}
                  {regrade?.stems[item.id] !== undefined && <span class="edited-mark"> (wording corrected by the teacher)</span>}
                </p>
                <p class="verdict">
                  <span aria-hidden="true">{v.icon} </span>
                  {v.text}
                </p>
                <p>
                  <strong>{answerLabel}:</strong> {answerText(item, result.answer)}
                </p>
                {!result.correct && (
                  <p>
                    <strong>Right answer:</strong> {answerText(item, item.key)}
                  </p>
                )}
                <p>{item.explanation}</p>
                {item.evidence.map((evidence) => {
                  const href = evidenceHref(quiz, evidence.paragraph);
                  return (
                    <blockquote key={evidence.paragraph}>
                      {evidence.sentence} {href && <a href={href}>Paragraph {evidence.paragraph}</a>}
                    </blockquote>
                  );
                })}
              </li>
            );
          })}
        </ol>
      </section>
  );
}
