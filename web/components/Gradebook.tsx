// The dashboard's results: roster, statistics and question-by-question analysis. Rendered in
// the dashboard page and alone as the fragment the LiveGradebook island polls for
// (/teach/:id/results), so both always show the same thing.
import type { ItemAnalysis } from '../../core/gradebook/item-analysis.ts';
import { STEM_MAX_LENGTH, type Regrade } from '../../core/gradebook/regrade.ts';
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
  /** Questions the teacher dropped from grading or reworded (the scores above already leave the dropped ones out). */
  regrade: Regrade;
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
export function Gradebook({ attempts, unreadable, stats, distributionSvg, items, regrade, assignmentId, closed, timeOffset = null }: GradebookProps) {
  const removePath = (attemptId: string) => `/teach/${assignmentId}/attempts/${attemptId}/delete`;
  const dropped = items.filter((item) => item.dropped).length;
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
          <p class="note">
            A question that turned out wrong or unfair can be dropped from grading: every score is recomputed without it, and students see on their
            result that it was dropped. You can count it again. Its wording can be corrected for a typo; its options and right answer stay as
            students answered them.
            {dropped > 0 && ` Scores now count ${items.length - dropped} of ${items.length} questions.`}
          </p>
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
                  <tr key={item.itemId} id={`item-${item.itemId}`} class={item.dropped ? 'dropped' : undefined}>
                    <td>
                      <strong>Q{item.index + 1}.</strong> {item.stem}
                      {regrade.stems[item.itemId] !== undefined && <span class="edited-mark"> (wording corrected)</span>}
                      {item.dropped && (
                        <p class="dropped-label">
                          <strong>Dropped from grading:</strong> no score counts it.
                        </p>
                      )}
                      {item.evidenceSentence && <blockquote>{item.evidenceSentence}</blockquote>}
                      <ItemActions item={item} base={`/teach/${assignmentId}/items/${item.itemId}`} />
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

/** Drop a question from grading (or count it again), and correct its wording: plain form posts. */
function ItemActions({ item, base }: { item: ItemAnalysis; base: string }) {
  const label = `Q${item.index + 1}`;
  return (
    <div class="item-actions">
      {item.dropped ? (
        <form method="post" action={`${base}/restore`}>
          <button type="submit" class="button secondary">
            Count {label} again
          </button>
        </form>
      ) : (
        <details class="confirm">
          <summary>Drop {label} from grading…</summary>
          <form method="post" action={`${base}/drop`}>
            <p>Every student’s score is recomputed without {label}, and their result says it was dropped. You can count it again later.</p>
            <button type="submit" class="button danger">
              Yes, drop {label}
            </button>
          </form>
        </details>
      )}
      <details class="edit-stem">
        <summary>Correct the wording of {label}…</summary>
        <form method="post" action={`${base}/stem`}>
          <label class="field">
            <span>Wording of {label}</span>
            <textarea name="stem" rows={3} maxLength={STEM_MAX_LENGTH} required>
              {item.stem}
            </textarea>
          </label>
          <p class="hint">For a typo. The options and the right answer stay as students answered them; students see that the wording was corrected.</p>
          <button type="submit" class="button secondary">
            Save the wording
          </button>
        </form>
      </details>
    </div>
  );
}
