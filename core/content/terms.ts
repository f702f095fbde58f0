// Key-term markers in topic prose: [[term]] or [[shown text|term]].
export type TextSegment = { text: string } | { text: string; term: string };

const MARKER = /\[\[([^\]|]+?)(?:\|([^\]]+?))?\]\]/g;

/** Splits prose into plain runs and key-term mentions, in order. */
export function splitTermMarkers(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    const shown = match[1]!.trim();
    segments.push({ text: shown, term: (match[2] ?? shown).trim() });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The prose as a reader sees it, markers reduced to their shown text. */
export function plainText(text: string): string {
  return splitTermMarkers(text)
    .map((segment) => segment.text)
    .join('');
}
