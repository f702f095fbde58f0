// Turns content/ YAML files into validated site data, or into errors that name the file and line.
// Pure (no fs) so the Worker tests can feed it broken content directly.
import * as v from 'valibot';
import { LineCounter, parseDocument, type Document } from 'yaml';
import {
  ArticleFileSchema,
  TopicFileSchema,
  type Article,
  type ArticleFile,
  type Citation,
  type Paragraph,
  type Topic,
  type TopicFile,
} from '../../core/content/schema.ts';
import { plainText, splitTermMarkers } from '../../core/content/terms.ts';
import { findUnattributedLabels, labelInSource } from './labels.ts';

export interface ContentFile {
  /** Path as shown in messages, e.g. content/topics/safe-zones.yaml */
  path: string;
  text: string;
}

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

type Path = (string | number)[];

/** A parsed file that can say which line any path in it starts on. */
class SourceFile {
  readonly path: string;
  readonly data: unknown;
  private readonly text: string;
  private readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(file: ContentFile, problems: ContentProblem[]) {
    this.path = file.path;
    this.text = file.text;
    this.lines = new LineCounter();
    this.doc = parseDocument(file.text, { lineCounter: this.lines });
    for (const error of this.doc.errors) {
      problems.push({ file: file.path, line: error.linePos?.[0].line ?? 1, message: `YAML: ${error.message.split('\n')[0]}` });
    }
    this.data = this.doc.errors.length ? undefined : this.doc.toJS();
  }

  /** The line of the deepest existing node on `path` (a missing key reports its parent's line). */
  lineOf(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }

  problem(path: Path, message: string): ContentProblem {
    return { file: this.path, line: this.lineOf(path), message };
  }

  /** The line of the `occurrence`-th (0-based) match of `pattern` inside the scalar at `path`, else the scalar's line. */
  lineOfMatch(path: Path, pattern: RegExp, occurrence: number): number {
    const node = this.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) return this.lineOf(path);
    const [start, end] = node.range;
    const match = [...this.text.slice(start, end).matchAll(pattern)][occurrence];
    return match ? this.lines.linePos(start + match.index).line : this.lineOf(path);
  }
}

/** Reports each loaded label written in the site's own voice (labels.ts), at the line it is on. */
function checkVoice(file: SourceFile, text: string, path: Path, problems: ContentProblem[]) {
  const prose = plainText(text);
  for (const label of findUnattributedLabels(prose)) {
    const pattern = labelInSource(label.found);
    const occurrence = [...prose.slice(0, label.index).matchAll(pattern)].length;
    problems.push({
      file: file.path,
      line: file.lineOfMatch(path, pattern, occurrence),
      message:
        `loaded label "${label.found}" in the site's own voice: quote it, or say in the same sentence who uses it ` +
        `("Newsweek calls…", "according to the EDM's author…"); see content/README.md, "Whose voice"`,
    });
  }
}

function describe(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

function parseWith<S extends v.GenericSchema>(schema: S, file: SourceFile, problems: ContentProblem[]) {
  const result = v.safeParse(schema, file.data);
  if (result.success) return result.output as v.InferOutput<S>;
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    const what = issue.expected === 'never' && issue.kind === 'schema' ? 'unknown field' : issue.message;
    problems.push(file.problem(path, `${describe(path) || 'file'}: ${what}`));
  }
  return undefined;
}

function parseCitation(ref: string): Citation {
  const [article, paragraph] = ref.split(':');
  return { article: article!, paragraph: Number(paragraph) };
}

export function validateContent(articleFiles: ContentFile[], topicFiles: ContentFile[]): { articles: Article[]; topics: Topic[] } {
  const problems: ContentProblem[] = [];
  const seenSlugs = new Map<string, string>();
  const claimSlug = (slug: string, file: SourceFile) => {
    const first = seenSlugs.get(slug);
    if (first) problems.push(file.problem(['slug'], `duplicate slug "${slug}" (also used by ${first})`));
    else seenSlugs.set(slug, file.path);
  };

  const articles: { file: SourceFile; data: ArticleFile }[] = [];
  for (const raw of articleFiles) {
    const file = new SourceFile(raw, problems);
    const data = file.data === undefined ? undefined : parseWith(ArticleFileSchema, file, problems);
    if (!data) continue;
    claimSlug(data.slug, file);
    checkVoice(file, data.title, ['title'], problems);
    checkVoice(file, data.hook, ['hook'], problems);
    data.paragraphs.forEach((paragraph, index) => {
      if (paragraph.n !== index + 1) {
        problems.push(file.problem(['paragraphs', index, 'n'], `paragraphs must be numbered 1, 2, 3… in order; expected ${index + 1}, found ${paragraph.n}`));
      }
      checkVoice(file, paragraph.text, ['paragraphs', index, 'text'], problems);
    });
    articles.push({ file, data });
  }

  const paragraphCount = new Map(articles.map(({ data }) => [data.slug, data.paragraphs.length]));
  const citedBy = new Map<string, Record<number, string[]>>();

  const topics: Topic[] = [];
  for (const raw of topicFiles) {
    const file = new SourceFile(raw, problems);
    const data = file.data === undefined ? undefined : parseWith(TopicFileSchema, file, problems);
    if (!data) continue;
    claimSlug(data.slug, file);

    const checkCites = (refs: string[], path: Path): Citation[] =>
      refs.map((ref, index) => {
        const citation = parseCitation(ref);
        const count = paragraphCount.get(citation.article);
        if (count === undefined) {
          problems.push(file.problem([...path, index], `citation "${ref}": no article with slug "${citation.article}"`));
        } else if (citation.paragraph > count) {
          problems.push(file.problem([...path, index], `citation "${ref}": article "${citation.article}" has only ${count} paragraphs`));
        } else {
          const byParagraph = citedBy.get(citation.article) ?? {};
          const topicsHere = (byParagraph[citation.paragraph] ??= []);
          if (!topicsHere.includes(data.slug)) topicsHere.push(data.slug);
          citedBy.set(citation.article, byParagraph);
        }
        return citation;
      });

    const definedTerms = new Set(data.keyTerms.map((entry) => entry.term));
    const usedTerms = new Set<string>();
    const checkTerms = (text: string, path: Path) => {
      for (const segment of splitTermMarkers(text)) {
        if (!('term' in segment)) continue;
        usedTerms.add(segment.term);
        if (!definedTerms.has(segment.term)) {
          problems.push(file.problem(path, `key term "${segment.term}" is used but not defined in keyTerms`));
        }
      }
    };

    checkVoice(file, data.title, ['title'], problems);
    checkVoice(file, data.hook, ['hook'], problems);
    let counter = 0;
    const number = (entry: TopicFile['summary'][number], path: Path): Paragraph => {
      checkTerms(entry.text, [...path, 'text']);
      checkVoice(file, entry.text, [...path, 'text'], problems);
      return { n: ++counter, text: entry.text, cites: checkCites(entry.cite, [...path, 'cite']) };
    };
    const summary = data.summary.map((entry, i) => number(entry, ['summary', i]));
    data.sections.forEach((section, s) => checkVoice(file, section.heading, ['sections', s, 'heading'], problems));
    const sections = data.sections.map((section, s) => ({
      heading: section.heading,
      id: section.heading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
      paragraphs: section.paragraphs.map((entry, i) => number(entry, ['sections', s, 'paragraphs', i])),
    }));
    data.keyTerms.forEach((entry, index) => {
      if (!usedTerms.has(entry.term)) {
        problems.push(file.problem(['keyTerms', index, 'term'], `key term "${entry.term}" is defined but never marked [[…]] in the text`));
      }
    });

    topics.push({
      slug: data.slug,
      order: data.order,
      title: data.title,
      hook: data.hook,
      summary,
      sections,
      keyTerms: data.keyTerms.map((entry, i) => {
        checkVoice(file, entry.definition, ['keyTerms', i, 'definition'], problems);
        return { term: entry.term, definition: entry.definition, cites: checkCites(entry.cite ?? [], ['keyTerms', i, 'cite']) };
      }),
      actors: data.actors.map((actor, i) => {
        checkVoice(file, actor.role, ['actors', i, 'role'], problems);
        return { name: actor.name, role: actor.role, cites: checkCites(actor.cite, ['actors', i, 'cite']) };
      }),
      timeline: (data.timeline ?? []).map((entry, i) => {
        checkVoice(file, entry.event, ['timeline', i, 'event'], problems);
        return { date: entry.date, event: entry.event, cites: checkCites(entry.cite, ['timeline', i, 'cite']) };
      }),
      quizId: `topic-${data.slug}`,
    });
  }

  if (problems.length) throw new ContentError(problems);

  return {
    articles: articles.map(({ data }) => ({
      slug: data.slug,
      title: data.title,
      hook: data.hook,
      source: data.source,
      paragraphs: data.paragraphs.map((p) => ({ n: p.n, kind: p.kind, text: p.text })),
      citedBy: citedBy.get(data.slug) ?? {},
      quizId: `article-${data.slug}`,
    })),
    topics: topics.sort((a, b) => a.order - b.order),
  };
}
