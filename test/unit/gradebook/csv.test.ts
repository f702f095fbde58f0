import { describe, expect, it } from 'vitest';
import { csvField, gradesCsv, neutraliseFormula, toCsv } from '../../../core/exports/csv.ts';
import { attempt, attempts, quiz } from './fixtures.ts';

describe('csvField (RFC 4180)', () => {
  it('leaves plain text alone', () => expect(csvField('Ana Lee')).toBe('Ana Lee'));
  it('quotes a comma', () => expect(csvField('Lee, Ana')).toBe('"Lee, Ana"'));
  it('quotes and doubles a quote', () => expect(csvField('Ana "Nan" Lee')).toBe('"Ana ""Nan"" Lee"'));
  it('quotes LF, CR and CRLF', () => {
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });
});

describe('neutraliseFormula (OWASP CSV injection)', () => {
  for (const [input, output] of [
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ] as const) {
    it(`prefixes ${JSON.stringify(input)}`, () => expect(neutraliseFormula(input)).toBe(output));
  }
  it('leaves other text alone, even with = inside', () => {
    expect(neutraliseFormula('Ana=Bea')).toBe('Ana=Bea');
    expect(neutraliseFormula(' =1')).toBe(' =1');
  });
});

describe('toCsv', () => {
  it('neutralises text cells, then quotes them; never touches our numbers', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")', -1, 2.5, '-2']])).toBe('"\'=HYPERLINK(""http://x"",""y"")",-1,2.5,\'-2\r\n');
    expect(toCsv([['\tx', '\r\ny']])).toBe('\'\tx,"\'\r\ny"\r\n');
  });
  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });
});

describe('gradesCsv', () => {
  it('writes the header and one row per attempt, exactly', () => {
    const rows = [
      attempts[0]!,
      attempt('attempt-x1-aaaaaaaaaaaaaaa', 'Lee, "Ana"', [0, 1, [0, 2, 1], [0, 2]], [0, 1, 0.67, 0.5], { durationMs: 61_499, submittedAt: Date.UTC(2025, 0, 2, 3, 4, 5, 678) }),
      attempt('attempt-x2-aaaaaaaaaaaaaaa', '=cmd|calc', [null, null, null, null], [0, 0, 0, 0], { durationMs: 0 }),
      attempt('attempt-x3-aaaaaaaaaaaaaaa', '@SUM(1)\nx', [1, 1, null, null], [1, 1, 0, 0], { maxScore: 3 }),
    ];
    expect(gradesCsv(quiz, rows)).toBe(
      [
        'Name,Score,Max,Percent,Time taken (s),Submitted at (ISO 8601 UTC),Q1: Which capital hosted the talks?,Q2: The hotline covered joint strikes.,"Q3: Put these in order, oldest first.",Q4: Match each minister to the country he spoke for.',
        'Ana,4,4,100,120,2025-03-01T09:30:00Z,1,1,1,1',
        '"Lee, ""Ana""",2.17,4,54.3,61,2025-01-02T03:04:05Z,0,1,0.67,0.5',
        "'=cmd|calc,0,4,0,0,2025-03-01T09:30:00Z,0,0,0,0",
        `"'@SUM(1)\nx",2,3,66.7,120,2025-03-01T09:30:00Z,1,1,0,0`,
        '',
      ].join('\r\n'),
    );
  });

  it('has only CRLF line ends outside quoted fields', () => {
    const csv = gradesCsv(quiz, attempts);
    expect(csv.split('\r\n')).toHaveLength(attempts.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
