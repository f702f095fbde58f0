// The teacher's dashboard secret: 256 random bits in the link, only its SHA-256 stored,
// compared in constant time.
import { randomBase64url } from '../../core/random.ts';

const encoder = new TextEncoder();

/** A dashboard secret as it appears in the link: 32 bytes, URL-safe base64. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh dashboard secret (256 bits). */
export const newSecret = () => randomBase64url(32);

/** SHA-256 of `text` (UTF-8) as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares every character whatever the first difference, so timing says nothing about the hash. */
function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/** Whether `secret` is the one whose hash is stored. */
export async function secretMatches(secret: string, storedHash: string): Promise<boolean> {
  return constantTimeEqual(await sha256Hex(secret), storedHash);
}
