// The display-name rule, defined once: what a student types becomes what a teacher reads, what
// the gradebook row stores and what the one-attempt claim is keyed on. The edge schema applying
// it is in schemas.ts; this file stays schema-library-free for the quiz island. Who counts as the
// same student (look-alike letters folded) is name-key.ts, apart because its table is server-only.

/** A display name keeps at most this many code points. */
export const DISPLAY_NAME_MAX = 40;

/** Characters a name loses: controls, format characters and fillers that show nothing. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Cleans a display name: line breaks and tabs become spaces (so "Ana\nMaria" stays two words),
 * control and format characters (Unicode Cc, Cf) and invisible fillers are dropped (every
 * Default_Ignorable_Code_Point: zero-widths, variation selectors, U+034F, the Hangul fillers
 * U+115F, U+1160, U+3164, U+FFA0; and the braille blank U+2800, which is not one but shows
 * nothing), so "Ann" and "Ann" + a filler are one name in the roster and the claim; lone surrogates become
 * U+FFFD, runs of spaces collapse, and the name is cut to DISPLAY_NAME_MAX code points. Cutting
 * iterates by code point, so it never splits a surrogate pair; it can split a grapheme cluster
 * (a flag), which we accept. After cleaning no character needs more than 4 bytes in JSON, so a
 * name costs at most 160 bytes of an attempt's metadata. Idempotent.
 */
export function cleanDisplayName(name: string): string {
  const clean = name
    .toWellFormed()
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return [...clean].slice(0, DISPLAY_NAME_MAX).join('').trim();
}
