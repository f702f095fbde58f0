// The teacher fixes a class's quiz after students answered: drop a question from grading (and
// count it again), or correct a question's stem. Each is one write of the assignment record and
// nothing else, so a failure leaves everything as it was; no attempt is read or rewritten, since
// every score is recomputed from the per-item scores the attempts already store
// (core/gradebook/regrade.ts). Options and the key are never editable here.
import type { Assignment } from '../../core/classroom/assignment.ts';
import { regradeOf, type Regrade } from '../../core/gradebook/regrade.ts';
import { CLOZE_GAP, gapsIn, type Quiz } from '../../core/quiz/schema.ts';
import { writeAssignment } from '../storage/assignments.ts';

/** Why a change was refused, in the teacher's words, with the HTTP status that says so. */
export type RegradeRefusal = { status: 404 | 409 | 422; message: string };

/** What the teacher asked for. */
export type RegradeChange =
  | { kind: 'drop'; itemId: string }
  | { kind: 'restore'; itemId: string }
  | { kind: 'stem'; itemId: string; stem: string; changesOptionsOrKey: boolean };

/** The regrade with `change` applied, or why it cannot be. */
function applyChange(quiz: Quiz, regrade: Regrade, change: RegradeChange): Regrade | RegradeRefusal {
  const item = quiz.items.find((candidate) => candidate.id === change.itemId);
  if (!item) return { status: 404, message: 'This quiz has no such question. Reload the dashboard and try again.' };
  const dropped = new Set(regrade.dropped);
  const next = { ...regrade, revision: regrade.revision + 1 };
  switch (change.kind) {
    case 'drop':
      if (dropped.has(item.id)) return regrade;
      if (dropped.size + 1 >= quiz.items.length) return { status: 409, message: 'At least one question must still count: this is the last one graded.' };
      return { ...next, dropped: [...regrade.dropped, item.id] };
    case 'restore':
      if (!dropped.has(item.id)) return regrade;
      return { ...next, dropped: regrade.dropped.filter((id) => id !== item.id) };
    case 'stem': {
      if (change.changesOptionsOrKey) {
        return {
          status: 409,
          message:
            'The options and the right answer cannot change once a class has the quiz: answers are stored by option, so changing them would change what students chose. Correct the wording of the question, or drop it from grading.',
        };
      }
      if (item.type === 'cloze' && gapsIn(change.stem) !== 1) return { status: 422, message: `A fill-in-the-gap question must keep its gap, written ${CLOZE_GAP}, once.` };
      if (change.stem === item.stem) return regrade;
      return { ...next, stems: { ...regrade.stems, [item.id]: change.stem } };
    }
  }
}

/** Applies `change` to the class (one write), or says why not (nothing written). */
export async function changeClassQuiz(kv: KVNamespace, assignment: Assignment, quiz: Quiz, change: RegradeChange): Promise<{ ok: true } | ({ ok: false } & RegradeRefusal)> {
  const current = regradeOf(assignment);
  const regrade = applyChange(quiz, current, change);
  if ('status' in regrade) return { ok: false, ...regrade };
  if (regrade !== current) await writeAssignment(kv, { ...assignment, regrade });
  return { ok: true };
}
