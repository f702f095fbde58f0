// The per-question marks: a check, a dash and a cross. Shapes, not only colours, carry the result,
// so the grid still reads for colour-blind viewers and in greyscale.
import type { Raster, Segment } from './raster.ts';

export type MarkKind = 'right' | 'partial' | 'wrong';

/** Strokes in a unit square (0..1 on both axes), scaled to the cell when drawn. */
const MARK_STROKES: Record<MarkKind, readonly (readonly [number, number, number, number])[]> = {
  right: [
    [0.27, 0.53, 0.43, 0.69],
    [0.43, 0.69, 0.74, 0.33],
  ],
  partial: [[0.3, 0.5, 0.7, 0.5]],
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
