// A compact proportional bitmap font for printable ASCII, drawn at integer scales: under 1 KB of
// data instead of a font file and a rasteriser. Glyphs are 5 pixels wide (less for narrow ones)
// and 9 rows tall: 7 rows from cap height to the baseline, then 2 rows for descenders.
import type { Raster } from './raster.ts';

export const CAP_ROWS = 7;
const GLYPH_ROWS = 9;
const FIRST = 32;
const LAST = 126;
const SPACE_COLUMNS = 3;

/**
 * Glyphs for ' '..'~', 9 characters each, one per row from the top: (charCode - 48) is the row's
 * 5 bits, the most significant bit being the leftmost pixel.
 */
const GLYPHS =
  '000000000@@@@@0@00DDD000000::O:O::004?D>5N400HI248C300<BD8EB=00@@@00000048@@@8400@84448@0004E>E4000044O440000000088@0000N00000000000@0011248@@00>AAAAA>004<4444>00>A1248O00O2421A>0026:BO2200O@N11A>0068@NAA>00O12488800>AA>AA>00>AA?12<0000@00@0000080088@0248@8420000O0O0000@84248@00>A1240400>AGEG@>00>AAOAAA00NAANAAN00>A@@@A>00NAAAAAN00O@@N@@O00O@@N@@@00>A@GAA?00AAAOAAA00L88888L0072222B<00ABDHDBA00@@@@@@O00AKEEAAA00AAIECAA00>AAAAA>00NAAN@@@00>AAAEB=00NAANDBA00?@@>11N00O44444400AAAAAA>00AAAAA:400AAAEEE:00AA:4:AA00AA:444400O1248@O00L@@@@@L00@@8421100L44444L004:A0000000000000O0@8000000000>1?A?00@@NAAAN0000>@@@>0011?AAA?0000>AO@>0068N88880000?AAA?1>@@NAAAA0080H888L002062222B<@@BDHDB00H88888L0000JEEAA0000FIAAA0000>AAA>0000NAAAN@@00?AAA?1100FI@@@0000?@>1N0008N88860000AAAC=0000AAA:40000AAEE:0000A:4:A0000AAAA?1>00O248O00688@88600@@@@@@@@@H44244H00008E20000';

function glyphIndex(code: number): number {
  return code >= FIRST && code <= LAST ? code - FIRST : '?'.charCodeAt(0) - FIRST;
}

function glyphRow(glyph: number, row: number): number {
  return GLYPHS.charCodeAt(glyph * GLYPH_ROWS + row) - 48;
}

/** Each glyph's [first lit column, lit width]: proportional spacing, computed once from the bitmaps. */
let metrics: Uint8Array | undefined;
function glyphMetrics(): Uint8Array {
  if (metrics) return metrics;
  metrics = new Uint8Array((LAST - FIRST + 1) * 2);
  for (let g = 0; g <= LAST - FIRST; g++) {
    let columns = 0;
    for (let row = 0; row < GLYPH_ROWS; row++) columns |= glyphRow(g, row);
    if (columns === 0) {
      metrics[g * 2 + 1] = SPACE_COLUMNS;
      continue;
    }
    const first = Math.clz32(columns) - 27; // 5-bit rows: bit 4 is column 0
    const last = 4 - (31 - Math.clz32(columns & -columns));
    metrics[g * 2] = first;
    metrics[g * 2 + 1] = last - first + 1;
  }
  return metrics;
}

/**
 * Width in pixels of `text` at `scale`. `bold` widens every stroke by that many pixels (a faux bold
 * that keeps the glyph shapes), which also widens each glyph.
 */
export function textWidth(text: string, scale: number, bold = 0): number {
  const m = glyphMetrics();
  let width = 0;
  for (let i = 0; i < text.length; i++) width += (m[glyphIndex(text.charCodeAt(i)) * 2 + 1] ?? 0) * scale + bold + scale;
  return text.length === 0 ? 0 : width - scale;
}

/** Draws `text` with its cap height starting at `top`; returns the width drawn. */
export function drawText(raster: Raster, text: string, left: number, top: number, scale: number, colour: number, bold = 0): number {
  const m = glyphMetrics();
  let x = left;
  for (let i = 0; i < text.length; i++) {
    const g = glyphIndex(text.charCodeAt(i));
    const first = m[g * 2] ?? 0;
    for (let row = 0; row < GLYPH_ROWS; row++) {
      const bits = glyphRow(g, row);
      // One rectangle per horizontal run of lit pixels.
      for (let col = 0; col < 5; ) {
        if (!(bits & (16 >> col))) {
          col++;
          continue;
        }
        const start = col;
        while (col < 5 && bits & (16 >> col)) col++;
        raster.fillRect(x + (start - first) * scale, top + row * scale, (col - start) * scale + bold, scale, colour);
      }
    }
    x += (m[g * 2 + 1] ?? 0) * scale + bold + scale;
  }
  return Math.max(0, x - left - scale);
}

/** Characters that have a near ASCII equivalent the NFKD decomposition does not give. */
const ASCII_EQUIVALENTS: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u2039': "'", '\u203a': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2022': '*', '\u00b7': '.', '\u2192': '->', '\u2190': '<-', '\u00d7': 'x', '\u00f7': '/', '\u2044': '/',
  '\u00df': 'ss', '\u00e6': 'ae', '\u00c6': 'AE', '\u0153': 'oe', '\u0152': 'OE', '\u00f8': 'o', '\u00d8': 'O',
  '\u0142': 'l', '\u0141': 'L', '\u0111': 'd', '\u0110': 'D', '\u00f0': 'd', '\u00d0': 'D', '\u00fe': 'th',
  '\u00de': 'Th', '\u0131': 'i',
};

/**
 * The text as the font can draw it: accents dropped (é → e), compatibility forms unfolded
 * (… → ..., ﬁ → fi), dashes and curly quotes made ASCII, whitespace collapsed, and anything
 * else one '?' per character.
 */
export function toFontText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKD')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FIRST && code <= LAST) out += ch;
    else if (/\s/u.test(ch)) out += ' ';
    else if (ASCII_EQUIVALENTS[ch] !== undefined) out += ASCII_EQUIVALENTS[ch];
    else if (!/[\p{M}\p{Cf}\p{Cc}]/u.test(ch)) out += '?'; // marks and invisible format characters vanish
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * Greedy word wrap to `maxWidth` pixels in at most `maxLines` lines. A word longer than a line is
 * split; text that does not fit ends with "..." on the last line.
 */
export function wrapText(text: string, maxWidth: number, scale: number, bold: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const fits = (line: string) => textWidth(line, scale, bold) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (!fits(current)) {
      let cut = current.length - 1;
      while (cut > 1 && !fits(current.slice(0, cut))) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };

  const kept = lines.slice(0, maxLines);
  const full = kept[maxLines - 1] ?? '';
  let last = full;
  while (last && !fits(`${last}...`)) last = last.slice(0, -1);
  // Rather end on a whole word, unless that throws away much of the line.
  const space = last.lastIndexOf(' ');
  if (last !== full && full[last.length] !== ' ' && space > last.length * 0.6) last = last.slice(0, space);
  kept[maxLines - 1] = `${last.replace(/[\s.,;:!?-]+$/, '')}...`;
  return { lines: kept, truncated: true };
}
