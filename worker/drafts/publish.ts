// A class from a draft: the assignment takes its own copy of the quiz as edited, so later edits
// to the draft (or a second class made from it) never shift items under answers already given.
import { newPasteQuizId } from '../../core/ids.ts';
import { createAssignment, type AssignmentRequest } from '../classroom/create.ts';
import type { Draft } from '../../core/drafts/draft.ts';

/** Creates the assignment from the draft's quiz as edited; returns it with its dashboard secret. */
export function publishDraft(kv: KVNamespace, draft: Draft, request: AssignmentRequest, now = Date.now()) {
  // A pasted quiz is stored under its own id, so each class made from the draft gets a fresh one;
  // a launch quiz's copy is named after its class by createAssignment.
  const quiz = draft.quiz.source.kind === 'paste' ? { ...draft.quiz, id: newPasteQuizId() } : draft.quiz;
  return createAssignment(kv, quiz, request, now);
}
