import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../../../../core/gradebook/summary.ts';
import { METADATA_LIMIT_BYTES, assertMetadataSize, metadataBytes, packSummary, unpackSummary } from '../../../../worker/storage/attempt-metadata.ts';
import { attempt, attempts } from '../../gradebook/fixtures.ts';

const base = attempts[2]!; // Cai: partial credit, 0.67 and 0.5

describe('packSummary / unpackSummary', () => {
  it('packs compactly and exactly as documented', () => {
    expect(packSummary(base)).toEqual({
      v: 1,
      i: 'attempt-a3-aaaaaaaaaaaaaaa',
      n: 'Cai',
      s: 2.17,
      m: 4,
      d: 120000,
      t: Date.UTC(2025, 2, 1, 9, 30),
      a: '0.1.021.02',
      q: '#~gU', // 0 -> '#', 1 -> '~', 0.67 -> 'g' ('#'+67, skipping the backslash), 0.5 -> 'U' ('#'+50)
    });
    const unanswered = packSummary(attempts[4]!);
    expect(unanswered.a).toBe('2...01');
    expect(unanswered.q).toBe('###~');
  });

  it('round-trips every fixture attempt', () => {
    for (const a of attempts) expect(unpackSummary(packSummary(a))).toEqual(a);
  });

  it('round-trips every per-item score in hundredths exactly (0.90-0.99 take two chars)', () => {
    const scores = Array.from({ length: 101 }, (_, k) => k / 100);
    const a = attempt('attempt-hundredths-xxxxxxx', 'H', scores.map(() => null), scores);
    const packed = packSummary(a);
    expect(packed.q.length).toBe(111);
    expect(packed.q.slice(90, 92)).toBe('!#'); // 0.9
    expect(unpackSummary(packed)?.scores).toEqual(scores);
  });

  it('never turns a partial score into "fully right" or a tiny one into 0', () => {
    const a = attempt('attempt-edge-xxxxxxxxxxxxx', 'E', [null, null, null, null], [0.999, 0.001, -1, 2]);
    expect(unpackSummary(packSummary(a))?.scores).toEqual([0.99, 0.01, 0, 1]);
  });

  it('keeps an empty answer list distinct from one unanswered item', () => {
    const none = attempt('attempt-none-xxxxxxxxxxxxx', '', [], []);
    expect(packSummary(none)).toMatchObject({ a: '', q: '' });
    expect(unpackSummary(packSummary(none))?.answers).toEqual([]);
    const one = attempt('attempt-one-xxxxxxxxxxxxxx', '', [null], [0]);
    expect(unpackSummary(packSummary(one))?.answers).toEqual([null]);
  });

  it('fits 60 items of the longest answers and a 40-emoji name in 1,024 bytes (977 measured)', () => {
    const emoji = '😀'.repeat(50); // 50 code points, 100 UTF-16 units, 4 UTF-8 bytes each
    const worst: AttemptSummary = {
      attemptId: 'x'.repeat(64),
      name: emoji,
      score: 56.99,
      maxScore: 60,
      durationMs: Number.MAX_SAFE_INTEGER,
      submittedAt: Number.MAX_SAFE_INTEGER,
      answers: Array.from({ length: 60 }, () => [7, 6, 5, 4, 3, 2, 1, 0]),
      scores: Array.from({ length: 60 }, () => 0.95),
    };
    const packed = packSummary(worst);
    expect(Array.from(packed.n)).toHaveLength(40);
    expect(packed.n).toBe('😀'.repeat(40));
    expect(metadataBytes(packed)).toBe(977);
    expect(metadataBytes(packed)).toBeLessThanOrEqual(METADATA_LIMIT_BYTES);
    expect(unpackSummary(packed)).toEqual({ ...worst, name: '😀'.repeat(40) });
  });

  it('refuses (RangeError) what cannot fit or cannot be a real attempt', () => {
    const tooMany = attempt('attempt-big-xxxxxxxxxxxxxx', 'B', Array.from({ length: 120 }, () => [0, 1, 2, 3, 4, 5, 6, 7]), Array(120).fill(0.95));
    expect(() => packSummary(tooMany)).toThrow(RangeError);
    expect(() => packSummary({ ...base, scores: [1] })).toThrow(RangeError);
    expect(() => packSummary({ ...base, answers: [8, 0, 0, 0] })).toThrow(RangeError);
    expect(() => packSummary({ ...base, answers: [[0, 1, 2, 3, 4, 5, 6, 7, 0], 0, 0, 0] })).toThrow(RangeError);
    expect(() => packSummary({ ...base, attemptId: 'bad id!' })).toThrow(RangeError);
  });
});

describe('assertMetadataSize', () => {
  it('throws above 1,024 UTF-8 bytes, not at it', () => {
    expect(() => assertMetadataSize('x'.repeat(1022))).not.toThrow(); // 1,024 with the quotes
    expect(() => assertMetadataSize('x'.repeat(1023))).toThrow(RangeError);
    expect(() => assertMetadataSize('é'.repeat(512))).toThrow(RangeError); // 1,026 bytes
  });
});

describe('unpackSummary of malformed metadata', () => {
  const good = packSummary(base);
  const cases: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'v1'],
    ['an array', [good]],
    ['an empty object', {}],
    ['another version', { ...good, v: 2 }],
    ['a bad attempt id', { ...good, i: 'no spaces allowed' }],
    ['a missing field', { ...good, d: undefined }],
    ['a non-integer time', { ...good, t: 1.5 }],
    ['a negative duration', { ...good, d: -1 }],
    ['a score above max', { ...good, s: 5 }],
    ['an infinite score', { ...good, s: Infinity }],
    ['an option index 8', { ...good, a: '0.8.021.02' }],
    ['a non-digit answer', { ...good, a: '0.x.021.02' }],
    ['a 9-index list', { ...good, a: '0.1.012345670.02' }],
    ['fewer answers than scores', { ...good, a: '0.1.021' }],
    ['more answers than scores', { ...good, a: '0.1.021.02.' }],
    ['answers with no scores', { ...good, a: '1', q: '' }],
    ['a score char outside the alphabet', { ...good, q: '#~f\\' }],
    ['a dangling score escape', { ...good, q: '#~f!' }],
    ['an escape beyond 0.99', { ...good, q: '#~f!-' }],
    ['a too long name', { ...good, n: 'n'.repeat(81) }],
  ];
  for (const [label, metadata] of cases) {
    it(`returns null for ${label}`, () => expect(unpackSummary(metadata)).toBeNull());
  }
  it('accepts the untouched metadata (the cases above differ by one field)', () => {
    expect(unpackSummary(good)).toEqual(base);
  });
});
