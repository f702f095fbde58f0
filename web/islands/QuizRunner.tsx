// The quiz. On the server it renders as one plain form (works with JavaScript off); hydrated, it
// becomes one question at a time with practice feedback, saving every answer on the device and
// keeping a failed submit there until it goes through.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemFeedback } from '../../worker/quiz/feedback.ts';
import type { Answer } from '../../worker/quiz/grade.ts';
import type { PublicItem, PublicQuiz } from '../../worker/quiz/public.ts';
import { renderAnswer } from '../../worker/quiz/answer-text.ts';
import { QuestionFields } from '../components/quiz/QuestionFields.tsx';
import { clearAttempt, loadAttempt, saveAttempt, type StoredAttempt } from './attempt-store.ts';

export interface QuizRunnerProps {
  quiz: PublicQuiz;
  /** Server-made id and start time for a fresh attempt (a resumed one keeps its own). */
  attemptId: string;
  startedAt: number;
  /** Where the plain form posts. */
  action: string;
  /** The assignment this attempt belongs to, or "open". */
  scope: string;
  /** Feedback after each answer (practice) or only at the end. */
  practice: boolean;
  /** A display name fixed by the class join step; otherwise the student may give one. */
  displayName?: string;
}

type SubmitState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'saved-offline' } | { kind: 'refused'; message: string };

function isComplete(item: PublicItem, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (item.type === 'timeline') return Array.isArray(answer) && answer.length === item.options.length;
  if (item.type === 'matching') return Array.isArray(answer) && answer.every((option) => option >= 0);
  return typeof answer === 'number';
}

export default function QuizRunner(props: QuizRunnerProps) {
  const { quiz, action, scope, practice } = props;
  const [ready, setReady] = useState(false);
  const [attempt, setAttempt] = useState<StoredAttempt>({
    attemptId: props.attemptId,
    startedAt: props.startedAt,
    answers: {},
    feedback: {},
    index: 0,
    displayName: props.displayName ?? '',
    pending: false,
  });
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState('');
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'idle' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const update = (next: StoredAttempt) => {
    setAttempt(next);
    if (!saveAttempt(quiz.id, scope, next)) setNotice('This browser cannot save answers on the device; keep this page open until you submit.');
  };

  async function send(current: StoredAttempt) {
    setSubmit({ kind: 'sending' });
    const body = {
      quizId: quiz.id,
      attemptId: current.attemptId,
      answers: current.answers,
      startedAt: current.startedAt,
      ...(scope !== 'open' && { assignmentId: scope }),
      ...(current.displayName.trim() && { displayName: current.displayName }),
    };
    try {
      const res = await fetch('/api/attempts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.ok) {
        const { resultUrl } = (await res.json()) as { resultUrl: string };
        clearAttempt(quiz.id, scope);
        location.assign(resultUrl);
        return;
      }
      if (res.status >= 500 || res.status === 408 || res.status === 429) throw new Error(`HTTP ${res.status}`);
      const { message } = (await res.json().catch(() => ({ message: 'The server refused this attempt.' }))) as { message: string };
      update({ ...current, pending: false });
      setSubmit({ kind: 'refused', message });
    } catch {
      update({ ...current, pending: true });
      setSubmit({ kind: 'saved-offline' });
    }
  }

  useEffect(() => {
    const stored = loadAttempt(quiz.id, scope);
    const resumed = stored && { ...stored, index: Math.min(stored.index, quiz.items.length) };
    if (resumed) setAttempt(resumed);
    setReady(true);
    if (resumed?.pending && navigator.onLine) void send(resumed);
  }, []);

  useEffect(() => {
    if (!attempt.pending) return;
    const retry = () => void send(attempt);
    addEventListener('online', retry);
    return () => removeEventListener('online', retry);
  }, [attempt]);

  useEffect(() => {
    // Move focus to the new question (not on first load, which would jump the page).
    if (firstRender.current) firstRender.current = false;
    else headingRef.current?.focus();
  }, [attempt.index, ready]);

  if (!ready) return <PlainForm {...props} />;

  const total = quiz.items.length;
  const finished = attempt.index >= total;
  const item = quiz.items[attempt.index];
  const answer = item && attempt.answers[item.id];
  const feedback = item && attempt.feedback[item.id];
  const go = (index: number) => update({ ...attempt, index });

  async function check() {
    if (!item || answer === undefined) return;
    if (!practice) return go(attempt.index + 1);
    setChecking(true);
    setNotice('');
    try {
      const res = await fetch(`/api/quizzes/${quiz.id}/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ itemId: item.id, answer }) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const result = (await res.json()) as ItemFeedback;
      update({ ...attempt, feedback: { ...attempt.feedback, [item.id]: result } });
    } catch {
      setNotice('You seem to be offline. Your answer is saved on this device; you can go on and see the feedback on your result page.');
    } finally {
      setChecking(false);
    }
  }

  return (
    <form
      class="quiz-runner"
      method="post"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        void send(attempt);
      }}
    >
      <div class="progress" aria-hidden={finished}>
        <span>{finished ? 'All done' : `Question ${attempt.index + 1} of ${total}`}</span>
        <progress max={total} value={Math.min(attempt.index + (feedback ? 1 : 0), total)} aria-label="Progress" />
      </div>

      {item ? (
        <section class="question" aria-labelledby={`stem-${item.id}`}>
          <h2 id={`stem-${item.id}`} class="stem" tabIndex={-1} ref={headingRef}>
            {item.stem}
          </h2>
          <QuestionFields
            item={item}
            answer={answer}
            disabled={Boolean(feedback) || checking}
            onAnswer={(next) => update({ ...attempt, answers: { ...attempt.answers, [item.id]: next } })}
          />
          <div class="feedback-region" aria-live="polite">
            {feedback && (
              <div class={feedback.correct ? 'feedback right' : 'feedback wrong'}>
                <p class="verdict">
                  <span aria-hidden="true">{feedback.correct ? '✓ ' : feedback.score > 0 ? '◐ ' : '✗ '}</span>
                  {feedback.correct ? 'Right.' : feedback.score > 0 ? `Partly right (${Math.round(feedback.score * 100)}%).` : 'Not quite.'}
                </p>
                {!feedback.correct && (
                  <p>
                    <strong>Answer:</strong> {renderAnswer(item, feedback.key)}
                  </p>
                )}
                <p>{feedback.explanation}</p>
                {feedback.evidence.map((evidence) => (
                  <blockquote key={evidence.paragraph}>
                    “{evidence.sentence}”{' '}
                    {evidence.href && (
                      <a href={evidence.href} target="_blank">
                        Paragraph {evidence.paragraph}
                      </a>
                    )}
                  </blockquote>
                ))}
              </div>
            )}
            {notice && <p class="notice">{notice}</p>}
          </div>
          <div class="row">
            {attempt.index > 0 && (
              <button type="button" class="button secondary" onClick={() => go(attempt.index - 1)}>
                Back
              </button>
            )}
            {practice && !feedback ? (
              <button type="button" class="button" disabled={!isComplete(item, answer) || checking} onClick={check}>
                {checking ? 'Checking…' : 'Check answer'}
              </button>
            ) : (
              // Keyed: were this DOM button reused as the submit button below, the tap that
              // re-renders it would also submit the form.
              <button key="next" type="button" class="button" disabled={!isComplete(item, answer) && !feedback} onClick={() => go(attempt.index + 1)}>
                {attempt.index + 1 < total ? 'Next question' : 'Finish'}
              </button>
            )}
            {!feedback && answer === undefined && (
              <button type="button" class="link-button" onClick={() => go(attempt.index + 1)}>
                Skip
              </button>
            )}
          </div>
        </section>
      ) : (
        <section class="question" aria-labelledby="finish-heading">
          <h2 id="finish-heading" class="stem" tabIndex={-1} ref={headingRef}>
            Ready to see your result?
          </h2>
          <p>
            You answered {quiz.items.filter((candidate) => isComplete(candidate, attempt.answers[candidate.id])).length} of {total} questions.
          </p>
          {props.displayName === undefined && (
            <label class="field">
              <span>Your name on the result (optional)</span>
              <input
                type="text"
                name="displayName"
                maxLength={40}
                autoComplete="nickname"
                value={attempt.displayName}
                onInput={(event) => update({ ...attempt, displayName: event.currentTarget.value })}
              />
            </label>
          )}
          <div class="submit-status" aria-live="assertive">
            {submit.kind === 'saved-offline' && (
              <p class="notice">
                <strong>Your answers are safe on this device.</strong> We couldn't reach Crosscheck just now; we'll send them as soon as
                you're back online, even if you close this page and come back later.
              </p>
            )}
            {submit.kind === 'refused' && <p class="notice error">{submit.message}</p>}
          </div>
          <div class="row">
            <button type="button" class="button secondary" onClick={() => go(total - 1)}>
              Back
            </button>
            <button key="submit" type="submit" class="button" disabled={submit.kind === 'sending'}>
              {submit.kind === 'sending' ? 'Sending…' : submit.kind === 'saved-offline' ? 'Try again now' : 'See my result'}
            </button>
          </div>
        </section>
      )}
    </form>
  );
}

/** The whole quiz as one form that posts to the server: the experience with JavaScript off. */
function PlainForm({ quiz, attemptId, startedAt, action, displayName }: QuizRunnerProps) {
  return (
    <form class="quiz-form" method="post" action={action}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="startedAt" value={startedAt} />
      {quiz.items.map((item, index) => (
        <fieldset class="question" key={item.id}>
          <legend id={`stem-${item.id}`} class="stem">
            <span class="question-number">
              {index + 1}/{quiz.items.length}
            </span>{' '}
            {item.stem}
          </legend>
          {item.type === 'timeline' && <p class="hint">Give each event its position, earliest first.</p>}
          <QuestionFields item={item} />
        </fieldset>
      ))}
      {displayName === undefined ? (
        <label class="field">
          <span>Your name on the result (optional)</span>
          <input type="text" name="displayName" maxLength={40} autoComplete="nickname" />
        </label>
      ) : (
        <input type="hidden" name="displayName" value={displayName} />
      )}
      <button type="submit" class="button">
        See my result
      </button>
    </form>
  );
}
