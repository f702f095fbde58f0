// Every KV key Crosscheck writes, in one place. Keys are typed strings built only here.
declare const brand: unique symbol;
export type Key<Kind extends string> = string & { readonly [brand]: Kind };

/** Attempts outside an assignment share this scope. */
export const OPEN_SCOPE = 'open';

export const keys = {
  /** One immutable key per attempt; its metadata is the gradebook row. Listing a scope lists a class. */
  attempt: (scope: string, attemptId: string) => `attempt:${scope}:${attemptId}` as Key<'attempt'>,
  attemptsOf: (scope: string) => `attempt:${scope}:`,
  /** A teacher-made quiz (generated from a pasted article). */
  quiz: (quizId: string) => `quiz:${quizId}` as Key<'quiz'>,
  assignment: (assignmentId: string) => `assignment:${assignmentId}` as Key<'assignment'>,
  /** Class code -> assignment id. */
  classCode: (code: string) => `code:${code}` as Key<'classCode'>,
  /** A teacher's quiz draft, before it becomes a class (kept a week after its last change). */
  draft: (draftId: string) => `draft:${draftId}` as Key<'draft'>,
  /** A student (by the classroom's key for their display name) who has used their one attempt. */
  attemptClaim: (assignmentId: string, studentKey: string) => `claim:${assignmentId}:${studentKey}` as Key<'attemptClaim'>,
};
