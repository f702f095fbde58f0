// Stable item ids: a 53-bit string hash (cyrb53) of an item's content, so an editor's
// override and stored answers keep pointing at the same item across builds.
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const TYPE_PREFIX: Record<string, string> = {
  'multiple-choice': 'mc',
  cloze: 'cz',
  'true-false': 'tf',
  'who-said-it': 'ws',
  timeline: 'tl',
  matching: 'mt',
};

/** e.g. "mc-1k9x3b0q2zt": type prefix + base-36 hash; matches the schema's id pattern. */
export function itemId(type: string, content: string): string {
  return `${TYPE_PREFIX[type] ?? 'it'}-${cyrb53(`${type}\u0000${content}`).toString(36)}`;
}
