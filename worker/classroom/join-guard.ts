// Slowing class-code guessing on /join without slowing a class. Only wrong codes count against an
// address (the JOIN_LIMITER binding: 10 a minute), so 40 students behind one school address join
// at once. An address over its limit is then blocked for a minute for every code, right or wrong,
// or a guesser would still tell a right code (a redirect) from a wrong one (a refusal). The block
// lives in the Cache API, which, like the limiter, is per Cloudflare location (and inactive on
// workers.dev hosts, where only wrong codes are refused). Both fail open and log: a broken limiter
// must not lock a class out.
const BLOCK_CACHE = 'join-blocks';
const BLOCK_SECONDS = 60;

const blockKey = (address: string) => `https://join-block.invalid/${encodeURIComponent(address)}`;

/** Whether `address` tried too many wrong codes in the last minute. */
export async function joinBlocked(address: string): Promise<boolean> {
  try {
    return (await (await caches.open(BLOCK_CACHE)).match(blockKey(address))) !== undefined;
  } catch (error) {
    console.error('join guard: the block check failed; letting the request through', error);
    return false;
  }
}

/** Counts a wrong code from `address`; true when that puts it over the limit (now blocked). */
export async function countWrongCode(limiter: RateLimit, address: string): Promise<boolean> {
  try {
    const { success } = await limiter.limit({ key: address });
    if (success) return false;
    const block = new Response('blocked', { headers: { 'cache-control': `max-age=${BLOCK_SECONDS}` } });
    await (await caches.open(BLOCK_CACHE)).put(blockKey(address), block);
    return true;
  } catch (error) {
    console.error('join guard: the rate limiter failed; not counting this try', error);
    return false;
  }
}
