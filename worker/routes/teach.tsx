// The teacher side: pick or paste the quiz and the settings (/teach), which starts a draft to
// review before any class sees it (routes/drafts.tsx), and the assignment's private dashboard with actions and
// exports (/teach/:id, opened by the secret in its cookie: see middleware/load-teacher.tsx). A
// missing or wrong secret answers exactly like an unknown id.
import { zipSync, strToU8 } from 'fflate';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { render } from 'preact-render-to-string';
import * as v from 'valibot';
import type { Assignment } from '../../core/classroom/assignment.ts';
import { CSV_BOM, CSV_CONTENT_TYPE, gradesCsv } from '../../core/exports/csv.ts';
import { quizToGift } from '../../core/exports/gift.ts';
import { quizToQti } from '../../core/exports/qti.ts';
import { GenerationError } from '../../core/generator/index.ts';
import { qrSvg } from '../../core/gradebook/qr.ts';
import { STEM_MAX_LENGTH, gradedItemsOnly, regradeOf, regradeResult } from '../../core/gradebook/regrade.ts';
import { ITEM_ID } from '../../core/ids.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { AttemptIdSchema, QuizIdSchema } from '../../core/schemas.ts';
import { Gradebook } from '../../web/components/Gradebook.tsx';
import { DashboardPage } from '../../web/pages/DashboardPage.tsx';
import { PrintQuizPage } from '../../web/pages/PrintQuizPage.tsx';
import { ResultPage } from '../../web/pages/ResultPage.tsx';
import { TeachPage, type TeachFormValues } from '../../web/pages/TeachPage.tsx';
import { resultId } from '../attempts/result-id.ts';
import { releaseOneAttempt } from '../classroom/attempt-limit.ts';
import { classAttempts, classGradebook } from '../classroom/gradebook.ts';
import { changeClassQuiz, type RegradeChange } from '../classroom/regrade.ts';
import { startDraft, type DraftStart } from '../drafts/drafts.ts';
import type { AppEnv } from '../env.ts';
import { dueInstant, fieldProblem, SETTINGS_FIELDS, SETTINGS_PROBLEMS, typedSettings } from '../http/assignment-settings.ts';
import { notFound } from '../http/not-found.tsx';
import { publicOrigin } from '../http/public-origin.ts';
import { refusalPage } from '../http/refusal-page.tsx';
import { renderPage } from '../http/render.tsx';
import { validate } from '../http/validation.ts';
import { draftHome } from '../middleware/load-draft.ts';
import { bookmarkPath, dashboardHome, loadTeacher } from '../middleware/load-teacher.tsx';
import { findLaunchQuiz, launchQuizChoices, launchQuizSource } from '../quiz/catalog.ts';
import { writeAssignment } from '../storage/assignments.ts';
import { deleteAttempt, durationMs, readAttempt } from '../storage/attempts.ts';

const MAX_CREATE_BODY_BYTES = 256 * 1024;

const CreateForm = v.object({
  quizId: QuizIdSchema,
  article: v.optional(v.pipe(v.string(), v.maxLength(200_000)), ''),
  ...SETTINGS_FIELDS,
});
type CreateField = keyof v.InferInput<typeof CreateForm>;

/** What to tell the teacher about each field the form could not take: plain words, no validator internals. */
const FIELD_PROBLEMS: Record<CreateField, string> = {
  quizId: 'Pick a quiz from the list, or paste an article.',
  article: 'The pasted article is too long: 200,000 characters at most.',
  ...SETTINGS_PROBLEMS,
};

/** The fields as typed, from a raw form body, so a form that comes back keeps all of them. */
function typedValues(body: Record<string, unknown>): TeachFormValues {
  const text = (name: CreateField) => (typeof body[name] === 'string' ? body[name] : undefined);
  const attempts = text('attempts');
  const reveal = text('reveal');
  return {
    quizId: text('quizId'),
    title: text('title'),
    article: text('article'),
    due: text('due'),
    attempts: attempts === 'one' || attempts === 'unlimited' ? attempts : undefined,
    reveal: reveal === 'after-submit' || reveal === 'after-close' ? reveal : undefined,
  };
}

const StatusForm = v.object({ closed: v.picklist(['true', 'false']) });

const ItemParam = v.pipe(v.string(), v.regex(ITEM_ID));
const NO_STEM = 'Send the corrected wording of the question.';
/** A corrected stem, every message in plain words. Options or a key sent along are read only to be refused: they are fixed once a class has the quiz. */
const StemForm = v.object(
  {
    stem: v.pipe(
      v.string(NO_STEM),
      v.transform((stem) => stem.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim()),
      v.minLength(1, 'A question cannot be empty: write its wording, or drop it from grading.'),
      v.maxLength(STEM_MAX_LENGTH, `A question can be ${STEM_MAX_LENGTH} characters at most.`),
    ),
    options: v.optional(v.unknown()),
    key: v.optional(v.unknown()),
  },
  NO_STEM,
);
const ChangeKind = v.picklist(['drop', 'restore', 'stem']);

function teachPage(c: Context, status: 200 | 400 | 422, values?: TeachFormValues) {
  return renderPage(c, {
    title: 'Assign a quiz',
    description: 'Pick or paste a quiz, review its questions, then create a class assignment. No account.',
    status,
    body: <TeachPage quizzes={launchQuizChoices()} values={values} />,
  });
}

function download(c: Context, body: string | Uint8Array<ArrayBuffer>, filename: string, contentType: string) {
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  c.header('Content-Type', contentType);
  return c.body(body);
}

const gradedQuiz = ({ assignment, quiz }: { assignment: Assignment; quiz: Quiz }) => gradedItemsOnly(quiz, regradeOf(assignment));

const fileSlug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'quiz';

export const teachRoutes = new Hono<AppEnv>()
  .get('/', (c) => teachPage(c, 200))
  .post(
    '/',
    // Too large to read: nothing typed can be given back, so the message says what to shorten.
    bodyLimit({ maxSize: MAX_CREATE_BODY_BYTES, onError: (c) => teachPage(c, 400, { error: 'The form is too large: paste a shorter article.' }) }),
    validate('form', CreateForm, async (c, issues) => teachPage(c, 400, { ...typedValues(await c.req.parseBody()), error: fieldProblem(issues, FIELD_PROBLEMS) })),
    async (c) => {
      const form = c.req.valid('form');
      const typed: TeachFormValues = { quizId: form.quizId, title: form.title, article: form.article, due: form.due, attempts: form.attempts, reveal: form.reveal };
      const settings = typedSettings(form);
      const due = dueInstant(settings);
      if ('problem' in due) return teachPage(c, 400, { ...typed, error: due.problem });
      let start: DraftStart;
      if (form.article.trim()) {
        start = { article: form.article };
      } else {
        const quiz = findLaunchQuiz(form.quizId);
        const source = quiz && launchQuizSource(quiz);
        if (!quiz || !source) return teachPage(c, 400, { ...typed, error: FIELD_PROBLEMS.quizId });
        start = { quiz, source };
      }
      try {
        const draft = await startDraft(c.var.kv, start, settings);
        // Nothing is assigned yet: the teacher reviews the questions first.
        return c.redirect(draftHome(draft.id), 303);
      } catch (error) {
        if (error instanceof GenerationError) return teachPage(c, 422, { ...typed, error: `We could not make a quiz from that text: ${error.message}` });
        throw error;
      }
    },
  )
  .get('/:id', loadTeacher, async (c) => {
    const view = c.var.teacher;
    const { assignment, quiz } = view;
    const origin = publicOrigin(c);
    const student = `${origin}/a/${assignment.id}`;
    return renderPage(c, {
      title: `Dashboard: ${assignment.title}`,
      description: 'Your class results.',
      body: (
        <DashboardPage
          assignment={assignment}
          quiz={quiz}
          urls={{ student, join: `${origin}/join`, dashboard: `${origin}${bookmarkPath(view)}` }}
          qrSvg={qrSvg(student, { label: `QR code: the link to ${assignment.title}` })}
          gradebook={await classGradebook(c.var.kv, assignment, quiz)}
          created={c.req.query('created') === '1'}
        />
      ),
    });
  })
  // The live dashboard's poll: the #gradebook section alone. The app's ETag middleware answers
  // 304 when it is unchanged, so an idle dashboard costs a few hundred bytes a poll.
  .get('/:id/results', loadTeacher, async (c) => {
    const { assignment, quiz } = c.var.teacher;
    const gradebook = await classGradebook(c.var.kv, assignment, quiz);
    return c.html(render(<Gradebook {...gradebook} assignmentId={assignment.id} closed={assignment.closed} timeOffset={assignment.tzOffset} />));
  })
  .post('/:id/status', loadTeacher, async (c) => {
    const view = c.var.teacher;
    // A body that cannot be parsed reads as no body, and so as invalid.
    const form = v.safeParse(StatusForm, await c.req.parseBody().catch(() => null));
    if (!form.success) return c.text('Send closed=true or closed=false.', 400);
    await writeAssignment(c.var.kv, { ...view.assignment, closed: form.output.closed === 'true' });
    return c.redirect(dashboardHome(view.assignment.id), 303);
  })
  // Fixing a question after students answered: drop it from grading, count it again, or correct
  // its wording. One write of the assignment; every score is recomputed from what attempts store.
  .post(
    '/:id/items/:itemId/:change',
    loadTeacher,
    bodyLimit({ maxSize: 16 * 1024, onError: (c) => refusalPage(c, 413, 'The question was not changed', `A question can be ${STEM_MAX_LENGTH} characters at most.`) }),
    async (c) => {
      const { assignment, quiz } = c.var.teacher;
      const itemId = v.safeParse(ItemParam, c.req.param('itemId'));
      const kind = v.safeParse(ChangeKind, c.req.param('change'));
      if (!itemId.success || !kind.success) return notFound(c);
      const back = { href: dashboardHome(assignment.id), label: 'Back to the dashboard' };
      let change: RegradeChange;
      if (kind.output === 'stem') {
        // A body that cannot be parsed reads as no body, and so as invalid.
        const form = v.safeParse(StemForm, await c.req.parseBody().catch(() => null));
        if (!form.success) return refusalPage(c, 400, 'The question was not changed', form.issues[0].message, back);
        change = { kind: 'stem', itemId: itemId.output, stem: form.output.stem, changesOptionsOrKey: form.output.options !== undefined || form.output.key !== undefined };
      } else {
        change = { kind: kind.output, itemId: itemId.output };
      }
      const outcome = await changeClassQuiz(c.var.kv, assignment, quiz, change);
      if (!outcome.ok) return refusalPage(c, outcome.status, 'The question was not changed', outcome.message, back);
      return c.redirect(`${dashboardHome(assignment.id)}#item-${itemId.output}`, 303);
    },
  )
  // One student's full review, for their teacher (whose cookie does not reach /r/:id): the name
  // and every answer with its key, whatever the class shows its students.
  .get('/:id/attempts/:attemptId', loadTeacher, async (c) => {
    const { assignment, quiz } = c.var.teacher;
    const attemptId = v.safeParse(AttemptIdSchema, c.req.param('attemptId'));
    const record = attemptId.success ? await readAttempt(c.var.kv, assignment.id, attemptId.output) : null;
    if (!record) return notFound(c);
    const who = record.displayName ?? 'A student';
    const regrade = regradeOf(assignment);
    const graded = regradeResult(record, regrade);
    return renderPage(c, {
      title: `${who}: ${assignment.title}`,
      description: 'One student’s answers, question by question.',
      body: (
        <ResultPage
          quiz={quiz}
          displayName={record.displayName}
          results={record.results}
          score={graded.score}
          maxScore={graded.maxScore}
          durationMs={durationMs(record)}
          submittedAt={record.submittedAt}
          path={`/r/${resultId(assignment.id, record.attemptId)}`}
          tryAgainPath={null}
          challengePath={null}
          showAnswers
          viewer="owner"
          timeOffset={assignment.tzOffset}
          regrade={regrade}
        />
      ),
    });
  })
  .post('/:id/attempts/:attemptId/delete', loadTeacher, async (c) => {
    const view = c.var.teacher;
    const attemptId = v.safeParse(AttemptIdSchema, c.req.param('attemptId'));
    if (!attemptId.success) return notFound(c);
    const removed = await readAttempt(c.var.kv, view.assignment.id, attemptId.output);
    // The claim goes first, so a failure in between never leaves a name claimed by nothing.
    if (removed?.displayName) await releaseOneAttempt(c.var.kv, view.assignment.id, removed.displayName);
    await deleteAttempt(c.var.kv, view.assignment.id, attemptId.output);
    return c.redirect(dashboardHome(view.assignment.id), 303);
  })
  .get('/:id/grades.csv', loadTeacher, async (c) => {
    const { assignment, quiz } = c.var.teacher;
    const { attempts } = await classAttempts(c.var.kv, assignment, quiz);
    const rows = attempts.sort((a, b) => a.name.localeCompare(b.name));
    // The BOM makes Excel read the file as UTF-8, so accented names survive.
    return download(c, CSV_BOM + gradesCsv(quiz, rows, new Set(regradeOf(assignment).dropped)), `${fileSlug(assignment.title)}-grades.csv`, CSV_CONTENT_TYPE);
  })
  // The quiz exports and the printed quiz leave out the questions the teacher dropped.
  .get('/:id/quiz.gift', loadTeacher, (c) => {
    const quiz = gradedQuiz(c.var.teacher);
    return download(c, quizToGift(quiz), `${fileSlug(quiz.title)}.gift.txt`, 'text/plain; charset=utf-8');
  })
  .get('/:id/quiz-qti21.zip', loadTeacher, (c) => {
    const quiz = gradedQuiz(c.var.teacher);
    const files = Object.fromEntries(quizToQti(quiz).map((file) => [file.path, strToU8(file.content)]));
    return download(c, zipSync(files) as Uint8Array<ArrayBuffer>, `${fileSlug(quiz.title)}-qti21.zip`, 'application/zip');
  })
  .get('/:id/print', loadTeacher, (c) => {
    const { assignment } = c.var.teacher;
    const quiz = gradedQuiz(c.var.teacher);
    return renderPage(c, {
      title: `Print: ${quiz.title}`,
      description: 'The quiz on paper, with its answer key.',
      body: <PrintQuizPage quiz={quiz} assignmentTitle={assignment.title} />,
    });
  });
