import type { ItemAnalysis } from '../../core/gradebook/item-analysis.ts';
import type { ScoreStats } from '../../core/gradebook/stats.ts';
import type { AttemptSummary } from '../../core/gradebook/summary.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import type { Assignment } from '../../worker/storage/assignments.ts';
import { formatClassCode } from '../../worker/classroom/class-code.ts';
import { formatDateTime, formatDuration, formatScore, percent } from '../../core/format.ts';
import { Island } from '../islands/Island.tsx';
import LiveGradebook from '../islands/LiveGradebook.tsx';

export interface DashboardView {
  assignment: Assignment;
  quiz: Quiz;
  /** The dashboard secret, carried in this page's links and forms. */
  secret: string;
  urls: { student: string; join: string; dashboard: string };
  qrSvg: string;
  attempts: AttemptSummary[];
  unreadable: number;
  stats: ScoreStats;
  distributionSvg: string;
  items: ItemAnalysis[];
  /** Just created: show the bookmark warning. */
  created: boolean;
}

const percentText = (value: number | null) => (value === null ? '—' : `${Math.round(value)}%`);

export function DashboardPage(view: DashboardView) {
  const { assignment, quiz, secret, urls, stats } = view;
  const base = `/teach/${assignment.id}`;
  const withKey = (path: string) => `${path}?key=${secret}`;
  return (
    <article class="dashboard">
      <header class="page-header">
        <p class="kicker">Teacher dashboard · {assignment.closed ? 'Closed' : 'Open'}</p>
        <h1>{assignment.title}</h1>
        <p class="lede">
          Quiz: {quiz.title} · {quiz.items.length} questions · {assignment.attemptsAllowed === 'one' ? 'one attempt per student' : 'unlimited attempts'} · answers
          shown {assignment.reveal === 'after-submit' ? 'right after submitting' : 'when you close the assignment'}
          {assignment.dueAt !== null && <> · due {formatDateTime(assignment.dueAt)}</>}
        </p>
      </header>

      {view.created && (
        <section class="notice warning" role="alert" aria-labelledby="bookmark-heading">
          <h2 id="bookmark-heading">Bookmark this page now</h2>
          <p>
            This private link is the only way back to your dashboard: there are no accounts, and we cannot recover it. Anyone with it can see
            results and close the assignment, so keep it to yourself.
          </p>
          <input class="share-link" readOnly value={urls.dashboard} aria-label="Your private dashboard link" />
        </section>
      )}

      <section class="share-panel" aria-labelledby="students-heading">
        <h2 id="students-heading">For your students</h2>
        <div class="share-grid">
          <div>
            <p>
              Go to <strong>{urls.join}</strong> and type the class code:
            </p>
            <p class="class-code" aria-label={`Class code ${assignment.classCode.split('').join(' ')}`}>
              {formatClassCode(assignment.classCode)}
            </p>
            <p>
              Or open the link: <a href={urls.student}>{urls.student}</a>
            </p>
          </div>
          <div class="qr-box" dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
        </div>
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Assignment</h2>
        <form method="post" action={withKey(`${base}/status`)} class="row">
          <input type="hidden" name="closed" value={assignment.closed ? 'false' : 'true'} />
          <button type="submit" class="button secondary">
            {assignment.closed ? 'Reopen the assignment' : 'Close the assignment'}
          </button>
          <span class="note">{assignment.closed ? 'Closed: students cannot submit.' : 'Open: students can submit.'}</span>
        </form>
        <p class="row">
          <a class="button secondary" href={withKey(`${base}/grades.csv`)} download>
            Grades (CSV)
          </a>
          <a class="button secondary" href={withKey(`${base}/quiz.gift`)} download>
            Quiz for Moodle (GIFT)
          </a>
          <a class="button secondary" href={withKey(`${base}/quiz-qti21.zip`)} download>
            Quiz as QTI 2.1 (Canvas)
          </a>
          <a class="button secondary" href={withKey(`${base}/print`)}>
            Printable quiz with answer key
          </a>
        </p>
      </section>

      <Island name="LiveGradebook" component={LiveGradebook} props={{ intervalSeconds: 15 }} />
      <section id="gradebook" aria-labelledby="gradebook-heading">
        <h2 id="gradebook-heading">
          Results <span class="count">({stats.count})</span>
        </h2>
        {stats.count === 0 ? (
          <p>No results yet. They appear here as students submit.</p>
        ) : (
          <>
            <dl class="stats">
              <div>
                <dt>Average</dt>
                <dd>{percentText(stats.meanPercent)}</dd>
              </div>
              <div>
                <dt>Median</dt>
                <dd>{percentText(stats.medianPercent)}</dd>
              </div>
              <div>
                <dt>Submitted</dt>
                <dd>{stats.count}</dd>
              </div>
            </dl>
            <figure class="distribution" dangerouslySetInnerHTML={{ __html: view.distributionSvg }} />
            <div class="table-wrap">
              <table class="roster">
                <caption class="visually-hidden">Every submitted attempt, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Score</th>
                    <th scope="col">Time taken</th>
                    <th scope="col">Submitted</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.attempts.map((attempt) => (
                    <tr key={attempt.attemptId}>
                      <th scope="row">{attempt.name || 'Anonymous'}</th>
                      <td>
                        {formatScore(attempt.score, attempt.maxScore)} ({percent(attempt.score, attempt.maxScore)}%)
                      </td>
                      <td>{formatDuration(attempt.durationMs)}</td>
                      <td>{formatDateTime(attempt.submittedAt)}</td>
                      <td>
                        <details class="confirm">
                          <summary>Remove…</summary>
                          <form method="post" action={withKey(`${base}/attempts/${attempt.attemptId}/delete`)}>
                            <p>Remove {attempt.name || 'this'}’s attempt? This cannot be undone; the student may then try again.</p>
                            <button type="submit" class="button danger">
                              Yes, remove it
                            </button>
                          </form>
                        </details>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {view.unreadable > 0 && <p class="note">{view.unreadable} stored results could not be read and are left out.</p>}

            <h3 id="items-heading">Question by question, most missed first</h3>
            <div class="table-wrap">
              <table class="item-analysis" aria-labelledby="items-heading">
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Right</th>
                    <th scope="col">
                      <abbr title="Point-biserial correlation with the rest of the score: near 0 or negative means the question does not separate stronger from weaker students">
                        Discrimination
                      </abbr>
                    </th>
                    <th scope="col">Most chosen wrong answer</th>
                  </tr>
                </thead>
                <tbody>
                  {view.items.map((item) => (
                    <tr key={item.itemId}>
                      <td>
                        <strong>Q{item.index + 1}.</strong> {item.stem}
                        <blockquote>{item.evidenceSentence}</blockquote>
                      </td>
                      <td>{percentText(item.facility)}</td>
                      <td>{item.discrimination === null ? '—' : item.discrimination.toFixed(2)}</td>
                      <td>{item.commonWrong ? `${item.commonWrong.text} (${item.commonWrong.count})` : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </article>
  );
}
