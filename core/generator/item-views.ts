// Who holds which position, as a matching item: each speaker the article quotes, matched to the
// view they put into words. Every pair is proven by the quotation's own sentence; the options are
// the article's own words, so nothing comes from outside it.
import type { Sentence } from './analysis.ts';
import type { Entity } from './entities.ts';
import type { Quote } from './quotes.ts';
import { containsPhrase } from './words.ts';
import { clamp01, evidenceOf, usableSentence, type BuildContext, type Candidate } from './candidate.ts';
import { quoteExcerpt } from './item-who-said-it.ts';

const MIN_PAIRS = 3;
const MAX_PAIRS = 4;
const MAX_VIEW_WORDS = 16;

export function viewsMatchingCandidates({ analysis, sourceNoun }: BuildContext): Candidate[] {
  const pairs: { speaker: Entity; quote: Quote; view: string }[] = [];
  for (const q of analysis.quotes) {
    const s = analysis.sentences[q.sentence] as Sentence;
    if (!usableSentence(s) || q.speaker.kind !== 'person' || pairs.some((p) => p.speaker === q.speaker)) continue;
    const excerpt = quoteExcerpt(q, MAX_VIEW_WORDS);
    if (!excerpt) continue;
    // A view naming one of the speakers would match itself.
    if (analysis.quotes.some((o) => [...o.speaker.aliases].some((a) => containsPhrase(excerpt.shown, a)))) continue;
    pairs.push({ speaker: q.speaker, quote: q, view: `“${excerpt.shown}”` });
    if (pairs.length === MAX_PAIRS) break;
  }
  if (pairs.length < MIN_PAIRS) return [];
  const evidence = pairs.map((p) => evidenceOf(analysis.sentences[p.quote.sentence] as Sentence, p.quote.start, p.quote.end));
  const paragraphs = [...new Set(evidence.map((e) => e.paragraph))].sort((a, b) => a - b);
  return [
    {
      type: 'matching',
      stem: `Match each person to what they said, according to the ${sourceNoun}.`,
      prompts: pairs.map((p) => p.speaker.name),
      options: pairs.map((p) => p.view),
      key: pairs.map((_, i) => i),
      evidence,
      explanation: `The ${sourceNoun} quotes them in paragraph${paragraphs.length > 1 ? 's' : ''} ${paragraphs.join(', ')}.`,
      difficulty: clamp01(0.45 + pairs.length * 0.05),
      score: 0.82,
      sentences: pairs.map((p) => p.quote.sentence),
      // Each quotation asked once: not again as a who-said-it item.
      facts: pairs.map((p) => `quote:${p.quote.sentence}:${p.quote.start}`),
      understanding: true,
    },
  ];
}
