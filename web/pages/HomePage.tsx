import type { Article, Topic } from '../../core/content/schema.ts';
import { Card } from '../components/Card.tsx';

export function HomePage({ topics, articles }: { topics: Topic[]; articles: Article[] }) {
  return (
    <>
      <section class="hero">
        <h1>Crosscheck</h1>
        <p class="lede">
          Why did the US and Russia fight the same enemy in Syria without fighting together? Short explainers, every
          claim linked to its source, and a quiz to check you got it.
        </p>
      </section>
      <section id="explainers" aria-labelledby="explainers-heading">
        <h2 id="explainers-heading">Explainers</h2>
        <ul class="cards">
          {topics.map((topic) => (
            <Card key={topic.slug} href={`/topics/${topic.slug}`} kicker={`Explainer ${topic.order}`} title={topic.title} hook={topic.hook} />
          ))}
        </ul>
      </section>
      <section id="articles" aria-labelledby="articles-heading">
        <h2 id="articles-heading">The articles, retold</h2>
        <ul class="cards">
          {articles.map((article) => (
            <Card
              key={article.slug}
              href={`/articles/${article.slug}`}
              kicker={`${article.source.outlet} · ${article.source.date}`}
              title={article.title}
              hook={article.hook}
            />
          ))}
        </ul>
      </section>
    </>
  );
}
