import type { Citation } from '../../core/content/schema.ts';

/** Source links for one claim: each opens the article at the paragraph that supports it. */
export function Citations({ cites, outlets }: { cites: Citation[]; outlets: Record<string, string> }) {
  return (
    <span class="cites">
      {cites.map(({ article, paragraph }) => (
        <a
          key={`${article}:${paragraph}`}
          class="cite"
          href={`/articles/${article}#p${paragraph}`}
          aria-label={`Source: ${outlets[article]}, paragraph ${paragraph}`}
        >
          {outlets[article]} ¶{paragraph}
        </a>
      ))}
    </span>
  );
}
