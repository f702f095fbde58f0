import type { ComponentChildren } from 'preact';

export interface DocumentProps {
  title: string;
  description: string;
  assets: { css: string; hydrate: string };
  /** The page body, already rendered (so we know whether it holds islands). */
  bodyHtml: string;
  /** Load the island hydrator: only pages with interactive parts ship JavaScript. */
  withIslands: boolean;
  /** Extra head tags (Open Graph cards, canonical links). */
  head?: ComponentChildren;
}

export function Document({ title, description, assets, bodyHtml, withIslands, head }: DocumentProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === 'Crosscheck' ? title : `${title} · Crosscheck`}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={assets.css} />
        {head}
        {withIslands && <script type="module" src={assets.hydrate} />}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            Crosscheck
          </a>
          <nav aria-label="Main">
            <a href="/join">Join a class</a>
            <a href="/teach">Teachers</a>
          </nav>
        </header>
        <main id="main" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        <footer class="site-footer">
          <p>
            Crosscheck explains the news in its own words and ties every claim to its source. No accounts, no
            tracking.
          </p>
        </footer>
      </body>
    </html>
  );
}
