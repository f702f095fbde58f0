import type { Citation } from '../../core/content/schema.ts';

/** Source links for one claim: each opens the article at the paragraph that supports it. */
export function Citations({ cites, outlets }: { cites: Citation[]; outlets: Record<string, string> }) {
  return (
    <span class="cites">
      {cites.map(({ article, paragraph }) => (
        // The accessible name ("Source: Newsweek ¶9") contains the visible text, so a voice user can say what they see.
        <a key={`${article}:${paragraph}`} class="cite" href={`/articles/${article}#p${paragraph}`}>
          <span class="visually-hidden">Source: </span>
          {outlets[article]} ¶{paragraph}
        </a>
      ))}
    </span>
  );
}
