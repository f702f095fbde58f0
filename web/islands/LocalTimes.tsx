import { useEffect } from 'preact/hooks';
import { localiseTimes } from './local-times.ts';

/**
 * Puts the page's times (LocalTime) in the viewer's time zone once it runs. Renders nothing: the
 * times stay where the server wrote them, with their labelled fallback until then.
 */
export default function LocalTimes() {
  useEffect(() => localiseTimes(document), []);
  return null;
}
