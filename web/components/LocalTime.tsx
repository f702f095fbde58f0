import { formatDateTime } from '../../core/format.ts';

/**
 * A moment, as the server can tell it: at the teacher's UTC offset, labelled with it (or in UTC).
 * The LocalTimes island rewrites it to the viewer's own clock; without JavaScript the label says
 * whose clock it is.
 */
export function LocalTime({ at, offset }: { at: number; offset: number | null }) {
  return (
    <time dateTime={new Date(at).toISOString()} data-local-time="">
      {formatDateTime(at, offset)}
      {offset !== null && ', the teacher’s time'}
    </time>
  );
}
