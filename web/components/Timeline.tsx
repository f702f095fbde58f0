import type { Topic } from '../../core/content/schema.ts';
import { Citations } from './Citations.tsx';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-09" -> "September 2016", "2017-01-28" -> "28 January 2017". */
function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function Timeline({ entries, outlets }: { entries: Topic['timeline']; outlets: Record<string, string> }) {
  return (
    <ol class="timeline">
      {entries.map((entry) => (
        <li key={entry.date + entry.event}>
          <time dateTime={entry.date}>{formatPartialDate(entry.date)}</time>
          <p>
            {entry.event} <Citations cites={entry.cites} outlets={outlets} />
          </p>
        </li>
      ))}
    </ol>
  );
}
