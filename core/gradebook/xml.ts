// XML/SVG text escaping shared by the gradebook's SVG and QTI output. Pure.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for XML element content and attribute values (& < > " ' as the five predefined
 * entities) and removes what XML 1.0 cannot hold at all: control characters other than tab,
 * LF and CR, U+FFFE/U+FFFF, and lone surrogates (replaced by U+FFFD).
 */
export function escapeXml(text: string): string {
  return text
    .toWellFormed()
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
