// The share link /r/:id: the result page with its unfurl card, and the card image itself.
import { Hono } from 'hono';
import * as v from 'valibot';
import { ResultPage } from '../../web/pages/ResultPage.tsx';
import { formatScore } from '../../core/format.ts';
import { parseResultId } from '../attempts/result-id.ts';
import { renderResultCard } from '../../core/cards/result-card.ts';
import type { AppEnv, Env } from '../env.ts';
import { findQuiz, launchQuizFromSameSource } from '../quiz/catalog.ts';
import { answersVisible } from '../classroom/policy.ts';
import { readAssignment } from '../storage/assignments.ts';
import { durationMs, readAttempt } from '../storage/attempts.ts';
import { OPEN_SCOPE } from '../storage/keys.ts';
import { renderPage } from '../render.tsx';
import { validate } from '../validation.ts';
import { notFound } from './not-found.tsx';

const ResultParam = v.object({ id: v.pipe(v.string(), v.maxLength(100)) });

async function loadResult(env: Env, id: string) {
  const parsed = parseResultId(id);
  if (!parsed) return null;
  const record = await readAttempt(env.KV, parsed.scope, parsed.attemptId);
  const quiz = record && (await findQuiz(env, record.quizId));
  if (!record || !quiz) return null;
  const assignment = parsed.scope === OPEN_SCOPE ? null : await readAssignment(env.KV, parsed.scope);
  return { record, quiz, assignment };
}

export const resultRoutes = new Hono<AppEnv>()
  .get('/:id', validate('param', ResultParam, notFound), async (c) => {
    const { id } = c.req.valid('param');
    const result = await loadResult(c.env, id);
    if (!result) return notFound(c);
    const { record, quiz, assignment } = result;
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
  .get('/:id/card.png', validate('param', ResultParam, notFound), async (c) => {
    // Attempts never change, so a final card is rendered once and then served from the edge cache.
    const cache = await caches.open('result-cards');
    const cached = await cache.match(c.req.url);
    if (cached) return cached;
    const result = await loadResult(c.env, c.req.valid('param').id);
    if (!result) return notFound(c);
    const { record, quiz, assignment } = result;
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
    if (!hidden) c.executionCtx.waitUntil(cache.put(c.req.url, response.clone()));
    return response;
  });
