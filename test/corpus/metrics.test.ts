// The detectors behind the corpus gates catch what issue 9 saw (so a green gate means something).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containsWords, guessKind, median, suspiciousReasons, trueShareInBand } from '../../scripts/lib/quiz-metrics.ts';

describe('suspicious options', () => {
  const body = 'Output reached 1.16 million barrels a day. Mars is 60 million miles away. John F. Kennedy approved Plan B. Plan B worked.';
  for (const [option, stem, reason] of [
    ['John F', 'Who was shot in Dallas?', 'lone initial'],
    ['Commander of the U', 'Who spoke first?', 'trailing "the U"'],
    ['60,000,000 million', 'Mars is _____ miles away.', 'malformed number'],
    ['1,000,000', 'Output reached _____ million barrels a day.', 'unscaled number'],
    ['3,000,000', 'How many barrels a day?', 'unscaled number'],
    ['the “Big Society', 'What did he call it?', 'unbalanced quote or bracket'],
  ] as const) {
    it(`flags "${option}" as ${reason}`, () => assert.deepEqual(suspiciousReasons(option, stem, body), [reason]));
  }
  for (const option of ['John F. Kennedy', 'the U.S.', '1.16 million', '965,000', '1,930,000', 'Plan B', 'A', '$2.5bn']) {
    it(`accepts "${option}"`, () => assert.deepEqual(suspiciousReasons(option, 'A total of _____ tonnes was needed.', body), []));
  }
});

describe('helpers', () => {
  it('finds whole words only', () => {
    assert.equal(containsWords('the uk and the us', 'us'), true);
    assert.equal(containsWords('business news', 'us'), false);
  });

  it('guesses option kinds', () => {
    assert.deepEqual(
      ['3 March 2005', '2004', '£1,400', 'Mr Brown', 'the Bank of England', 'Japan', 'Ruth Okafor', 'pay rise'].map((o) => guessKind(o, 'cloze')),
      ['date', 'date', 'number', 'person', 'organisation', 'place', 'person', 'other'],
    );
  });

  it('takes medians and the true/false band', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(trueShareInBand(1, 2), true);
    assert.equal(trueShareInBand(1, 3), false);
    assert.equal(trueShareInBand(0, 2), false);
  });
});
