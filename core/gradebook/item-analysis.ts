// Item analysis: which questions the class missed, how well each separates stronger from
// weaker students, and the wrong answer most of them gave. Pure: runs anywhere.
import { renderAnswer } from '../quiz/answer-text.ts';
import type { Answer } from '../quiz/grade.ts';
import type { Evidence, Item, ItemType, Quiz } from '../quiz/schema.ts';
import type { AttemptSummary } from './summary.ts';

interface CommonWrongAnswer {
  answer: Answer;
  /**
   * Readable: the option text for choice items; for timeline the events in the order the
   * students put them, joined by " → "; for matching every "prompt → option" pair, joined by "; ".
   */
  text: string;
  count: number;
}

export interface ItemAnalysis {
  itemId: string;
  /** 0-based position in the quiz. */
  index: number;
  type: ItemType;
  stem: string;
  /** Attempts analysed (those whose answers line up with this quiz's items). */
  attempts: number;
  /** Attempts that answered this item. */
  answered: number;
  /** Attempts scoring the item fully right. */
  fullyRight: number;
  /** % of attempts scoring the item fully right (unanswered counts as not right); null with no attempts. */
  facility: number | null;
  /**
   * Point-biserial correlation (-1..1) between "item fully right" (1/0) and the rest-score
   * (total score minus this item's own score); null when undefined. See `discrimination`.
   */
  discrimination: number | null;
  /** The most chosen wrong answer; null when nobody answered wrongly. */
  commonWrong: CommonWrongAnswer | null;
  /** The item's evidence sentence(s), joined by a space when there are several. */
  evidenceSentence: string;
  evidence: Evidence[];
  /** The teacher dropped it from grading: it no longer counts in any score. */
  dropped: boolean;
}

/** A score counts as fully right at 1 (the summary codec stores 1 exactly). */
function fullyRight(score: number | undefined): boolean {
  return score !== undefined && score >= 1 - 1e-9;
}

/**
 * Point-biserial correlation of a dichotomous variable x (0/1) with y: the Pearson
 * correlation of the two, population moments,
 *   r = (M1 - M0) / s_y * sqrt(p * q)
 * where M1/M0 are the mean y of the x=1 / x=0 groups, s_y the population SD of y, p the share
 * of x=1 and q = 1 - p. Undefined, so null, with fewer than 2 values or when either variable
 * has zero variance (everybody right, everybody wrong, or identical rest-scores).
 *
 * Choice: the item variable is "fully right" (the same notion facility uses) rather than the
 * partial-credit score, so the statistic is the classic point-biserial for every item type;
 * the rest-score subtracts the item's actual (possibly partial) score from the total, so the
 * item never correlates with itself.
 */
export function pointBiserial(x: readonly (0 | 1)[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2 || y.length !== n) return null;
  const meanY = y.reduce((a, b) => a + b, 0) / n;
  const varY = y.reduce((a, b) => a + (b - meanY) ** 2, 0) / n;
  const ones = x.reduce<number>((a, b) => a + b, 0);
  if (ones === 0 || ones === n || varY < 1e-12) return null;
  let sum1 = 0;
  let sum0 = 0;
  x.forEach((xi, i) => {
    if (xi) sum1 += y[i]!;
    else sum0 += y[i]!;
  });
  const p = ones / n;
  const r = ((sum1 / ones - sum0 / (n - ones)) / Math.sqrt(varY)) * Math.sqrt(p * (1 - p));
  return Math.max(-1, Math.min(1, r));
}

function sameAnswer(a: Answer, b: Answer): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Wrong = not the key (for timeline and matching: any difference, even with partial credit). */
function isWrong(item: Item, answer: Answer): boolean {
  return !sameAnswer(answer, item.key);
}

function answerKey(answer: Answer): string {
  return typeof answer === 'number' ? String(answer) : answer.join(',');
}

/**
 * One analysis per quiz item, most-missed first (lowest facility; ties, and items nobody has
 * attempted, in quiz order). Attempts whose answer count differs from the quiz's item count
 * (graded against another version of the quiz) are left out. The most chosen wrong answer
 * breaks count ties by the smaller answer (option index, then index list), so the result does
 * not depend on the order KV lists attempts in. `dropped` names the items the teacher dropped
 * from grading: the totals no longer hold them, so their rest-score is the whole total.
 */
export function analyseItems(quiz: Quiz, summaries: readonly AttemptSummary[], dropped: ReadonlySet<string> = new Set()): ItemAnalysis[] {
  const itemCount = quiz.items.length;
  const attempts = summaries.filter((s) => s.answers.length === itemCount && s.scores.length === itemCount);
  const n = attempts.length;
  const analyses = quiz.items.map((item, index): ItemAnalysis => {
    const right: (0 | 1)[] = [];
    const rest: number[] = [];
    const wrong = new Map<string, { answer: Answer; count: number }>();
    const counted = !dropped.has(item.id);
    let answered = 0;
    for (const attempt of attempts) {
      const score = attempt.scores[index] ?? 0;
      right.push(fullyRight(score) ? 1 : 0);
      rest.push(counted ? attempt.score - score : attempt.score);
      const answer = attempt.answers[index] ?? null;
      if (answer === null) continue;
      answered++;
      if (!isWrong(item, answer)) continue;
      const key = answerKey(answer);
      const entry = wrong.get(key);
      if (entry) entry.count++;
      else wrong.set(key, { answer, count: 1 });
    }
    let common: { answer: Answer; count: number } | null = null;
    for (const entry of wrong.values()) {
      if (!common || entry.count > common.count || (entry.count === common.count && compareAnswers(entry.answer, common.answer) < 0)) {
        common = entry;
      }
    }
    const fully = right.reduce<number>((a, b) => a + b, 0);
    return {
      itemId: item.id,
      index,
      type: item.type,
      stem: item.stem,
      attempts: n,
      answered,
      fullyRight: fully,
      facility: n ? (fully * 100) / n : null,
      discrimination: pointBiserial(right, rest),
      commonWrong: common ? { answer: common.answer, text: renderAnswer(item, common.answer), count: common.count } : null,
      evidenceSentence: item.evidence.map((e) => e.sentence).join(' '),
      evidence: item.evidence,
      dropped: !counted,
    };
  });
  return analyses.sort((a, b) => {
    const fa = a.facility ?? Infinity;
    const fb = b.facility ?? Infinity;
    return fa === fb ? a.index - b.index : fa - fb;
  });
}

function compareAnswers(a: Answer, b: Answer): number {
  const la = typeof a === 'number' ? [a] : a;
  const lb = typeof b === 'number' ? [b] : b;
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return la[i]! - lb[i]!;
  }
  return la.length - lb.length;
}
