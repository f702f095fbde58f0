import { useEffect, useState } from 'preact/hooks';

/**
 * The browser's offset from UTC, so a due time typed in local time means what the teacher meant,
 * and the assignment's times can be shown at the teacher's offset where the viewer's clock is not
 * known. Without JavaScript there is no field: the due time is read as UTC (the form says so) and
 * times are labelled UTC.
 */
export default function TimezoneField() {
  const [offset, setOffset] = useState<number | null>(null);
  useEffect(() => setOffset(new Date().getTimezoneOffset()), []);
  return offset === null ? null : <input type="hidden" name="tzOffset" value={offset} />;
}
