import { splitTermMarkers } from '../../core/content/terms.ts';

/** Topic prose with its key terms openable in place (details/summary: no JavaScript needed). */
export function Prose({ text, definitions }: { text: string; definitions: Map<string, string> }) {
  return (
    <>
      {splitTermMarkers(text).map((segment, index) =>
        'term' in segment ? (
          <details class="term" key={index}>
            <summary>{segment.text}</summary>
            <span class="term-definition" role="note">
              <strong>{segment.term}:</strong> {definitions.get(segment.term)}
            </span>
          </details>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
