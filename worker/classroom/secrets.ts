// The teacher's dashboard secret: 256 random bits in the link, only its SHA-256 stored,
// compared in constant time.
import { randomBase64url, randomFromAlphabet } from '../random.ts';

const encoder = new TextEncoder();

export const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const newSecret = () => randomBase64url(32);

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares every character whatever the first difference, so timing says nothing about the hash. */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

export async function secretMatches(secret: string, storedHash: string): Promise<boolean> {
  return constantTimeEqual(await sha256Hex(secret), storedHash);
}

/** A short random id (assignment ids): 32 lowercase letters and digits, 5 bits each. */
export const newId = (length = 10) => randomFromAlphabet(length, 'abcdefghijkmnpqrstuvwxyz23456789');
