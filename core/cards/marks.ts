// The per-question marks: a check, a half-filled circle and a cross, drawn as the site writes them
// (OUTCOME_MARK in core/format.ts: ✓ ◐ ✗). Shapes, not only colours, carry the result, so the grid
// still reads for colour-blind viewers and in greyscale.
import type { Outcome } from '../format.ts';
import type { Raster, Segment } from './raster.ts';

export type MarkKind = Outcome;

type Stroke = readonly [number, number, number, number];

/** ◐: a circle's outline and its left half filled by close vertical strokes. */
function halfFilledCircle(radius: number): Stroke[] {
  const point = (i: number, n: number) => [0.5 + radius * Math.cos((2 * Math.PI * i) / n), 0.5 + radius * Math.sin((2 * Math.PI * i) / n)] as const;
  const outline: Stroke[] = Array.from({ length: 24 }, (_, i) => [...point(i, 24), ...point(i + 1, 24)] as const);
  const fill: Stroke[] = [];
  for (let x = 0.5 - radius; x <= 0.5; x += 0.03) {
    const half = Math.sqrt(Math.max(0, radius * radius - (x - 0.5) ** 2));
    fill.push([x, 0.5 - half, x, 0.5 + half]);
  }
  return [...outline, ...fill];
}

/** Strokes in a unit square (0..1 on both axes), scaled to the cell when drawn. */
const MARK_STROKES: Record<MarkKind, readonly Stroke[]> = {
  right: [
    [0.27, 0.53, 0.43, 0.69],
    [0.43, 0.69, 0.74, 0.33],
  ],
  partial: halfFilledCircle(0.2),
  wrong: [
    [0.32, 0.32, 0.68, 0.68],
    [0.68, 0.32, 0.32, 0.68],
  ],
};

/** Draws the mark centred in the `size`-pixel square at (x, y). */
export function drawMark(raster: Raster, kind: MarkKind, x: number, y: number, size: number, colour: number): void {
  const segments: Segment[] = MARK_STROKES[kind].map(([x0, y0, x1, y1]) => ({
    x0: x + x0 * size,
    y0: y + y0 * size,
    x1: x + x1 * size,
    y1: y + y1 * size,
  }));
  raster.strokeSegments(segments, Math.max(1.5, size * 0.075), colour);
}
