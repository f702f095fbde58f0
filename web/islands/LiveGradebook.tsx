import { useEffect, useState } from 'preact/hooks';
import { localiseTimes } from './local-times.ts';
import { FIRST_POLL_DELAY_MS, nextPollDelay } from './poll-schedule.ts';

interface LiveGradebookProps {
  /** The results fragment (/teach/:id/results; the secret rides in its path-scoped cookie): the #gradebook section alone. */
  resultsUrl: string;
  /** A closed assignment takes no new results, so there is nothing to poll for. */
  closed: boolean;
}

/**
 * Keeps the dashboard's gradebook fresh without a manual reload, cheaply: it polls the small
 * results fragment with If-None-Match (304 when nothing changed), waits longer after each poll
 * that changed nothing (poll-schedule.ts), pauses while the tab is hidden, and stops once the
 * assignment is closed. Every poll still costs the server one KV list per 1,000 attempts.
 */
export default function LiveGradebook({ resultsUrl, closed }: LiveGradebookProps) {
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const [stopped, setStopped] = useState(closed);
  useEffect(() => {
    if (stopped) return;
    let etag: string | null = null;
    let delay = FIRST_POLL_DELAY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    // What the server sent last: the page's copy has its times localised, so it never matches.
    let served: string | null = null;

    const schedule = () => {
      clearTimeout(timer);
      if (!done && document.visibilityState === 'visible') timer = setTimeout(poll, delay);
    };
    async function poll() {
      // Not while the teacher has a form open in the results (correcting a question's wording,
      // say): swapping them would throw away what they typed. Asked again after the same wait.
      if (document.getElementById('gradebook')?.querySelector('details[open]')) return schedule();
      let changed = false;
      try {
        const res = await fetch(resultsUrl, { cache: 'no-store', headers: etag ? { 'if-none-match': etag } : {} });
        if (res.status === 200) {
          etag = res.headers.get('etag');
          const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').getElementById('gradebook');
          const current = document.getElementById('gradebook');
          if (fresh && current && fresh.innerHTML !== (served ?? current.innerHTML)) {
            current.innerHTML = served = fresh.innerHTML;
            localiseTimes(current);
            changed = true;
          }
          if (fresh?.dataset.closed === 'true') done = true;
        }
        if (res.ok || res.status === 304) setCheckedAt(new Date().toLocaleTimeString());
      } catch {
        // offline for a moment: try again later
      }
      if (done) return setStopped(true);
      delay = nextPollDelay(delay, changed);
      schedule();
    }
    // Hidden tabs cost nothing; coming back asks at once, then carries on from the first wait.
    const onVisibilityChange = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') {
        delay = FIRST_POLL_DELAY_MS;
        void poll();
      }
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    schedule();
    return () => {
      done = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [resultsUrl, stopped]);
  return (
    <p class="note" aria-live="off">
      {stopped
        ? 'This assignment is closed, so its results no longer change.'
        : `New results appear here by themselves${checkedAt ? ` (last checked ${checkedAt})` : ''}. A result can take up to a minute to show up: Crosscheck stores results in Workers KV, which is eventually consistent.`}
    </p>
  );
}
