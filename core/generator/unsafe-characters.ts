// Characters that must not travel from a paste or a typed name into pages and exports: C0 and C1
// control characters (they break CSV, XML and terminals) and the invisible bidirectional marks and
// overrides (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) that can make text read
// differently from what it is ("Trojan Source"). Pure; the paste parser applies it. (Display names have a broader rule of their own in core/names.ts.)

// C0 except tab and newline, DEL, C1, and the bidi controls; one pass, linear in the input.
const UNSAFE_KEEP_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_ALL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes control and bidi-control characters. `keepLayout` (the default) keeps tab and newline, for
 * multi-line text such as a pasted article; pass false for one-line values such as a display name.
 * A carriage return is removed too: normalise "\r\n" to "\n" before calling when line breaks matter.
 */
export function stripUnsafeCharacters(text: string, keepLayout = true): string {
  return text.replace(keepLayout ? UNSAFE_KEEP_LAYOUT : UNSAFE_ALL, '');
}
