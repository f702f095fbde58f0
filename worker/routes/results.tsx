// The share link /r/:id: the result page with its unfurl card, and the card image itself.
import { Hono } from 'hono';
import { renderResultCard } from '../../core/cards/result-card.ts';
import { formatScore, outcomeOf } from '../../core/format.ts';
import { regradeOf, regradeResult, type Regrade } from '../../core/gradebook/regrade.ts';
import { ResultPage } from '../../web/pages/ResultPage.tsx';
import { answersVisible } from '../classroom/policy.ts';
import type { AppEnv } from '../env.ts';
import { deviceAttemptId } from '../http/device-cookie.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { renderPage } from '../http/render.tsx';
import { loadResult } from '../middleware/load-result.ts';
import { launchQuizFromSameSource } from '../quiz/catalog.ts';
import { durationMs } from '../storage/attempts.ts';

const CARD_CACHE = 'result-cards';

/** The card's URL names the regrade it shows, so a card cached before a question was dropped is never served for after. */
const cardQuery = (regrade: Regrade) => (regrade.revision > 0 ? `?v=${regrade.revision}` : '');

export const resultRoutes = new Hono<AppEnv>()
  .get('/:id', loadResult, async (c) => {
    const { id, record, quiz, assignment } = c.var.result;
    // The student's own device (the cookie naming this attempt) sees their name and their review;
    // anyone else with the link sees the quiz and the score, and a class's keys only once it closes.
    const viewer = deviceAttemptId(c, record.scope) === record.attemptId ? 'owner' : 'visitor';
    const showAnswers = assignment === null || (viewer === 'owner' ? answersVisible(assignment) : assignment.closed);
    const challenge = launchQuizFromSameSource(quiz);
    const origin = publicOrigin(c);
    // A class's result as its teacher's changes leave it (an open quiz's is never regraded).
    const regrade = regradeOf(assignment ?? {});
    const graded = regradeResult(record, regrade);
    const card = `${origin}/r/${id}/card.png${cardQuery(regrade)}`;
    const score = formatScore(graded.score, graded.maxScore);
    const anonymousTitle = `Someone scored ${score} on “${quiz.title}”`;
    const title = viewer === 'owner' && record.displayName ? `${record.displayName} scored ${score} on “${quiz.title}”` : anonymousTitle;
    const description = `${quiz.items.length} questions, every answer proven from the text. Can you beat it?`;
    // The page depends on who asks (the cookie): no shared cache may keep one viewer's copy for another.
    c.header('Cache-Control', 'private, no-cache');
    return renderPage(c, {
      title,
      description,
      head: (
        <>
          <meta property="og:type" content="website" />
          <meta property="og:site_name" content="Crosscheck" />
          <meta property="og:title" content={anonymousTitle} />
          <meta property="og:description" content={description} />
          <meta property="og:url" content={`${origin}/r/${id}`} />
          <meta property="og:image" content={card} />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
          <meta property="og:image:alt" content={`Score ${score} and a grid of right and wrong answers, no answers shown`} />
          <meta name="twitter:card" content="summary_large_image" />
          <meta name="twitter:title" content={anonymousTitle} />
          <meta name="twitter:description" content={description} />
          <meta name="twitter:image" content={card} />
          <meta name="robots" content="noindex" />
        </>
      ),
      body: (
        <ResultPage
          quiz={quiz}
          displayName={viewer === 'owner' ? record.displayName : null}
          results={record.results}
          score={graded.score}
          maxScore={graded.maxScore}
          durationMs={durationMs(record)}
          submittedAt={record.submittedAt}
          path={`/r/${id}`}
          tryAgainPath={assignment ? (assignment.attemptsAllowed === 'unlimited' ? `/a/${assignment.id}` : null) : `/quiz/${quiz.id}`}
          challengePath={challenge && `/quiz/${challenge.id}`}
          showAnswers={showAnswers}
          viewer={viewer}
          timeOffset={assignment?.tzOffset ?? null}
          regrade={regrade}
        />
      ),
    });
  })
  .get(
    '/:id/card.png',
    // Attempts never change, so a final card is rendered once and then served from the edge cache
    // (before any KV read), keyed by its URL, which names the class's regrade revision. A cached response's headers are immutable: it is answered as a copy,
    // so later middleware (the ETag) can still add its own.
    async (c, next) => {
      const cached = await (await caches.open(CARD_CACHE)).match(c.req.url);
      return cached ? new Response(cached.body, cached) : next();
    },
    loadResult,
    async (c) => {
      const { record, quiz, assignment } = c.var.result;
      // The card is what others see (unfurls): while a class is open it shows the score alone, as
      // the page does to visitors; the right/wrong grid waits for the teacher to close it.
      const hidden = assignment !== null && !assignment.closed;
      const regrade = regradeOf(assignment ?? {});
      const graded = regradeResult(record, regrade);
      const dropped = new Set(regrade.dropped);
      const png = await renderResultCard({
        quizTitle: quiz.title,
        score: graded.score,
        maxScore: graded.maxScore,
        // While a class's answers are hidden, so is the right/wrong grid (it would give keys away).
        // A dropped question has no cell: the grid shows what the score counts.
        results: hidden ? [] : record.results.filter((result) => !dropped.has(result.itemId)).map(outcomeOf),
      });
      // A hidden-answers card changes when the teacher closes the class, and one asked for under
      // another revision than the current one is not what that URL names: only final cards of the
      // current revision are cached.
      const final = !hidden && c.req.url.endsWith(`/card.png${cardQuery(regrade)}`);
      const response = new Response(png, {
        headers: { 'content-type': 'image/png', 'cache-control': final ? 'public, max-age=31536000, immutable' : 'public, max-age=60' },
      });
      if (final) {
        const copy = response.clone();
        c.executionCtx.waitUntil(caches.open(CARD_CACHE).then((cache) => cache.put(c.req.url, copy)));
      }
      return response;
    },
  );
