import { Fragment } from 'preact';
import type { Article, Topic } from '../../core/content/schema.ts';

export function ArticlePage({ article, topicTitles }: { article: Article; topicTitles: Map<string, Topic['title']> }) {
  const { source } = article;
  return (
    <article class="retelling">
      <header class="page-header">
        <p class="kicker">The article, retold</p>
        <h1>{article.title}</h1>
        <p class="lede">{article.hook}</p>
        <aside class="source" aria-label="Source">
          <p>
            <strong>Source:</strong> {source.outlet}{source.issue && ` (${source.issue})`}, “{source.title}”, {source.date}.
          </p>
          {source.dateNote && <p class="note">{source.dateNote}</p>}
          <p class="note">
            Retold paragraph by paragraph in our own words; quotations are the speakers' own, attributed. Paragraph
            numbers follow the original.
          </p>
        </aside>
        <p class="row">
          <a class="button" href={`/quiz/${article.quizId}`}>
            Take the quiz on this article
          </a>
        </p>
      </header>
      <ol class="paragraphs">
        {article.paragraphs.map((p) => {
          const citing = article.citedBy[p.n] ?? [];
          return (
            <li key={p.n} id={`p${p.n}`} class={p.kind === 'caption' ? 'para caption' : 'para'} value={p.n}>
              {p.kind === 'caption' && <span class="label">Photo caption: </span>}
              {p.text}
              {citing.length > 0 && (
                <p class="cited-by">
                  Cited in:{' '}
                  {citing.map((slug, index) => (
                    <Fragment key={slug}>
                      {index > 0 && ', '}
                      <a href={`/topics/${slug}`}>{topicTitles.get(slug)}</a>
                    </Fragment>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
