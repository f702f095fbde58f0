// A class from a draft: the assignment takes its own copy of the quiz as edited, so later edits
// to the draft (or a second class made from it) never shift items under answers already given.
import { newPasteQuizId } from '../../core/ids.ts';
import { createAssignment, type AssignmentRequest } from '../classroom/create.ts';
import type { Draft } from '../../core/drafts/draft.ts';
import type { Assignment } from '../../core/classroom/assignment.ts';

/** What creating the class from a draft came to. */
export type PublishResult = { kind: 'created'; assignment: Assignment; secret: string } | { kind: 'refused'; problem: string };

/** Creates the assignment from the draft's quiz as edited (it must have a question), with its dashboard secret. */
export async function publishDraft(kv: KVNamespace, draft: Draft, request: AssignmentRequest, now = Date.now()): Promise<PublishResult> {
  if (!draft.quiz.items.length) return { kind: 'refused', problem: 'The quiz has no questions yet: add at least one of your own before creating the assignment.' };
  // A pasted quiz is stored under its own id, so each class made from the draft gets a fresh one;
  // a launch quiz's copy is named after its class by createAssignment.
  const quiz = draft.quiz.source.kind === 'paste' ? { ...draft.quiz, id: newPasteQuizId() } : draft.quiz;
  return { kind: 'created', ...(await createAssignment(kv, quiz, request, now)) };
}
