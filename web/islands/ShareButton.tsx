import { useEffect, useState } from 'preact/hooks';

export interface ShareButtonProps {
  /** Path or absolute URL to share; resolved against the current page. */
  url: string;
  title: string;
  text?: string;
  label?: string;
}

type Status = 'idle' | 'copied' | 'manual';

/**
 * Shares with the Web Share API where the device has it (phones), else copies the link.
 * Rendered inert on the server; it appears once hydrated, since it needs JavaScript.
 */
export default function ShareButton({ url, title, text, label = 'Share' }: ShareButtonProps) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => setReady(true), []);
  const absolute = ready ? new URL(url, location.href).href : url;

  async function share() {
    if (navigator.share) {
      try {
        await navigator.share({ title, text, url: absolute });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(absolute);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  }

  return (
    <div class="share">
      <button type="button" class="button" hidden={!ready} onClick={share}>
        {label}
      </button>
      <span class="share-status" aria-live="polite">
        {status === 'copied' && 'Link copied.'}
        {status === 'manual' && (
          <>
            Copy this link: <input class="share-link" readOnly value={absolute} onFocus={(e) => e.currentTarget.select()} />
          </>
        )}
      </span>
    </div>
  );
}
