// Class codes: 6 characters from an alphabet with no look-alikes (no 0/O, 1/I/L), so a code read
// off a projector is typed right. 31^6 ≈ 887 million codes; with /join rate-limited to 10 tries a
// minute per address, guessing a live code is not practical.
import { randomFromAlphabet } from '../random.ts';

const CLASS_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CLASS_CODE_LENGTH = 6;
const CODE = new RegExp(`^[${CLASS_CODE_ALPHABET}]{${CLASS_CODE_LENGTH}}$`);

// 256 is not a multiple of 31: the first 8 letters come up 1/8 more often, a bias that costs
// well under a bit of the code's ~29.7 bits.
/** A random class code (allocation, which checks it is free, is worker/classroom's). */
export const newClassCode = () => randomFromAlphabet(CLASS_CODE_LENGTH, CLASS_CODE_ALPHABET);

/** Forgiving of case, spaces and dashes ("abc 2-3k" -> "ABC23K"); null if it cannot be a code. */
export function normalizeClassCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  return CODE.test(code) ? code : null;
}

/** "ABC23K" -> "ABC 23K": easier to read aloud and copy. */
export const formatClassCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
