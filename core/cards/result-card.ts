// The share card for a quiz result: a 1200x630 PNG (the size link unfurlers expect; most of them
// do not render SVG). Drawn with a bitmap font into a palette buffer so the Worker ships no canvas,
// font file or WASM. Only the outcome per question is shown, never the questions or answers.
import { CAP_ROWS, drawText, textWidth, toFontText, wrapText } from './bitmap-font.ts';
import { drawMark, type MarkKind } from './marks.ts';
import { scoreText } from '../format.ts';
import { encodeIndexedPng } from './png.ts';
import { Palette, Raster } from './raster.ts';

export type QuestionResult = MarkKind;

export interface ResultCard {
  quizTitle: string;
  score: number;
  maxScore: number;
  results: QuestionResult[];
  /** Default "Crosscheck". */
  siteName?: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** More results than this share the last cell, which then reads "+N". */
export const MAX_CELLS = 40;

/** The site's light theme: dark ink on off-white reads well even as a small thumbnail. */
export const CARD_COLOURS = {
  background: 0xfbfaf7,
  ink: 0x1b1d21,
  muted: 0x5b6270,
  neutral: 0xdcdfe5,
  accent: 0x1d4ed8,
  onColour: 0xffffff,
  right: 0x166534,
  partial: 0xb45309,
  wrong: 0xb42318,
} as const;

const MARGIN = 64;
const TITLE_TOP = 132;
const TITLE_SCALES = [8, 7, 6];
const BOTTOM_TOP = 360;
const BOTTOM_END = CARD_HEIGHT - MARGIN;
const GRID_LEFT = 620;
const SCORE_WIDTH = GRID_LEFT - MARGIN - 40;
const MAX_CELL_SIZE = 84;
const CELL_GAP_RATIO = 0.18;

export interface GridCell {
  x: number;
  y: number;
  size: number;
  kind: QuestionResult | 'more';
  /** For the 'more' cell: "+N". */
  label?: string;
}

/**
 * Where each result's cell goes: one per result up to MAX_CELLS, in reading order, sized to fill
 * the grid area (bigger cells for short quizzes). Exported so tests can find the cells.
 */
export function resultGrid(results: readonly QuestionResult[]): GridCell[] {
  const count = Math.min(results.length, MAX_CELLS);
  if (count === 0) return [];
  const areaWidth = CARD_WIDTH - MARGIN - GRID_LEFT;
  const areaHeight = BOTTOM_END - BOTTOM_TOP;
  // The column count that gives the biggest cells.
  let best = { columns: 1, size: 0 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const size = Math.min(
      areaWidth / (columns + (columns - 1) * CELL_GAP_RATIO),
      areaHeight / (rows + (rows - 1) * CELL_GAP_RATIO),
      MAX_CELL_SIZE,
    );
    if (size >= best.size) best = { columns, size }; // on a tie, the wider grid
  }
  const size = Math.floor(best.size);
  const pitch = size + Math.round(size * CELL_GAP_RATIO);
  const rows = Math.ceil(count / best.columns);
  // Right-aligned, centred vertically in the grid area.
  const left = CARD_WIDTH - MARGIN - (best.columns - 1) * pitch - size;
  const top = BOTTOM_TOP + Math.floor((areaHeight - ((rows - 1) * pitch + size)) / 2);
  const cells: GridCell[] = [];
  for (let i = 0; i < count; i++) {
    const x = left + (i % best.columns) * pitch;
    const y = top + Math.floor(i / best.columns) * pitch;
    const overflow = results.length > MAX_CELLS && i === MAX_CELLS - 1;
    if (overflow) cells.push({ x, y, size, kind: 'more', label: `+${results.length - (MAX_CELLS - 1)}` });
    else {
      const result = results[i];
      cells.push({ x, y, size, kind: result === 'right' || result === 'partial' ? result : 'wrong' });
    }
  }
  return cells;
}

/** The largest scale in [min, max] at which `text` fits in `width` (min when none does). */
function fitScale(text: string, width: number, max: number, min: number, boldRatio: number): number {
  let scale = max;
  while (scale > min && textWidth(text, scale, Math.round(scale * boldRatio)) > width) scale--;
  return scale;
}

/** The card as PNG bytes (an ArrayBuffer-backed array, so it can go straight into a Response). */
export async function renderResultCard(card: ResultCard): Promise<Uint8Array<ArrayBuffer>> {
  const palette = new Palette();
  const colour = {} as Record<keyof typeof CARD_COLOURS, number>;
  for (const [name, rgb] of Object.entries(CARD_COLOURS)) colour[name as keyof typeof CARD_COLOURS] = palette.add(rgb);
  const raster = new Raster(CARD_WIDTH, CARD_HEIGHT, palette, colour.background);
  const contentWidth = CARD_WIDTH - 2 * MARGIN;

  // A brand stripe, then the header: logo mark, site name and the challenge.
  raster.fillRect(0, 0, CARD_WIDTH, 12, colour.accent);
  const logoSize = 48;
  const headerTop = 52;
  raster.fillRoundedRect(MARGIN, headerTop, logoSize, logoSize, 10, colour.accent);
  drawMark(raster, 'right', MARGIN, headerTop, logoSize, colour.onColour);
  const siteName = toFontText(card.siteName ?? 'Crosscheck') || 'Crosscheck';
  const nameLeft = MARGIN + logoSize + 18;
  const nameScale = fitScale(siteName, CARD_WIDTH - MARGIN - nameLeft, 5, 2, 0.4);
  const nameTop = headerTop + Math.round((logoSize - CAP_ROWS * nameScale) / 2);
  const nameWidth = drawText(raster, siteName, nameLeft, nameTop, nameScale, colour.ink, Math.round(nameScale * 0.4));
  const challenge = 'Can you beat it?';
  const challengeScale = 4;
  const challengeWidth = textWidth(challenge, challengeScale, 1);
  if (nameLeft + nameWidth + 40 + challengeWidth <= CARD_WIDTH - MARGIN) {
    const challengeTop = headerTop + Math.round((logoSize - CAP_ROWS * challengeScale) / 2);
    drawText(raster, challenge, CARD_WIDTH - MARGIN - challengeWidth, challengeTop, challengeScale, colour.accent, 1);
  }

  // The title: as big as fits in three lines above the score, with an ellipsis when even the
  // smallest size needs more.
  const title = toFontText(card.quizTitle);
  const titleRoom = BOTTOM_TOP - 28 - TITLE_TOP; // 3 lines only at the smallest size: room to breathe
  let titleScale = TITLE_SCALES[TITLE_SCALES.length - 1] ?? 6;
  let titleLines: string[] = [];
  for (const scale of TITLE_SCALES) {
    const wrapped = wrapText(title, contentWidth, scale, Math.round(scale / 3), 3);
    const height = (wrapped.lines.length - 1) * 10 * scale + 9 * scale;
    titleScale = scale;
    titleLines = wrapped.lines;
    if (!wrapped.truncated && height <= titleRoom) break;
  }
  titleLines.forEach((line, i) => {
    drawText(raster, line, MARGIN, TITLE_TOP + i * 10 * titleScale, titleScale, colour.ink, Math.round(titleScale / 3));
  });

  // The score, big, with the percentage under it; both bottom-aligned with the grid area.
  const { fraction, percent } = scoreText(card.score, card.maxScore);
  const percentScale = fitScale(percent, SCORE_WIDTH, 8, 3, 0.3);
  const percentTop = BOTTOM_END - CAP_ROWS * percentScale;
  drawText(raster, percent, MARGIN, percentTop, percentScale, colour.accent, Math.round(percentScale * 0.3));
  const fractionScale = fitScale(fraction, SCORE_WIDTH, 16, 4, 0.3);
  const fractionTop = percentTop - 32 - CAP_ROWS * fractionScale;
  drawText(raster, fraction, MARGIN, fractionTop, fractionScale, colour.ink, Math.round(fractionScale * 0.3));

  // One cell per question: colour and a mark shape, so colour is never the only signal.
  for (const cell of resultGrid(card.results)) {
    const radius = Math.round(cell.size * 0.18);
    if (cell.kind === 'more') {
      raster.fillRoundedRect(cell.x, cell.y, cell.size, cell.size, radius, colour.neutral);
      const label = cell.label ?? '';
      const scale = Math.max(1, Math.min(Math.floor((cell.size * 0.5) / CAP_ROWS), fitScale(label, cell.size * 0.8, 8, 1, 0)));
      const width = textWidth(label, scale);
      drawText(raster, label, cell.x + Math.round((cell.size - width) / 2), cell.y + Math.round((cell.size - CAP_ROWS * scale) / 2), scale, colour.ink);
      continue;
    }
    raster.fillRoundedRect(cell.x, cell.y, cell.size, cell.size, radius, colour[cell.kind]);
    drawMark(raster, cell.kind, cell.x, cell.y, cell.size, colour.onColour);
  }

  return encodeIndexedPng({ width: CARD_WIDTH, height: CARD_HEIGHT, pixels: raster.pixels, colours: palette.colours });
}
