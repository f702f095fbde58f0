// Rewrites server-rendered times (LocalTime) to the viewer's own clock and time zone.

const format = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });

/** Shows every `<time data-local-time>` under `root` in local time ("Dec 2, 2026, 9:00 AM CST"). */
export function localiseTimes(root: Document | HTMLElement): void {
  for (const element of root.querySelectorAll<HTMLTimeElement>('time[data-local-time]')) {
    const at = new Date(element.dateTime);
    if (!Number.isNaN(at.getTime())) element.textContent = format.format(at);
  }
}
