// The edge schemas for ids and display names: valibot checks built from the one definition of
// each format (ids.ts) and of the name rule (names.ts). The Worker validates every input with
// these; the quiz island never imports them.
import * as v from 'valibot';
import { ASSIGNMENT_ID, ATTEMPT_ID, DRAFT_ID, ITEM_ID, QUIZ_ID } from './ids.ts';
import { cleanDisplayName } from './names.ts';

export const ItemIdSchema = v.pipe(v.string(), v.regex(ITEM_ID, 'must be an item id'));
export const QuizIdSchema = v.pipe(v.string(), v.regex(QUIZ_ID, 'must be a quiz id'));
export const AttemptIdSchema = v.pipe(
  v.string(),
  v.regex(ATTEMPT_ID, 'must be 22 to 64 URL-safe base64 characters (22 random characters hold 128 bits)'),
);
export const AssignmentIdSchema = v.pipe(v.string(), v.regex(ASSIGNMENT_ID, 'must be an assignment id'));
export const DraftIdSchema = v.pipe(v.string(), v.regex(DRAFT_ID, 'must be a draft id'));

/** A display name at the edge: at most 400 characters typed, 1–40 code points after cleaning. */
export const DisplayNameSchema = v.pipe(
  v.string(),
  v.maxLength(400, 'is too long'),
  v.transform(cleanDisplayName),
  v.minLength(1, 'must not be empty'),
);
