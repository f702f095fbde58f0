import { describe, expect, it } from 'vitest';
import { findUnattributedLabels, LOADED_LABELS } from '../../scripts/content/labels.ts';
import { ContentError, validateContent, type ContentFile } from '../../scripts/content/validate.ts';
import { sampleArticle } from '../support/content-fixtures.ts';

const article = sampleArticle();

/** A valid topic whose second paragraph (a folded block, text starting on line 13) is `prose`. */
const topic = (prose: string, keyTermCite = '') => `slug: sample-topic
order: 1
title: A sample topic
hook: One line.
summary:
  - text: The [[hotline]] avoids incidents.
    cite: [sample-article:1]
sections:
  - heading: What it is
    paragraphs:
      - text: >-
          A first sentence on its own line.
          ${prose}
        cite: [sample-article:2]
keyTerms:
  - term: hotline
    definition: A direct line.${keyTermCite}
actors:
  - name: Someone
    role: Does something.
    cite: [sample-article:1]
`;

function problemsOf(topicText: string) {
  try {
    validateContent([{ path: 'a.yaml', text: article }], [{ path: 'content/topics/t.yaml', text: topicText } satisfies ContentFile]);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
}

describe('loaded labels need a voice (content/README.md, "Whose voice")', () => {
  it('fails a label in the site’s own voice, naming file and the line the label is on', () => {
    const problems = problemsOf(topic('Obama backed rebels and\n          jihadi fighters.'));
    expect(problems).toEqual([
      { file: 'content/topics/t.yaml', line: 14, message: expect.stringMatching(/^loaded label "jihadi" in the site's own voice/) },
    ]);
  });

  it('passes the same label when the sentence attributes it to a named source', () => {
    expect(problemsOf(topic('Newsweek calls them rebel and jihadi fighters.'))).toEqual([]);
    expect(problemsOf(topic('It was, according to Newsweek, an Islamist-led uprising.'))).toEqual([]);
    expect(problemsOf(topic("The EDM's author describes Assad's government as a regime."))).toEqual([]);
  });

  it('passes a label inside a quotation', () => {
    expect(problemsOf(topic('He blamed the "Russophobic intentions" of Washington.'))).toEqual([]);
  });

  it('does not count an attribution in another sentence, or one without a named source', () => {
    expect(findUnattributedLabels('Newsweek reports the fighting. The jihadi fighters lost.')).toHaveLength(1);
    expect(findUnattributedLabels('the terrorists, it says, struck first.')).toHaveLength(1);
    expect(findUnattributedLabels('"Color revolutions" are, in the Kremlin’s words, a threat.')).toEqual([]);
  });

  it('finds every listed label, whatever its case or plural', () => {
    const found = findUnattributedLabels(
      'Jihadis struck. Terrorists fled. Islamist rebels rose. The regime held. Russophobia grew. Color revolutions spread. A legitimate ruler.',
    );
    expect(found.map((f) => f.label).sort()).toEqual(LOADED_LABELS.map((l) => l.label).sort());
  });
});

describe('a key-term definition may cite its paragraph', () => {
  it('renders the citation into the topic data', () => {
    const { topics } = validateContent([{ path: 'a.yaml', text: article }], [{ path: 't.yaml', text: topic('Plain words.', '\n    cite: [sample-article:2]') }]);
    expect(topics[0]!.keyTerms[0]).toEqual({ term: 'hotline', definition: 'A direct line.', cites: [{ article: 'sample-article', paragraph: 2 }] });
  });

  it('leaves it empty when the definition cites nothing', () => {
    const { topics } = validateContent([{ path: 'a.yaml', text: article }], [{ path: 't.yaml', text: topic('Plain words.') }]);
    expect(topics[0]!.keyTerms[0]!.cites).toEqual([]);
  });

  it('rejects a citation to a paragraph the article does not have', () => {
    expect(problemsOf(topic('Plain words.', '\n    cite: [sample-article:7]'))).toEqual([
      { file: 'content/topics/t.yaml', line: 18, message: 'citation "sample-article:7": article "sample-article" has only 2 paragraphs' },
    ]);
  });
});
