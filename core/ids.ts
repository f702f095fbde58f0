// Every id format Crosscheck accepts, defined once: the pattern, the edge schema that checks it,
// and (for ids we mint) the generator that is guaranteed to match it. Pure: the quiz island
// mints attempt ids with the same code the Worker validates them with.
import * as v from 'valibot';
import { randomBase64url, randomFromAlphabet } from './random.ts';

/** A quiz item: a hash of its content made by the generator (e.g. "mc-1zej3tkz4zu"). */
export const ITEM_ID = /^[a-z0-9-]{4,40}$/;
/** A quiz: "topic-<slug>", "article-<slug>", "class-<assignment id>" or "paste-<random>". */
export const QUIZ_ID = /^[a-z0-9-]{3,64}$/;
/** An attempt: 22 to 64 URL-safe base64 characters (22 random characters hold 128 bits). */
export const ATTEMPT_ID = /^[A-Za-z0-9_-]{22,64}$/;
/** An assignment: 10 characters of ASSIGNMENT_ID_ALPHABET (50 bits). */
export const ASSIGNMENT_ID = /^[a-z0-9]{10}$/;

/** Lowercase letters and digits without the look-alikes l, o, 0 and 1: 32 symbols, 5 bits each. */
const ASSIGNMENT_ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export const ItemIdSchema = v.pipe(v.string(), v.regex(ITEM_ID, 'must be an item id'));
export const QuizIdSchema = v.pipe(v.string(), v.regex(QUIZ_ID, 'must be a quiz id'));
export const AttemptIdSchema = v.pipe(
  v.string(),
  v.regex(ATTEMPT_ID, 'must be 22 to 64 URL-safe base64 characters (22 random characters hold 128 bits)'),
);
export const AssignmentIdSchema = v.pipe(v.string(), v.regex(ASSIGNMENT_ID, 'must be an assignment id'));

/** A fresh attempt id: 16 random bytes (128 bits) as 22 URL-safe base64 characters. Runs on server and client. */
export const newAttemptId = () => randomBase64url(16);

/** A fresh assignment id (matches ASSIGNMENT_ID). */
export const newAssignmentId = () => randomFromAlphabet(10, ASSIGNMENT_ID_ALPHABET);

/** The random part of a teacher's pasted quiz id ("paste-<12 characters>"). */
export const newPasteQuizId = () => `paste-${randomFromAlphabet(12, ASSIGNMENT_ID_ALPHABET)}`;
