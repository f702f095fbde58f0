import { useEffect, useState } from 'preact/hooks';

/**
 * Keeps the dashboard's gradebook fresh without a manual reload: every `intervalSeconds` it
 * fetches this same page and swaps in the server-rendered #gradebook section.
 */
export default function LiveGradebook({ intervalSeconds }: { intervalSeconds: number }) {
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  useEffect(() => {
    const timer = setInterval(async () => {
      try {
        const res = await fetch(location.href, { headers: { accept: 'text/html' } });
        if (!res.ok) return;
        const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').getElementById('gradebook');
        const current = document.getElementById('gradebook');
        if (fresh && current && fresh.innerHTML !== current.innerHTML) current.innerHTML = fresh.innerHTML;
        setCheckedAt(new Date().toLocaleTimeString());
      } catch {
        // offline for a moment: try again next tick
      }
    }, intervalSeconds * 1000);
    return () => clearInterval(timer);
  }, [intervalSeconds]);
  return (
    <p class="note" aria-live="off">
      New results appear here by themselves{checkedAt ? ` (last checked ${checkedAt})` : ''}. A result can take up to a minute to show
      up: Crosscheck stores results in Workers KV, which is eventually consistent.
    </p>
  );
}
