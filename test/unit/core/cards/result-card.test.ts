// The share-card PNG, decoded here with an independent PNG reader (own CRC-32 and Adler-32, the
// platform's DecompressionStream), so an encoder bug cannot vouch for itself.
import { describe, expect, it } from 'vitest';
import { textWidth, toFontText, wrapText } from '../../../../core/cards/bitmap-font.ts';
import {
  CARD_COLOURS,
  CARD_HEIGHT,
  CARD_WIDTH,
  MAX_CELLS,
  renderResultCard,
  resultGrid,
  type QuestionResult,
  type ResultCard,
} from '../../../../core/cards/result-card.ts';

interface Chunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function readChunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    chunks.push({
      type: String.fromCharCode(...typeAndData.subarray(0, 4)),
      data: typeAndData.subarray(4),
      crcOk: view.getUint32(offset + 8 + length) === crc32(typeAndData),
    });
    offset += 12 + length;
  }
  return chunks;
}

async function inflate(zlib: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(zlib)]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface Decoded {
  chunks: Chunk[];
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  zlib: Uint8Array;
  scanlines: Uint8Array;
  palette: number[];
  /** 0xRRGGBB at (x, y). */
  rgb(x: number, y: number): number;
}

async function decode(png: Uint8Array): Promise<Decoded> {
  const chunks = readChunks(png);
  const find = (type: string) => chunks.find((chunk) => chunk.type === type)?.data ?? new Uint8Array(0);
  const ihdr = new DataView(find('IHDR').buffer, find('IHDR').byteOffset, 13);
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  const plte = find('PLTE');
  const palette: number[] = [];
  for (let i = 0; i + 2 < plte.length; i += 3) palette.push((plte[i]! << 16) | (plte[i + 1]! << 8) | plte[i + 2]!);
  const idat = chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data);
  const zlib = new Uint8Array(idat.reduce((sum, data) => sum + data.length, 0));
  idat.reduce((offset, data) => (zlib.set(data, offset), offset + data.length), 0);
  const scanlines = await inflate(zlib);
  return {
    chunks,
    width,
    height,
    bitDepth: ihdr.getUint8(8),
    colourType: ihdr.getUint8(9),
    zlib,
    scanlines,
    palette,
    rgb: (x, y) => palette[scanlines[y * (width + 1) + 1 + x]!]!,
  };
}

const pattern: QuestionResult[] = ['right', 'wrong', 'partial', 'right', 'right', 'wrong', 'partial'];
const sample: ResultCard = { quizTitle: 'The deconfliction hotline', score: 7.5, maxScore: 10, results: pattern };
const rendered = new Map<string, Promise<Decoded>>();
/** Renders and decodes once per distinct card: the tests share the work. */
function render(card: ResultCard): Promise<Decoded> {
  const key = JSON.stringify(card);
  if (!rendered.has(key)) rendered.set(key, renderResultCard(card).then(decode));
  return rendered.get(key)!;
}

/**
 * The pixels in a cell: '.' its fill colour, '#' the mark (white), '+' its anti-aliased edge;
 * the mark's shape, as a string to compare.
 */
function markShape(image: Decoded, cell: { x: number; y: number; size: number }, fill: number): string {
  let shape = '';
  const inset = Math.ceil(cell.size * 0.2); // clear of the rounded corners
  for (let y = cell.y + inset; y < cell.y + cell.size - inset; y++) {
    for (let x = cell.x + inset; x < cell.x + cell.size - inset; x++) {
      const rgb = image.rgb(x, y);
      shape += rgb === fill ? '.' : rgb === CARD_COLOURS.onColour ? '#' : '+';
    }
  }
  return shape;
}

describe('renderResultCard: the PNG container', () => {
  it('is a valid 1200x630 8-bit palette PNG with verified CRCs and Adler-32', async () => {
    const png = await renderResultCard(sample);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const image = await decode(png);
    expect(image.chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    for (const chunk of image.chunks) expect(chunk.crcOk, `${chunk.type} CRC`).toBe(true);
    expect([image.width, image.height, image.bitDepth, image.colourType]).toEqual([CARD_WIDTH, CARD_HEIGHT, 8, 3]);
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    expect(image.chunks[0]!.data.subarray(10)).toEqual(new Uint8Array([0, 0, 0])); // deflate, filter 0, no interlace
    expect(image.chunks[1]!.data.length % 3).toBe(0);
    expect(image.palette.length).toBeGreaterThan(0);
    expect(image.palette.length).toBeLessThanOrEqual(256);

    expect(image.scanlines.length).toBe(630 * (1 + 1200));
    const trailer = new DataView(image.zlib.buffer, image.zlib.byteOffset + image.zlib.length - 4, 4).getUint32(0);
    expect(trailer).toBe(adler32(image.scanlines));
    for (let y = 0; y < 630; y++) expect(image.scanlines[y * 1201], `filter byte of row ${y}`).toBe(0);
    const highest = image.scanlines.reduce((max, value, i) => (i % 1201 === 0 ? max : Math.max(max, value)), 0);
    expect(highest).toBeLessThan(image.palette.length);
    expect(image.rgb(0, 629)).toBe(CARD_COLOURS.background);
  });

  it('gives the same bytes for the same card', async () => {
    const [a, b] = await Promise.all([renderResultCard(sample), renderResultCard({ ...sample, results: [...pattern] })]);
    expect(a).toEqual(b);
    const other = await renderResultCard({ ...sample, score: 7 });
    expect(other).not.toEqual(a);
  });

  it('uses the default site name "Crosscheck", and another one when given', async () => {
    const [byDefault, explicit, other] = await Promise.all([
      renderResultCard(sample),
      renderResultCard({ ...sample, siteName: 'Crosscheck' }),
      renderResultCard({ ...sample, siteName: 'Other site' }),
    ]);
    expect(byDefault).toEqual(explicit);
    expect(other).not.toEqual(byDefault);
  });
});

describe('renderResultCard: the results grid', () => {
  it('draws one cell per result, coloured and marked by its outcome', async () => {
    const image = await render(sample);
    const cells = resultGrid(sample.results);
    expect(cells.map((cell) => cell.kind)).toEqual(pattern);
    const shapes = new Map<string, string>();
    for (const cell of cells) {
      const fill = CARD_COLOURS[cell.kind as QuestionResult];
      // Left of the centre, clear of the mark and the corners: the fill colour.
      expect(image.rgb(cell.x + Math.floor(cell.size * 0.1), cell.y + Math.floor(cell.size / 2))).toBe(fill);
      // Inside: a white mark (the cell carries a shape, not only a colour).
      const shape = markShape(image, cell, fill);
      expect(shape).toContain('#');
      const seen = shapes.get(cell.kind);
      if (seen === undefined) shapes.set(cell.kind, shape);
      else expect(shape, 'same outcome, same mark').toBe(seen);
    }
    // Not by colour alone: the three outcomes have three different marks.
    expect(new Set(shapes.values()).size).toBe(3);
  });

  it('draws no cell past the last result, and cells do not overlap', async () => {
    const image = await render(sample);
    const cells = resultGrid(sample.results);
    const [first, second, last] = [cells[0]!, cells[1]!, cells[cells.length - 1]!];
    const pitch = second.x - first.x;
    expect(pitch).toBeGreaterThan(first.size);
    // The slot after the last cell is empty.
    const nextX = last.x + pitch + Math.floor(last.size / 2);
    expect(nextX).toBeLessThan(CARD_WIDTH);
    expect(image.rgb(nextX, last.y + Math.floor(last.size / 2))).toBe(CARD_COLOURS.background);
    // Every cell is on the card and clear of the others.
    for (const [i, a] of cells.entries()) {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.size <= CARD_WIDTH && a.y + a.size <= CARD_HEIGHT).toBe(true);
      for (const b of cells.slice(i + 1)) {
        const apart = a.x + a.size <= b.x || b.x + b.size <= a.x || a.y + a.size <= b.y || b.y + b.size <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('handles 0 results: no cells, and the grid area stays empty', async () => {
    expect(resultGrid([])).toEqual([]);
    const image = await render({ quizTitle: 'Empty', score: 0, maxScore: 0, results: [] });
    const someCells = resultGrid(pattern);
    for (const cell of someCells) expect(image.rgb(cell.x + Math.floor(cell.size / 2), cell.y + Math.floor(cell.size / 2))).toBe(CARD_COLOURS.background);
  });

  it(`shows ${MAX_CELLS} cells at most; more results end in a "+N" cell`, async () => {
    const forty = Array.from({ length: 40 }, (_, i) => pattern[i % pattern.length]!);
    expect(MAX_CELLS).toBe(40);
    expect(resultGrid(forty).map((cell) => cell.kind)).toEqual(forty);

    const many = Array.from({ length: 57 }, (_, i) => pattern[i % pattern.length]!);
    const cells = resultGrid(many);
    expect(cells).toHaveLength(40);
    expect(cells.slice(0, 39).map((cell) => cell.kind)).toEqual(many.slice(0, 39));
    expect(cells[39]).toMatchObject({ kind: 'more', label: '+18' }); // 39 shown + 18 = 57

    const image = await render({ ...sample, results: many });
    for (const cell of cells.slice(0, 39)) {
      expect(image.rgb(cell.x + Math.floor(cell.size * 0.1), cell.y + Math.floor(cell.size / 2))).toBe(CARD_COLOURS[cell.kind as QuestionResult]);
    }
    const more = cells[39]!;
    expect(image.rgb(more.x + 2, more.y + Math.floor(more.size / 2))).toBe(CARD_COLOURS.neutral);
    expect(markShape(image, more, CARD_COLOURS.neutral)).toContain('+'); // the "+18" label, in ink
  });
});

describe('renderResultCard: text', () => {
  it('draws a fractional score differently from the whole one', async () => {
    const [whole, fractional] = await Promise.all([render({ ...sample, score: 7 }), render({ ...sample, score: 7.5 })]);
    let differing = 0;
    for (let i = 0; i < whole.scanlines.length; i++) if (whole.scanlines[i] !== fractional.scanlines[i]) differing++;
    expect(differing).toBeGreaterThan(100);
  });

  it('maps non-ASCII to ASCII the font can draw', () => {
    expect(toFontText('Timeline, 2014–2018 — “Genève” ‘café’ … naïve → ß')).toBe('Timeline, 2014-2018 - "Geneve" \'cafe\' ... naive -> ss');
    expect(toFontText('Москва 🇺🇸 ok')).toBe('?????? ?? ok');
    expect(toFontText('  two\n\tlines\u00a0here \u200b ')).toBe('two lines here');
  });

  it('wraps a long title to 3 lines that fit, ending in an ellipsis', () => {
    const long = 'Who agreed to what, when, and why the deconfliction hotline outlasted every summit in Geneva, Moscow and Washington';
    const { lines, truncated } = wrapText(long, 1072, 8, 3, 3);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/[^ ]\.\.\.$/);
    for (const line of lines) expect(textWidth(line, 8, 3)).toBeLessThanOrEqual(1072);
    expect(lines.join(' ').replace(/\.\.\.$/, '')).toBe(long.slice(0, lines.join(' ').length - 3));

    const word = 'x'.repeat(400);
    const split = wrapText(word, 300, 6, 2, 3);
    for (const line of split.lines) expect(textWidth(line, 6, 2)).toBeLessThanOrEqual(300);
    expect(wrapText('Short title', 1072, 8, 3, 3)).toEqual({ lines: ['Short title'], truncated: false });
  });

  it('renders long, unicode and empty titles without failing', async () => {
    const titles = [
      'Timeline, 2014–2018: “two articles”, one story — ' + 'é'.repeat(300) + ' 🇺🇸🤝🇷🇺 \u0000\uffff\ud800',
      '',
      ' ',
      'Supercalifragilisticexpialidocious'.repeat(10),
    ];
    for (const quizTitle of titles) {
      const image = await decode(await renderResultCard({ ...sample, quizTitle, siteName: quizTitle }));
      expect(image.width).toBe(1200);
    }
  });
});
