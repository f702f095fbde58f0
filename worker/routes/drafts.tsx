// A quiz draft's review page (/teach/draft/:id) and its changes: the editor island's saves (a
// JSON PUT of every kept question), and the plain form posts that do the same without
// JavaScript (save, move or drop one question), add the teacher's own question, regenerate,
// and create the assignment. Each parses its input, calls one use case and maps its result: a
// refused change is a 4xx in plain words with nothing written.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { DraftSaveSchema, unknownItemProblem, type ItemEdit } from '../../core/drafts/edit.ts';
import type { Draft } from '../../core/drafts/draft.ts';
import { draftItemViews, generatorFoundNone, type DraftItemView } from '../../core/drafts/view.ts';
import { GenerationError } from '../../core/generator/index.ts';
import { ItemIdSchema } from '../../core/schemas.ts';
import type { SettingsValues } from '../../web/components/AssignmentSettingsFields.tsx';
import { DraftPage, type OwnQuestionValues } from '../../web/pages/DraftPage.tsx';
import { addOwnQuestion, DRAFT_DAYS, regenerateDraft, saveDraft, type DraftChange } from '../drafts/drafts.ts';
import { publishDraft } from '../drafts/publish.ts';
import type { AppEnv } from '../env.ts';
import { dueInstant, fieldProblem, SETTINGS_FIELDS, SETTINGS_PROBLEMS, typedSettings } from '../http/assignment-settings.ts';
import { renderPage } from '../http/render.tsx';
import { validate } from '../http/validation.ts';
import { draftHome, loadDraft } from '../middleware/load-draft.ts';
import { dashboardHome, rememberSecret } from '../middleware/load-teacher.tsx';

const MAX_BODY_BYTES = 256 * 1024;

/** A form field that may come once, many times, or not at all (parseBody({ all: true })). */
const FieldList = (max: number) =>
  v.pipe(
    v.optional(v.union([v.string(), v.array(v.string())]), []),
    v.transform((value) => (Array.isArray(value) ? value : [value])),
    v.maxLength(max),
  );
const IndexField = v.pipe(v.string(), v.regex(/^\d{1,2}$/), v.transform(Number));

/** One question's form, without JavaScript: its stem and options as typed, and what to do. */
const ItemForm = v.object({
  action: v.picklist(['save', 'up', 'down', 'drop']),
  stem: v.optional(v.string(), ''),
  option: FieldList(8),
  key: v.optional(IndexField),
});

/** The teacher's own question, as the form sends it. */
const OwnQuestionForm = v.object({
  type: v.picklist(['multiple-choice', 'true-false']),
  stem: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
  option: FieldList(8),
  key: v.optional(IndexField),
  truth: v.optional(v.picklist(['true', 'false'])),
  paragraph: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number))]), ''),
  sentence: v.optional(v.pipe(v.string(), v.maxLength(4000)), ''),
});

const SettingsForm = v.object(SETTINGS_FIELDS);

interface PageExtras {
  error?: string;
  items?: DraftItemView[];
  settings?: SettingsValues;
  own?: OwnQuestionValues;
}

function draftPage(c: Context, draft: Draft, status: 200 | 400 | 404 | 422, extras: PageExtras = {}) {
  return renderPage(c, {
    title: `Draft: ${draft.quiz.title}`,
    description: 'Review and edit the questions before a class sees them.',
    status,
    body: (
      <DraftPage
        draftId={draft.id}
        title={draft.quiz.title}
        paragraphs={draft.source.paragraphs.length}
        items={extras.items ?? draftItemViews(draft)}
        noneGenerated={generatorFoundNone(draft)}
        settings={extras.settings ?? draft.settings}
        days={DRAFT_DAYS}
        error={extras.error}
        own={extras.own}
      />
    ),
  });
}

/** Which question and what is wrong, from the save schema's first issue. */
function saveProblem(issues: v.BaseIssue<unknown>[]): string {
  const path = issues[0]?.path ?? [];
  const position = typeof path[1]?.key === 'number' ? path[1].key + 1 : null;
  const field = path[2]?.key;
  if (position === null) return 'The save could not be read: send { items: [{ id, stem, options, key }] }, at most 40 questions.';
  const what = field === 'stem' ? 'its text' : field === 'options' ? 'an option' : field === 'key' ? 'its right answer' : field === 'id' ? 'its id' : 'a field';
  return `Question ${position}: ${what} ${issues[0]?.message.startsWith('is ') ? issues[0].message : 'could not be read'}.`;
}

/** The draft's questions as edits, unchanged: what a one-question form post changes one of. */
const currentEdits = (draft: Draft): ItemEdit[] =>
  draft.quiz.items.map((item) => (typeof item.key === 'number' ? { id: item.id, stem: item.stem, options: item.options, key: item.key } : { id: item.id, stem: item.stem }));

/** The raw typed values of one question put back into the page's views, so a refused post loses nothing. */
function withTyped(draft: Draft, itemId: string, typed: { stem: string; options: string[]; key?: number }): DraftItemView[] {
  return draftItemViews(draft).map((item) =>
    item.id !== itemId ? item : { ...item, stem: typed.stem, options: typeof item.key === 'number' && typed.options.length ? typed.options : item.options, key: typeof item.key === 'number' ? (typed.key ?? -1) : item.key },
  );
}

/** The change's answer for a form post: back to the draft, or the page again with the refusal. */
function formAnswer(c: Context, result: DraftChange, draft: Draft, anchor: string, extras: PageExtras) {
  if (result.kind === 'saved') return c.redirect(`${draftHome(draft.id)}${anchor}`, 303);
  return draftPage(c, draft, 422, { ...extras, error: result.problem });
}

export const draftRoutes = new Hono<AppEnv>()
  .get('/:id', loadDraft, (c) => draftPage(c, c.var.draft, 200))
  // The editor island's save: every kept question, in order.
  .put(
    '/:id/items',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'too_large', message: 'This save is too large to read.' }, 413) }),
    loadDraft,
    validate('json', DraftSaveSchema, (c, issues) => c.json({ error: 'invalid', message: saveProblem(issues) }, 400)),
    async (c) => {
      const result = await saveDraft(c.var.kv, c.var.draft, c.req.valid('json').items);
      if (result.kind === 'refused') return c.json({ error: 'refused', message: result.problem }, 422);
      return c.json({ items: draftItemViews(result.draft) });
    },
  )
  // Without JavaScript: one question's form (save its text, move it, drop it).
  .post('/:id/items/:itemId', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text('This form is too large to read.', 413) }), loadDraft, async (c) => {
    const draft = c.var.draft;
    const form = v.safeParse(ItemForm, await c.req.parseBody({ all: true }).catch(() => null));
    if (!form.success) return draftPage(c, draft, 400, { error: 'That question’s form could not be read. Reload the page and try again.' });
    const itemId = c.req.param('itemId');
    const edits = currentEdits(draft);
    const at = edits.findIndex((edit) => edit.id === itemId);
    if (!v.is(ItemIdSchema, itemId) || at < 0) return draftPage(c, draft, 404, { error: unknownItemProblem(itemId) });
    const { action, stem, option: options, key } = form.output;
    const typed = { stem, options, key };
    let next = edits;
    if (action === 'drop') next = edits.filter((edit) => edit.id !== itemId);
    else {
      const mine = edits[at] as ItemEdit;
      next[at] = typeof mine.key === 'number' ? { ...mine, stem, options: options.length ? options : mine.options, key: key ?? null } : { ...mine, stem };
      const to = action === 'up' ? at - 1 : action === 'down' ? at + 1 : at;
      if (to >= 0 && to < next.length) [next[at], next[to]] = [next[to] as ItemEdit, next[at] as ItemEdit];
    }
    const save = v.safeParse(DraftSaveSchema, { items: next });
    if (!save.success) return draftPage(c, draft, 400, { error: saveProblem(save.issues), items: withTyped(draft, itemId, typed) });
    const result = await saveDraft(c.var.kv, draft, save.output.items);
    return formAnswer(c, result, draft, action === 'drop' ? '' : `#item-${itemId}`, { items: withTyped(draft, itemId, typed) });
  })
  .post('/:id/questions', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text('This form is too large to read.', 413) }), loadDraft, async (c) => {
    const draft = c.var.draft;
    const body = await c.req.parseBody({ all: true }).catch(() => ({}) as Record<string, unknown>);
    const form = v.safeParse(OwnQuestionForm, body);
    if (!form.success) return draftPage(c, draft, 400, { error: 'Your question could not be read: choose its kind, and write it again.' });
    const { type, stem, option, key, truth, paragraph, sentence } = form.output;
    const own: OwnQuestionValues = { type, stem, options: option, key: key === undefined ? undefined : String(key), truth, paragraph: String(paragraph), sentence };
    const result = await addOwnQuestion(c.var.kv, draft, {
      type,
      stem,
      options: option,
      key: type === 'true-false' ? (truth === undefined ? null : truth === 'true' ? 0 : 1) : (key ?? null),
      evidence: { paragraph: paragraph === '' ? null : paragraph, sentence },
    });
    const added = result.kind === 'saved' ? result.draft.quiz.items.at(-1)?.id : undefined;
    return formAnswer(c, result, draft, added ? `#item-${added}` : '', { own });
  })
  .post('/:id/regenerate', loadDraft, async (c) => {
    const draft = c.var.draft;
    try {
      return formAnswer(c, await regenerateDraft(c.var.kv, draft), draft, '', {});
    } catch (error) {
      if (error instanceof GenerationError) return draftPage(c, draft, 422, { error: `We could not make new questions from this text: ${error.message}` });
      throw error;
    }
  })
  .post(
    '/:id/create',
    loadDraft,
    validate<'form', typeof SettingsForm, AppEnv & { Variables: { draft: Draft } }>('form', SettingsForm, async (c, issues) => {
      const body = await c.req.parseBody();
      const text = (name: string) => (typeof body[name] === 'string' ? body[name] : undefined);
      const settings: SettingsValues = { title: text('title'), due: text('due') };
      return draftPage(c, c.var.draft, 400, { error: fieldProblem(issues, SETTINGS_PROBLEMS), settings });
    }),
    async (c) => {
      const settings = typedSettings(c.req.valid('form'));
      const due = dueInstant(settings);
      if ('problem' in due) return draftPage(c, c.var.draft, 400, { error: due.problem, settings });
      const published = await publishDraft(c.var.kv, c.var.draft, {
        title: settings.title,
        dueAt: due.dueAt,
        attemptsAllowed: settings.attempts,
        reveal: settings.reveal,
        tzOffset: settings.tzOffset,
      });
      if (published.kind === 'refused') return draftPage(c, c.var.draft, 422, { error: published.problem, settings });
      // Created by this browser: it gets the dashboard's secret in its cookie now, and the clean URL.
      rememberSecret(c, published.assignment.id, published.secret);
      return c.redirect(`${dashboardHome(published.assignment.id)}?created=1`, 303);
    },
  );
