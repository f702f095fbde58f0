// Who counts as the same student: the key the one-attempt claim and the roster compare names by.
// Apart from names.ts because its confusables table (~100 KB) belongs on the server, not in the
// quiz island that cleans names as they are typed.
import unhomoglyph from 'unhomoglyph';

/**
 * The comparable form of a cleaned display name (cleanDisplayName first): equal for names a
 * reader cannot tell apart. Case, spacing and Unicode form are ignored, and look-alike letters
 * are folded by the Unicode confusables table (UTS #39 skeleton: NFD, map, NFD; the table from
 * the `unhomoglyph` package), so Cyrillic "Аnn" and Armenian "Anո" are "Ann". Lowercasing comes
 * first, so "ANN" and "ann" stay one name even where the table maps a capital on its own (I → l).
 */
export function nameKey(cleanName: string): string {
  const lower = cleanName.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return unhomoglyph(lower.normalize('NFD')).normalize('NFD').toLowerCase();
}
