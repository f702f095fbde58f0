import { describe, expect, it } from 'vitest';
import { parseResultId, resultId, storedAttemptId } from '../../../../worker/attempts/result-id.ts';

const attemptId = 'AbCdEfGhIjKlMnOpQrSt_-';

describe('result ids', () => {
  it('round-trips open and class attempts', () => {
    expect(resultId('open', attemptId)).toBe(attemptId);
    expect(parseResultId(attemptId)).toEqual({ scope: 'open', attemptId });
    expect(resultId('abcdefghjk', attemptId)).toBe(`abcdefghjk.${attemptId}`);
    expect(parseResultId(`abcdefghjk.${attemptId}`)).toEqual({ scope: 'abcdefghjk', attemptId });
  });

  it('refuses anything that is not an assignment id and an attempt id', () => {
    for (const bad of ['x', `open.${attemptId}`, `ABCDEFGHJK.${attemptId}`, `abcdefghjk.${attemptId}.x`, `.${attemptId}`, 'a'.repeat(120)]) {
      expect(parseResultId(bad), bad).toBeNull();
    }
  });

  it('stores and shares an attempt under a hash of its attempt id, never the id itself', async () => {
    const stored = await storedAttemptId(attemptId);
    expect(stored).toMatch(/^[0-9a-f]{32}$/);
    expect(stored).not.toContain(attemptId);
    expect(await storedAttemptId(attemptId)).toBe(stored);
    expect(parseResultId(resultId('abcdefghjk', stored))).toEqual({ scope: 'abcdefghjk', attemptId: stored });
  });
});
