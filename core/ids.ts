// Every id format Crosscheck accepts, defined once: the pattern and (for ids we mint) the
// generator that is guaranteed to match it; the edge schemas are built from these patterns in
// schemas.ts. Pure and schema-library-free: the quiz island mints attempt ids with this code,
// and every byte of it is paid on a phone.
import { randomBase64url, randomFromAlphabet } from './random.ts';

/** A quiz item: a hash of its content made by the generator (e.g. "mc-1zej3tkz4zu"). */
export const ITEM_ID = /^[a-z0-9-]{4,40}$/;
/** A quiz: "topic-<slug>", "article-<slug>", "class-<assignment id>" or "paste-<random>". */
export const QUIZ_ID = /^[a-z0-9-]{3,64}$/;
/** An attempt: 22 to 64 URL-safe base64 characters (22 random characters hold 128 bits). */
export const ATTEMPT_ID = /^[A-Za-z0-9_-]{22,64}$/;
/** An assignment: 10 characters of ASSIGNMENT_ID_ALPHABET (50 bits). */
export const ASSIGNMENT_ID = /^[a-z0-9]{10}$/;
/** A quiz draft: 22 URL-safe base64 characters (128 bits), its URL being all that opens it. */
export const DRAFT_ID = /^[A-Za-z0-9_-]{22}$/;

/** Lowercase letters and digits without the look-alikes l, o, 0 and 1: 32 symbols, 5 bits each. */
const ASSIGNMENT_ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A fresh attempt id: 16 random bytes (128 bits) as 22 URL-safe base64 characters. Runs on server and client. */
export const newAttemptId = () => randomBase64url(16);

/** A fresh assignment id (matches ASSIGNMENT_ID). */
export const newAssignmentId = () => randomFromAlphabet(10, ASSIGNMENT_ID_ALPHABET);

/** The random part of a teacher's pasted quiz id ("paste-<12 characters>"). */
export const newPasteQuizId = () => `paste-${randomFromAlphabet(12, ASSIGNMENT_ID_ALPHABET)}`;

/** A fresh draft id (matches DRAFT_ID): 16 random bytes. */
export const newDraftId = () => randomBase64url(16);

/** A question a teacher wrote in a draft: "own-<10 characters>" (matches ITEM_ID, never a generator's prefix). */
export const newTeacherItemId = () => `own-${randomFromAlphabet(10, ASSIGNMENT_ID_ALPHABET)}`;
