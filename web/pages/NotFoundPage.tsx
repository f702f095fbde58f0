import type { Topic } from '../../core/content/schema.ts';

export function NotFoundPage({ path, topics }: { path: string; topics: Topic[] }) {
  return (
    <section class="not-found">
      <h1>We couldn't find that page</h1>
      <p>
        Nothing lives at <code>{path}</code>. The link may be mistyped, or the page may have moved.
      </p>
      <p>Try one of the explainers, or go back to the <a href="/">home page</a>.</p>
      <ul>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <a href={`/topics/${topic.slug}`}>{topic.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
