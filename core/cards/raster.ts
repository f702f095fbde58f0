// An 8-bit indexed pixel buffer with the few shapes the share card needs. Indexed (not RGBA)
// because the PNG is written as a palette image: a quarter of the bytes to fill and compress.
// Edges of curves and diagonals are anti-aliased by blending through extra palette entries.

/** Colours as 0xRRGGBB. Blends are added on demand, so the palette stays small (PNG allows 256). */
export class Palette {
  readonly colours: number[] = [];
  private readonly lookup = new Map<number, number>();

  /** The index of a colour, added if new. */
  add(rgb: number): number {
    const known = this.lookup.get(rgb);
    if (known !== undefined) return known;
    if (this.colours.length >= 256) throw new RangeError('palette is full (256 colours)');
    this.colours.push(rgb);
    this.lookup.set(rgb, this.colours.length - 1);
    return this.colours.length - 1;
  }

  /** The index of `fg` laid over `bg` at `level`/8 opacity. Falls back to the nearer end when full. */
  blend(fg: number, bg: number, level: number): number {
    const a = this.colours[fg] ?? 0;
    const b = this.colours[bg] ?? 0;
    let rgb = 0;
    for (let shift = 16; shift >= 0; shift -= 8) {
      const mixed = Math.round((((a >> shift) & 255) * level + ((b >> shift) & 255) * (8 - level)) / 8);
      rgb |= mixed << shift;
    }
    if (this.colours.length >= 256 && !this.lookup.has(rgb)) return level >= 4 ? fg : bg;
    return this.add(rgb);
  }
}

export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export class Raster {
  readonly width: number;
  readonly height: number;
  readonly palette: Palette;
  /** One palette index per pixel, row by row. */
  readonly pixels: Uint8Array;

  constructor(width: number, height: number, palette: Palette, background: number) {
    this.width = width;
    this.height = height;
    this.palette = palette;
    this.pixels = new Uint8Array(width * height).fill(background);
  }

  get(x: number, y: number): number {
    return this.pixels[y * this.width + x] ?? 0;
  }

  /** Axis-aligned, integer-snapped and clipped to the buffer. */
  fillRect(x: number, y: number, w: number, h: number, colour: number): void {
    const left = Math.max(0, Math.round(x));
    const right = Math.min(this.width, Math.round(x + w));
    const top = Math.max(0, Math.round(y));
    const bottom = Math.min(this.height, Math.round(y + h));
    if (left >= right) return;
    for (let row = top; row < bottom; row++) {
      this.pixels.fill(colour, row * this.width + left, row * this.width + right);
    }
  }

  /** Paints one pixel with `coverage` (0..1) of `colour` over what is already there. */
  cover(x: number, y: number, colour: number, coverage: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const level = Math.round(coverage * 8);
    if (level <= 0) return;
    const i = y * this.width + x;
    this.pixels[i] = level >= 8 ? colour : this.palette.blend(colour, this.pixels[i] ?? 0, level);
  }

  /** A rectangle (integer edges) whose corners are quarter circles of `radius`, with smooth corners. */
  fillRoundedRect(x: number, y: number, w: number, h: number, radius: number, colour: number): void {
    x = Math.round(x);
    y = Math.round(y);
    w = Math.round(w);
    h = Math.round(h);
    const r = Math.max(0, Math.min(radius, w / 2, h / 2));
    const band = Math.ceil(r);
    // The body: everything but the top and bottom bands that hold the corners.
    this.fillRect(x, y + band, w, h - 2 * band, colour);
    for (let row = 0; row < band; row++) {
      // (A row or column shared by both corners, when the shape is a full pill, is painted once.)
      for (const py of row === h - 1 - row ? [y + row] : [y + row, y + h - 1 - row]) {
        // Between the corners the band is fully covered.
        this.fillRect(x + band, py, w - 2 * band, 1, colour);
        const dy = Math.max(0, r - (row + 0.5));
        for (let col = 0; col < band; col++) {
          const dx = Math.max(0, r - (col + 0.5));
          const coverage = Math.min(1, Math.max(0, r + 0.5 - Math.hypot(dx, dy)));
          this.cover(x + col, py, colour, coverage);
          if (col !== w - 1 - col) this.cover(x + w - 1 - col, py, colour, coverage);
        }
      }
    }
  }

  /**
   * Round-capped strokes of half-width `radius` along `segments`, as one shape: each pixel takes its
   * coverage from the nearest segment, so joins are not blended twice.
   */
  strokeSegments(segments: Segment[], radius: number, colour: number): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const s of segments) {
      minX = Math.min(minX, s.x0, s.x1);
      minY = Math.min(minY, s.y0, s.y1);
      maxX = Math.max(maxX, s.x0, s.x1);
      maxY = Math.max(maxY, s.y0, s.y1);
    }
    const pad = radius + 1;
    for (let py = Math.floor(minY - pad); py <= Math.ceil(maxY + pad); py++) {
      for (let px = Math.floor(minX - pad); px <= Math.ceil(maxX + pad); px++) {
        let distance = Infinity;
        for (const s of segments) distance = Math.min(distance, distanceToSegment(px + 0.5, py + 0.5, s));
        this.cover(px, py, colour, Math.min(1, Math.max(0, radius + 0.5 - distance)));
      }
    }
  }
}

function distanceToSegment(px: number, py: number, s: Segment): number {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((px - s.x0) * dx + (py - s.y0) * dy) / lengthSquared));
  return Math.hypot(px - (s.x0 + t * dx), py - (s.y0 + t * dy));
}
