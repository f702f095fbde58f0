// The mechanical quality gates of issue 9 on real news the project did not write
// (../shared/corpus/news, 150 BBC articles; never copied into the repo). A Node test, not a
// vitest one: vitest runs inside workerd, which cannot read files outside the project.
// Skips, and says so, where the corpus is absent.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';
import { LEXICON } from '../../core/generator/lexicon.ts';
import {
  allWrongOptions,
  containsWords,
  corpusTotals,
  LONG_ARTICLE_WORDS,
  measureArticle,
  normalise,
  readCorpus,
  trueShareInBand,
  type ArticleMetrics,
  type CorpusTotals,
} from '../../scripts/lib/quiz-metrics.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/news/', import.meta.url));
const skip = existsSync(CORPUS) ? false : `no corpus at ${CORPUS}`;

// Names of the launch domain (the Syria conflict): every alias of every entry that is not general knowledge.
const LAUNCH_ENTRIES = LEXICON.filter((e) => !e.general).map((e) => e.names.map(normalise));

let articles: ArticleMetrics[] = [];
let totals: CorpusTotals;

const pct = (part: number, whole: number): string => `${((part * 100) / Math.max(1, whole)).toFixed(1)}%`;
const sample = (lines: string[]): string => (lines.length ? `\n  ${lines.slice(0, 12).join('\n  ')}${lines.length > 12 ? `\n  … ${lines.length - 12} more` : ''}` : '');

describe('corpus gates (issue 9)', { skip }, () => {
  before(() => {
    articles = readCorpus(CORPUS).map((a) => measureArticle(a));
    totals = corpusTotals(articles);
  });

  it('no wrong option comes from the launch domain in an article that does not name it', () => {
    const bad: string[] = [];
    for (const a of articles) {
      const text = normalise([a.source.title, ...a.source.paragraphs].join('\n'));
      for (const w of a.wrongOptionList) {
        const option = normalise(w.option);
        const entry = LAUNCH_ENTRIES.find((names) => names.some((n) => n.length > 2 && containsWords(option, n)));
        if (entry && !entry.some((n) => containsWords(text, n))) bad.push(`${a.file}: "${w.option}"`);
      }
    }
    assert.equal(bad.length, 0, `launch-domain wrong options in articles that never name them: ${bad.length}${sample(bad)}`);
  });

  it('at most 25% of wrong options are absent from their article', () => {
    const wrong = allWrongOptions(totals.wrongOptions);
    assert.ok(wrong.absent <= 0.25 * wrong.total, `${wrong.absent}/${wrong.total} wrong options (${pct(wrong.absent, wrong.total)}) are not in the article; the gate is 25%`);
  });

  it('true/false keys are 35–65% True in every quiz with two or more, and overall', () => {
    const bad = articles.filter((a) => a.trueFalse.items >= 2 && !trueShareInBand(a.trueFalse.trueKeys, a.trueFalse.items)).map((a) => `${a.file}: ${a.trueFalse.trueKeys}/${a.trueFalse.items} True`);
    assert.equal(bad.length, 0, `quizzes outside 35–65% True: ${bad.length}${sample(bad)}`);
    if (totals.trueFalse.items) assert.ok(trueShareInBand(totals.trueFalse.trueKeys, totals.trueFalse.items), `overall ${totals.trueFalse.trueKeys}/${totals.trueFalse.items} True`);
  });

  it('no suspicious option (a lone initial, a trailing "the U", a malformed or unscaled number)', () => {
    const bad = articles.flatMap((a) => a.suspicious.map((s) => `${a.file}: "${s.option}" (${s.reason})`));
    assert.equal(bad.length, 0, `suspicious options: ${bad.length}${sample(bad)}`);
  });

  it('no key appears in the title or in another emitted stem', () => {
    const bad = articles.flatMap((a) => [...a.keyInTitle.map((id) => `${a.file}: ${id} key in the title`), ...a.keyInOtherStem.map((id) => `${a.file}: ${id} key in another stem`)]);
    assert.equal(bad.length, 0, `give-aways: ${bad.length}${sample(bad)}`);
  });

  // Issue 9's target (12 items per 1,000 words, 4 types) is not met yet: it runs as a todo, so its
  // measured numbers print on every run without failing it. The floor below holds what the generator
  // reaches today, so a change that loses yield fails; raise it as the yield grows. It was 5.4 and 2 until
  // the salience, referent and option-kind checks of issue 9 (parts 2, 4, 5, 7) dropped the items a strict
  // read found flawed (trivia, stems without referent, giveaways): 3.2 and 1 on the recall kinds alone;
  // then 1.9 once figures and dates in passing, look-alike swaps and stems leaning on unseen sentences
  // went too (an independent read of 60 items went from 19 to 35 acceptable), and 2.8 per 1,000 words
  // over the corpus once wrong options had to share the key's part in the story (a voice for a voice,
  // a runner for a runner). A median over some twenty articles moves in steps, so the whole corpus's
  // rate is held as well. 1.7 and 2.3 once a quotation's "we" or "they" kept its options to the speaker's
  // part and a meeting report's athletes to their own event (the 8 items of a strict read's sample of 40 that
  // went had all failed it: a heptathlete as a 3,000m runner-up, a correspondent among ministers, "a lot of talking left").
  // 1.5 once "what does the figure of N refer to?" asked only figures of the story, against what other figures
  // count (all 4 of a strict read's sample of 60 had failed: "38 sequels / hotels / languages", "24 countries" of a survey's method).
  it(`yield on articles of ${LONG_ARTICLE_WORDS}+ words: median ≥ 12 items per 1,000 words and ≥ 4 item types`, { todo: 'target of issue 9, not met yet' }, () => {
    const { articles: n, medianItemsPerThousandWords: perK, medianTypes: types } = totals.long;
    assert.ok(n > 0, `no article of ${LONG_ARTICLE_WORDS}+ words in the corpus`);
    const measured = `over ${n} articles: median ${perK.toFixed(1)} items per 1,000 words (gate 12), median ${types} item types (gate 4)`;
    assert.ok(perK >= 12 && types >= 4, measured);
  });

  it(`yield floor: median ≥ 1.5 items per 1,000 words and ≥ 1 item type on articles of ${LONG_ARTICLE_WORDS}+ words, ≥ 2.3 per 1,000 words over the corpus`, () => {
    const { articles: n, medianItemsPerThousandWords: perK, medianTypes: types } = totals.long;
    assert.ok(n > 0, `no article of ${LONG_ARTICLE_WORDS}+ words in the corpus`);
    assert.ok(perK >= 1.5 && types >= 1, `over ${n} articles: median ${perK.toFixed(2)} items per 1,000 words (floor 1.5), median ${types} item types (floor 1)`);
    const overall = (1000 * totals.items) / totals.words;
    assert.ok(overall >= 2.3, `${totals.items} items in ${totals.words} words: ${overall.toFixed(2)} per 1,000 (floor 2.3)`);
  });
});
