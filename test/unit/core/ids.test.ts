import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_ID, ATTEMPT_ID, QUIZ_ID, newAssignmentId, newAttemptId, newPasteQuizId } from '../../../core/ids.ts';
import { AttemptIdSchema } from '../../../core/schemas.ts';

describe('ids', () => {
  it('mints ids that match their own patterns', () => {
    for (let i = 0; i < 200; i++) {
      expect(newAttemptId()).toMatch(ATTEMPT_ID);
      expect(newAssignmentId()).toMatch(ASSIGNMENT_ID);
      expect(newPasteQuizId()).toMatch(QUIZ_ID);
    }
    expect(newAttemptId()).toHaveLength(22);
  });

  it('takes 22 to 64 URL-safe characters as an attempt id, nothing else', () => {
    expect(v.safeParse(AttemptIdSchema, 'a'.repeat(22)).success).toBe(true);
    expect(v.safeParse(AttemptIdSchema, 'a'.repeat(64)).success).toBe(true);
    for (const bad of ['a'.repeat(21), 'a'.repeat(65), `${'a'.repeat(21)}!`, `${'a'.repeat(21)}.`]) {
      expect(v.safeParse(AttemptIdSchema, bad).success).toBe(false);
    }
  });
});
