import { describe, expect, it } from 'vitest';
import { ContentError, validateContent, type ContentFile } from '../../scripts/content/validate.ts';
import { sampleArticle as article } from '../support/content-fixtures.ts';

const topic = (overrides: Partial<Record<'slug' | 'cite' | 'term' | 'date' | 'extra', string>> = {}) => `slug: ${overrides.slug ?? 'sample-topic'}
order: 1
title: A sample topic
hook: One line.
summary:
  - text: The [[hotline]] avoids incidents.
    cite: [${overrides.cite ?? 'sample-article:1'}]
sections:
  - heading: What it is
    paragraphs:
      - text: More on the [[${overrides.term ?? 'hotline'}]].
        cite: [sample-article:2]
keyTerms:
  - term: hotline
    definition: A direct line.
actors:
  - name: Someone
    role: Does something.
    cite: [sample-article:1]
timeline:
  - date: ${overrides.date ?? '2016-09'}
    event: Something happened.
    cite: [sample-article:1]
${overrides.extra ?? ''}`;

const file = (path: string, text: string): ContentFile => ({ path, text });

function problemsOf(articles: ContentFile[], topics: ContentFile[]) {
  try {
    validateContent(articles, topics);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}

describe('content validation (unit)', () => {
  it('accepts valid content and numbers topic paragraphs in display order', () => {
    const { articles, topics } = validateContent([file('a.yaml', article())], [file('t.yaml', topic())]);
    expect(articles[0]!.citedBy).toEqual({ 1: ['sample-topic'], 2: ['sample-topic'] });
    expect(topics[0]!.summary[0]!.n).toBe(1);
    expect(topics[0]!.sections[0]!.paragraphs[0]!.n).toBe(2);
    expect(topics[0]!.sections[0]!.id).toBe('what-it-is');
  });

  it('rejects a citation to a paragraph that does not exist, naming file and line', () => {
    const problems = problemsOf([file('content/articles/a.yaml', article())], [file('content/topics/t.yaml', topic({ cite: 'sample-article:9' }))]);
    expect(problems).toEqual([
      { file: 'content/topics/t.yaml', line: 7, message: 'citation "sample-article:9": article "sample-article" has only 2 paragraphs' },
    ]);
  });

  it('rejects a citation to an unknown article', () => {
    const problems = problemsOf([file('a.yaml', article())], [file('t.yaml', topic({ cite: 'no-such-article:1' }))]);
    expect(problems).toEqual([{ file: 't.yaml', line: 7, message: 'citation "no-such-article:1": no article with slug "no-such-article"' }]);
  });

  it('rejects a malformed citation', () => {
    const problems = problemsOf([file('a.yaml', article())], [file('t.yaml', topic({ cite: 'sample-article' }))]);
    expect(problems[0]).toMatchObject({ file: 't.yaml', line: 7, message: expect.stringContaining('summary[0].cite[0]: must look like article-slug:paragraph') });
  });

  it('rejects a missing field, pointing at the object that lacks it', () => {
    const problems = problemsOf([file('a.yaml', article().replace('hook: Why it matters.\n', ''))], []);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', line: 1, message: expect.stringMatching(/^hook: /) });
  });

  it('rejects an unknown field (a typo must not pass silently)', () => {
    const problems = problemsOf([file('a.yaml', article())], [file('t.yaml', topic({ extra: 'summery: oops\n' }))]);
    expect(problems[0]).toMatchObject({ file: 't.yaml', line: 24, message: 'summery: unknown field' });
  });

  it('rejects a duplicate slug', () => {
    const problems = problemsOf([file('a.yaml', article()), file('b.yaml', article())], []);
    expect(problems).toEqual([{ file: 'b.yaml', line: 1, message: 'duplicate slug "sample-article" (also used by a.yaml)' }]);
  });

  it('rejects a key term used in the text but not defined', () => {
    const problems = problemsOf([file('a.yaml', article())], [file('t.yaml', topic({ term: 'hotlines' }))]);
    expect(problems).toEqual([{ file: 't.yaml', line: 11, message: 'key term "hotlines" is used but not defined in keyTerms' }]);
  });

  it('rejects paragraphs that are not numbered in order', () => {
    const problems = problemsOf([file('a.yaml', article().replace('n: 2', 'n: 3'))], []);
    expect(problems).toEqual([{ file: 'a.yaml', line: 11, message: 'paragraphs must be numbered 1, 2, 3… in order; expected 2, found 3' }]);
  });

  it('rejects a timeline date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const problems = problemsOf([file('a.yaml', article())], [file('t.yaml', topic({ date: 'September 2016' }))]);
    expect(problems[0]).toMatchObject({ file: 't.yaml', line: 21, message: 'timeline[0].date: must be YYYY, YYYY-MM or YYYY-MM-DD' });
  });

  it('rejects a slug that is not lowercase-hyphenated', () => {
    const problems = problemsOf([file('a.yaml', article('Bad Slug'))], []);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', line: 1, message: 'slug: must be lowercase words joined by hyphens' });
  });

  it('rejects broken YAML with its line', () => {
    const problems = problemsOf([file('a.yaml', 'slug: x\ntitle: [unclosed\nhook: y\n')], []);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', line: 3, message: expect.stringMatching(/^YAML: /) });
  });
});
