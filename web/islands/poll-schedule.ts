// When the live gradebook asks again: soon while results are coming in, less and less often
// while nothing changes. Pure, so the bench counts the KV list operations it costs.

/** The first wait, and the wait after a poll that brought new results. */
export const FIRST_POLL_DELAY_MS = 15_000;
/** The longest wait between two polls of a visible, open dashboard. */
export const MAX_POLL_DELAY_MS = 120_000;
/** How much longer each wait gets while nothing changes. */
export const POLL_BACKOFF = 1.5;

/** The wait before the next poll, given the last wait and whether the last poll changed anything. */
export function nextPollDelay(lastDelayMs: number, changed: boolean): number {
  return changed ? FIRST_POLL_DELAY_MS : Math.min(MAX_POLL_DELAY_MS, lastDelayMs * POLL_BACKOFF);
}
