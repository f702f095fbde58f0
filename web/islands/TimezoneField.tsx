import { useEffect, useState } from 'preact/hooks';

/**
 * The browser's offset from UTC, so a due time typed in local time means what the teacher meant.
 * Without JavaScript it stays 0 and the due time is read as UTC (the form says "your local time",
 * which is then UTC: an honest fallback).
 */
export default function TimezoneField() {
  const [offset, setOffset] = useState(0);
  useEffect(() => setOffset(new Date().getTimezoneOffset()), []);
  return <input type="hidden" name="tzOffset" value={offset} />;
}
