// The content format (content/README.md) as schemas, and the shapes the build hands the Worker.
import * as v from 'valibot';

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'));
const prose = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** "article-slug:paragraph" — the only way a claim points at its source. */
const citation = v.pipe(v.string(), v.regex(/^[a-z0-9-]+:[1-9]\d*$/, 'must look like article-slug:paragraph'));
const cites = v.pipe(v.array(citation), v.minLength(1, 'every claim needs at least one citation'));

export const ArticleFileSchema = v.strictObject({
  slug,
  title: prose,
  hook: prose,
  source: v.strictObject({
    outlet: prose,
    title: prose,
    /** Volume and issue, for periodicals. */
    issue: v.optional(prose),
    date: prose,
    dateNote: v.optional(prose),
  }),
  paragraphs: v.pipe(
    v.array(
      v.strictObject({
        n: v.pipe(v.number(), v.integer(), v.minValue(1)),
        kind: v.optional(v.picklist(['text', 'caption']), 'text'),
        text: prose,
      }),
    ),
    v.minLength(1),
  ),
});

const citedText = v.strictObject({ text: prose, cite: cites });

export const TopicFileSchema = v.strictObject({
  slug,
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: prose,
  hook: prose,
  summary: v.pipe(v.array(citedText), v.minLength(1)),
  sections: v.pipe(
    v.array(v.strictObject({ heading: prose, paragraphs: v.pipe(v.array(citedText), v.minLength(1)) })),
    v.minLength(1),
  ),
  keyTerms: v.pipe(
    /** `cite` is optional: a definition in plain words needs none; one that leans on a source cites it. */
    v.array(v.strictObject({ term: prose, definition: prose, cite: v.optional(cites) })),
    v.minLength(1),
  ),
  actors: v.pipe(v.array(v.strictObject({ name: prose, role: prose, cite: cites })), v.minLength(1)),
  timeline: v.optional(
    v.array(
      v.strictObject({
        date: v.pipe(
          v.union([v.string(), v.number()]),
          v.transform(String),
          v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
        ),
        event: prose,
        cite: cites,
      }),
    ),
  ),
});

export type ArticleFile = v.InferOutput<typeof ArticleFileSchema>;
export type TopicFile = v.InferOutput<typeof TopicFileSchema>;

// ---- What the build emits (.build/site.json) and the pages read ----

export interface Citation {
  article: string;
  paragraph: number;
}

/** A paragraph as pages show it: numbered in display order so `#p<N>` anchors it. */
export interface Paragraph {
  n: number;
  text: string;
  cites: Citation[];
}

export interface Article {
  slug: string;
  title: string;
  hook: string;
  source: ArticleFile['source'];
  paragraphs: { n: number; kind: 'text' | 'caption'; text: string }[];
  /** paragraph number -> slugs of the topics citing it */
  citedBy: Record<number, string[]>;
  quizId: string;
}

export interface Topic {
  slug: string;
  order: number;
  title: string;
  hook: string;
  summary: Paragraph[];
  sections: { heading: string; id: string; paragraphs: Paragraph[] }[];
  /** `cites` is empty when the definition is general knowledge rather than drawn from a source. */
  keyTerms: { term: string; definition: string; cites: Citation[] }[];
  actors: { name: string; role: string; cites: Citation[] }[];
  timeline: { date: string; event: string; cites: Citation[] }[];
  quizId: string;
}
