// The share link /r/:id: the result page with its unfurl card, and the card image itself.
import { Hono } from 'hono';
import { renderResultCard } from '../../core/cards/result-card.ts';
import { formatScore } from '../../core/format.ts';
import { ResultPage } from '../../web/pages/ResultPage.tsx';
import { answersVisible } from '../classroom/policy.ts';
import type { AppEnv } from '../env.ts';
import { renderPage } from '../http/render.tsx';
import { loadResult } from '../middleware/load-result.ts';
import { launchQuizFromSameSource } from '../quiz/catalog.ts';
import { durationMs } from '../storage/attempts.ts';

const CARD_CACHE = 'result-cards';

export const resultRoutes = new Hono<AppEnv>()
  .get('/:id', loadResult, async (c) => {
    const { id, record, quiz, assignment } = c.var.result;
    const showAnswers = assignment === null || answersVisible(assignment);
    const challenge = launchQuizFromSameSource(quiz);
    const origin = new URL(c.req.url).origin;
    const score = formatScore(record.score, record.maxScore);
    const title = `${record.displayName ?? 'Someone'} scored ${score} on “${quiz.title}”`;
    const description = `${quiz.items.length} questions, every answer proven from the text. Can you beat it?`;
    return renderPage(c, {
      title,
      description,
      head: (
        <>
          <meta property="og:type" content="website" />
          <meta property="og:site_name" content="Crosscheck" />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={`${origin}/r/${id}`} />
          <meta property="og:image" content={`${origin}/r/${id}/card.png`} />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content={`Score ${score} and a grid of right and wrong answers, no answers shown`} />
          <meta name="twitter:card" content="summary_large_image" />
          <meta name="twitter:title" content={title} />
          <meta name="twitter:description" content={description} />
          <meta name="twitter:image" content={`${origin}/r/${id}/card.png`} />
          <meta name="robots" content="noindex" />
        </>
      ),
      body: (
        <ResultPage
          quiz={quiz}
          displayName={record.displayName}
          results={record.results}
          score={record.score}
          maxScore={record.maxScore}
          durationMs={durationMs(record)}
          submittedAt={record.submittedAt}
          path={`/r/${id}`}
          tryAgainPath={assignment ? (assignment.attemptsAllowed === 'unlimited' ? `/a/${assignment.id}` : null) : `/quiz/${quiz.id}`}
          challengePath={challenge && `/quiz/${challenge.id}`}
          showAnswers={showAnswers}
        />
      ),
    });
  })
  .get(
    '/:id/card.png',
    // Attempts never change, so a final card is rendered once and then served from the edge cache
    // (before any KV read).
    async (c, next) => (await (await caches.open(CARD_CACHE)).match(c.req.url)) ?? next(),
    loadResult,
    async (c) => {
      const { record, quiz, assignment } = c.var.result;
      const hidden = assignment !== null && !answersVisible(assignment);
      const png = await renderResultCard({
        quizTitle: quiz.title,
        score: record.score,
        maxScore: record.maxScore,
        // While a class's answers are hidden, so is the right/wrong grid (it would give keys away).
        results: hidden ? [] : record.results.map((r) => (r.correct ? 'right' : r.score > 0 ? 'partial' : 'wrong')),
      });
      // A hidden-answers card changes when the teacher closes the class: only final cards are cached.
      const response = new Response(png, {
        headers: { 'content-type': 'image/png', 'cache-control': hidden ? 'public, max-age=60' : 'public, max-age=31536000, immutable' },
      });
      if (!hidden) {
        const copy = response.clone();
        c.executionCtx.waitUntil(caches.open(CARD_CACHE).then((cache) => cache.put(c.req.url, copy)));
      }
      return response;
    },
  );
