// Random identifiers from the platform CSPRNG. Pure Web Crypto: runs in workerd and browsers.

/** `byteCount` random bytes as URL-safe base64 without padding (16 bytes -> 22 characters). */
export function randomBase64url(byteCount: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(byteCount));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** `length` characters from `alphabet`; uniform when its length divides 256, else slightly biased (see class codes). */
export function randomFromAlphabet(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
}
