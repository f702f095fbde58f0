// The loaded-labels check (content/README.md, "Whose voice"): a word that one side uses for the
// other may appear only inside a quotation or in a sentence that says who uses it. A machine
// cannot judge voice, so this is a floor, not the rule: it catches the labels most likely to slip
// into the site's own voice, and an editor still reads every page. One linear pass per text.

/** A loaded label, the pattern that finds it, and why it is on the list. */
export interface LoadedLabel {
  label: string;
  pattern: string;
  why: string;
}

/** Kept short on purpose: each entry is a word one of our sources or speakers applies to one side. */
export const LOADED_LABELS: readonly LoadedLabel[] = [
  { label: 'jihadi', pattern: 'jihadi(?:st)?s?', why: "Newsweek's word for the anti-Assad insurgency and for ISIS" },
  { label: 'terrorist', pattern: 'terrorists?', why: 'governments disagree on who is one (Turkey on Kurdish groups, Russia on the armed opposition)' },
  { label: 'Islamist-led', pattern: 'islamist(?:-led)?', why: "Newsweek's label for the 2011 uprising, which the EDM calls the opposition" },
  { label: 'regime', pattern: 'regimes?', why: "the EDM's word for Assad's government; a judgement, not a description" },
  { label: 'Russophobic', pattern: 'russophob(?:ic|ia|es?)', why: "Lavrov's charge against the Obama administration, which the EDM rejects" },
  { label: 'color revolution', pattern: 'colou?r\\s+revolutions?', why: "the Kremlin's frame for popular uprisings, as the EDM reports it" },
  { label: 'legitimate', pattern: 'legitimate', why: "Lavrov's claim for Assad's government, on which the two sides differ" },
];

const bounded = (pattern: string) => `(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`;
const LABEL = new RegExp(bounded(LOADED_LABELS.map((l) => l.pattern).join('|')), 'giu');
const EACH_LABEL = LOADED_LABELS.map((entry) => ({ entry, whole: new RegExp(`^(?:${entry.pattern})$`, 'iu') }));

/** Words and phrases that say someone else holds the view ("describes … as" is covered by "describes"). */
const ATTRIBUTION_PHRASES: readonly string[] = [
  'according to', 'call', 'calls', 'called', 'say', 'says', 'said', 'argue', 'argues', 'argued', 'describe', 'describes',
  'described', 'claim', 'claims', 'claimed', 'write', 'writes', 'wrote', 'told', 'regard', 'regards', 'regarded',
  'consider', 'considers', 'considered', 'in the view of', "in the author's view", 'uses the word', 'used the word',
];

const attribution = bounded(ATTRIBUTION_PHRASES.map((phrase) => phrase.replaceAll(' ', '\\s+')).join('|'));
const ATTRIBUTION = new RegExp(attribution, 'iu');

/**
 * A named source in the sentence (labels themselves blanked out first): a capitalised word after
 * the sentence's first word (Newsweek, Lavrov, the Eurasia Daily Monitor, Ankara), a first word
 * followed at once by an attribution ("Newsweek calls"), or the nouns we use for a source
 * ("the author", "the article").
 */
const NAMED_SOURCE = new RegExp(
  [
    '\\s["“(]?\\p{Lu}',
    `^["“]?\\p{Lu}[\\p{L}'’-]*\\s+${attribution}`,
    '\\bthe\\s+(?:author|article|report|analyst)\\b',
  ].join('|'),
  'u',
);

/** Letters inside "…" or “…” blanked out (same length), so labels quoted from a speaker are not seen. */
function blankQuotations(text: string): string {
  let out = '';
  let inside = false;
  for (const char of text) {
    if (char === '"' || char === '“' || char === '”') inside = char === '“' ? true : char === '”' ? false : !inside;
    out += inside && /\p{L}/u.test(char) ? ' '.repeat(char.length) : char;
  }
  return out;
}

/** Sentence spans [start, end) of a text: a sentence ends at . ! or ? (after any closing quote) and whitespace. */
function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["”’)]*\s+/g)) {
    spans.push([start, match.index + match[0].length]);
    start = match.index + match[0].length;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** One label used in the site's own voice. `index` is where it starts in the text. */
export interface UnattributedLabel {
  label: string;
  index: number;
  found: string;
}

/** The loaded labels in `text` that are neither quoted nor in a sentence attributing them. */
export function findUnattributedLabels(text: string): UnattributedLabel[] {
  const visible = blankQuotations(text);
  const found: UnattributedLabel[] = [];
  for (const [start, end] of sentences(visible)) {
    const sentence = visible.slice(start, end);
    const labels = [...sentence.matchAll(LABEL)];
    if (!labels.length) continue;
    const withoutLabels = sentence.replace(LABEL, (label) => ' '.repeat(label.length)).trim();
    if (ATTRIBUTION.test(withoutLabels) && NAMED_SOURCE.test(withoutLabels)) continue;
    for (const match of labels) {
      const { entry } = EACH_LABEL.find(({ whole }) => whole.test(match[0]))!;
      found.push({ label: entry.label, index: start + match.index, found: match[0] });
    }
  }
  return found;
}

/** The pattern that finds one occurrence of a label in raw YAML, where folding may break a line inside it. */
export function labelInSource(found: string): RegExp {
  return new RegExp(found.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
}
