// The reading pages: home, explainers (/topics/:slug) and article retellings (/articles/:slug).
import { Hono } from 'hono';
import { ArticlePage } from '../../web/pages/ArticlePage.tsx';
import { HomePage } from '../../web/pages/HomePage.tsx';
import { TopicPage } from '../../web/pages/TopicPage.tsx';
import { articlesBySlug, site, topicsBySlug } from '../content/site.ts';
import type { AppEnv } from '../env.ts';
import { notFound } from '../http/not-found.tsx';
import { renderPage } from '../http/render.tsx';
import { SlugParam, validate } from '../http/validation.ts';

const outlets = Object.fromEntries(site.articles.map((article) => [article.slug, article.source.outlet]));
const topicTitles = new Map(site.topics.map((topic) => [topic.slug, topic.title]));
const slugParam = validate('param', SlugParam, notFound);

export const pageRoutes = new Hono<AppEnv>()
  .get('/', (c) =>
    renderPage(c, {
      title: 'Crosscheck',
      description: 'Explainers and quizzes on US–Russia cooperation against ISIS in Syria, every claim tied to its source.',
      body: <HomePage topics={site.topics} articles={site.articles} />,
    }),
  )
  .get('/topics/:slug', slugParam, (c) => {
    const topic = topicsBySlug.get(c.req.valid('param').slug);
    if (!topic) return notFound(c);
    return renderPage(c, {
      title: topic.title,
      description: topic.hook,
      body: <TopicPage topic={topic} outlets={outlets} />,
    });
  })
  .get('/articles/:slug', slugParam, (c) => {
    const article = articlesBySlug.get(c.req.valid('param').slug);
    if (!article) return notFound(c);
    return renderPage(c, {
      title: article.title,
      description: article.hook,
      body: <ArticlePage article={article} topicTitles={topicTitles} />,
    });
  });
