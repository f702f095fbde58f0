// The gradebook row of one attempt: what the dashboard, statistics, item analysis and the CSV
// export read. Storage packs it into the attempt key's metadata (worker/storage/attempt-metadata.ts).
import type { Answer } from '../quiz/grade.ts';

/** One attempt as the gradebook sees it. */
export interface AttemptSummary {
  attemptId: string;
  name: string;
  score: number;
  maxScore: number;
  durationMs: number;
  /** Epoch ms. */
  submittedAt: number;
  /** Per quiz item, in quiz order; null = unanswered. */
  answers: (Answer | null)[];
  /** Per quiz item, 0..1, two decimals (packing rounds to hundredths). */
  scores: number[];
}
