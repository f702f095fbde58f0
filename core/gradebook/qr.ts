// A QR code for the class link, as an inline SVG string (uqr, pure JS: runs in workerd).
// Accessible (role="img", aria-label and <title> naming the link) and strict-CSP safe: no
// style attributes (uqr emits none today; any would be stripped), colours as fill attributes.
import { renderSVG } from 'uqr';
import { escapeXml } from './xml.ts';

export interface QrSvgOptions {
  /** The accessible name; default "QR code for <url>". */
  label?: string;
  /** Rendered width and height in px (width/height attributes); default none: size it with CSS (class "qr"). */
  size?: number;
}

/**
 * The QR code of `url` as SVG markup. Error correction M (survives a projector's glare and a
 * phone at an angle) and the standard 4-module quiet zone, drawn in white, so the code scans
 * on a dark page too. Without `size` the SVG has only a viewBox: size it with CSS.
 */
export function qrSvg(url: string, options: QrSvgOptions = {}): string {
  const label = escapeXml(options.label ?? `QR code for ${url}`);
  const svg = renderSVG(url, { ecc: 'M', border: 4, pixelSize: 1 })
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '');
  const size = options.size && options.size > 0 ? ` width="${Math.round(options.size)}" height="${Math.round(options.size)}"` : '';
  return svg.replace(/^<svg\b([^>]*)>/, `<svg$1${size} role="img" aria-label="${label}" shape-rendering="crispEdges" class="qr"><title>${label}</title>`);
}
