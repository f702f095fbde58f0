import { describe, expect, it } from 'vitest';
import { FIRST_POLL_DELAY_MS, MAX_POLL_DELAY_MS, nextPollDelay } from '../../../../web/islands/poll-schedule.ts';

describe('the live gradebook poll schedule', () => {
  it('waits longer after each poll that changed nothing, up to the maximum', () => {
    let delay = FIRST_POLL_DELAY_MS;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) waits.push((delay = nextPollDelay(delay, false)));
    expect(waits[0]).toBe(22_500);
    expect(waits.every((wait, i) => i === 0 || wait >= waits[i - 1]!)).toBe(true);
    expect(waits.at(-1)).toBe(MAX_POLL_DELAY_MS);
  });

  it('asks again soon after a poll that brought new results', () => {
    expect(nextPollDelay(MAX_POLL_DELAY_MS, true)).toBe(FIRST_POLL_DELAY_MS);
  });
});
