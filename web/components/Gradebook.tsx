// The dashboard's results: roster, statistics and question-by-question analysis. Rendered in
// the dashboard page and alone as the fragment the LiveGradebook island polls for
// (/teach/:id/results), so both always show the same thing.
import type { ItemAnalysis } from '../../core/gradebook/item-analysis.ts';
import type { ScoreStats } from '../../core/gradebook/stats.ts';
import type { AttemptSummary } from '../../core/gradebook/summary.ts';
import { formatDuration, formatScore, percent } from '../../core/format.ts';
import { LocalTime } from './LocalTime.tsx';

/** A class's results as the server computed them. */
export interface GradebookView {
  attempts: AttemptSummary[];
  unreadable: number;
  stats: ScoreStats;
  distributionSvg: string;
  items: ItemAnalysis[];
}

interface GradebookProps extends GradebookView {
  assignmentId: string;
  /** A closed assignment takes no more results: the island stops polling. */
  closed: boolean;
  /** The teacher's UTC offset (as Date#getTimezoneOffset), the labelled fallback for times. */
  timeOffset?: number | null;
}

const percentText = (value: number | null) => (value === null ? '—' : `${Math.round(value)}%`);

/** The #gradebook section. */
export function Gradebook({ attempts, unreadable, stats, distributionSvg, items, assignmentId, closed, timeOffset = null }: GradebookProps) {
  const removePath = (attemptId: string) => `/teach/${assignmentId}/attempts/${attemptId}/delete`;
  return (
    <section id="gradebook" aria-labelledby="gradebook-heading" data-closed={String(closed)}>
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
          <figure class="distribution" dangerouslySetInnerHTML={{ __html: distributionSvg }} />
          {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too. */}
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Attempts (scrolls sideways)">
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
                {attempts.map((attempt) => (
                  <tr key={attempt.attemptId}>
                    <th scope="row">
                      <a href={`/teach/${assignmentId}/attempts/${attempt.attemptId}`}>{attempt.name || 'Anonymous'}</a>
                    </th>
                    <td data-label="Score">
                      {formatScore(attempt.score, attempt.maxScore)} ({percent(attempt.score, attempt.maxScore)}%)
                    </td>
                    <td data-label="Time taken">{formatDuration(attempt.durationMs)}</td>
                    <td data-label="Submitted">
                      <LocalTime at={attempt.submittedAt} offset={timeOffset} />
                    </td>
                    <td>
                      <details class="confirm">
                        <summary>Remove…</summary>
                        <form method="post" action={removePath(attempt.attemptId)}>
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
          {unreadable > 0 && <p class="note">{unreadable} stored results could not be read and are left out.</p>}

          <h3 id="items-heading">Question by question, most missed first</h3>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Questions (scrolls sideways)">
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
                {items.map((item) => (
                  <tr key={item.itemId}>
                    <td>
                      <strong>Q{item.index + 1}.</strong> {item.stem}
                      <blockquote>{item.evidenceSentence}</blockquote>
                    </td>
                    <td data-label="Right">{percentText(item.facility)}</td>
                    <td data-label="Discrimination">{item.discrimination === null ? '—' : item.discrimination.toFixed(2)}</td>
                    <td data-label="Most chosen wrong answer">{item.commonWrong ? `${item.commonWrong.text} (${item.commonWrong.count})` : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
