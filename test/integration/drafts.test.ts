import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/drafts/draft.ts';
import type { DraftItemView } from '../../core/drafts/view.ts';
import type { Quiz } from '../../core/quiz/schema.ts';
import { launchQuizzesById } from '../../worker/content/site.ts';
import { keys } from '../../worker/storage/keys.ts';
import { createFromDraft, startDraft } from '../support/classroom.ts';
import { BASE, get, postForm } from '../support/fetch.ts';
import { fixtureQuiz } from '../support/fixture-quiz.ts';
import { allKeys, storeFixtureQuiz } from '../support/kv.ts';
import { BRIDGE_ARTICLE } from '../support/bridge-article.ts';

/** The first launch quiz with an item of each type: the launch content changes, the rules tested here do not. */
/**
 * Drafts start from the fixture quiz, offered as a launch quiz: it has every item type, so the editor's
 * rules are tested whatever the launch content's overrides leave in each quiz.
 */
const QUIZ = fixtureQuiz.id;
beforeAll(() => storeFixtureQuiz());

const draftIdOf = (path: string) => path.split('/').pop()!;
const readDraft = async (path: string) => (await env.KV.get<Draft>(keys.draft(draftIdOf(path)), 'json'))!;

/** Every key and value in KV, to show that a refused change wrote nothing. */
async function snapshot() {
  const names = await allKeys();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await env.KV.get(name)] as const)));
}

/** One question as the editor island sends it (the key and options only for a one-answer question). */
interface Edit {
  id: string;
  stem: string;
  options?: string[];
  key?: number | null;
}
type Edits = Edit[];

/** The draft's questions as the editor island sends them, unchanged. */
function edits(draft: Draft): Edits {
  return draft.quiz.items.map((item) => (typeof item.key === 'number' ? { id: item.id, stem: item.stem, options: [...item.options], key: item.key } : { id: item.id, stem: item.stem }));
}

const save = (path: string, items: unknown) => get(`${path}/items`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items }) });

/** The index of the first item of `type` in the draft. */
const indexOf = (draft: Draft, type: string) => {
  const at = draft.quiz.items.findIndex((item) => item.type === type);
  if (at < 0) throw new Error(`the draft of ${draft.quiz.id} has no ${type} question to edit`);
  return at;
};

describe('a draft before the class (integration)', () => {
  it('starts from a launch quiz without assigning anything, on a private page that shows each question with its key, evidence and paragraph', async () => {
    const path = await startDraft({ quizId: QUIZ });
    expect(await allKeys('assignment:')).toEqual([]);
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    const html = await res.text();
    const draft = await readDraft(path);
    // It starts from the quiz as the site publishes it (the build applies content/quizzes' editorial overrides).
    expect(draft.quiz).toEqual(launchQuizzesById.get(QUIZ));
    const mc = draft.quiz.items[indexOf(draft, 'multiple-choice')]!;
    expect(html).toContain('Draft: not assigned yet');
    expect(html).toContain(`Evidence, paragraph ${mc.evidence[0]!.paragraph}`);
    expect(html).toContain('Right answer');
    expect(html).toContain('data-island="DraftEditor"');
    // Kept a week, by KV's own expiry too.
    const [listed] = (await env.KV.list({ prefix: 'draft:' })).keys;
    expect(listed!.expiration! * 1000 - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(draft.expiresAt - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    // The first request of the file loads the Worker: slow on a busy machine.
  }, 30_000);

  // Each row: what is refused, the item type it edits (its draft starts from a launch quiz that has one), the change, the message.
  const refusals: [string, string, (draft: Draft, items: Edits) => unknown, RegExp][] = [
    ['an item id that is not in the draft', 'multiple-choice', (_, items) => [...items, { id: 'mc-notinthedraft', stem: 'Who?', options: ['A', 'B'], key: 0 }], /no question “mc-notinthedraft” in this draft/],
    ['the same item twice', 'multiple-choice', (_, items) => [...items, items[0]], /listed twice/],
    ['an empty stem', 'multiple-choice', (_, items) => items.map((item, i) => (i === 0 ? { ...item, stem: '   ' } : item)), /Question 1 has no text/],
    ['an empty option', 'multiple-choice', (draft, items) => items.map((item, i) => (i === indexOf(draft, 'multiple-choice') ? { ...item, options: ['', ...item.options!.slice(1)] } : item)), /option 1 is empty/],
    ['no key', 'cloze', (draft, items) => items.map((item, i) => (i === indexOf(draft, 'cloze') ? { ...item, key: null } : item)), /has no right answer marked/],
    ['a key outside the options', 'multiple-choice', (draft, items) => items.map((item, i) => (i === indexOf(draft, 'multiple-choice') ? { ...item, key: 7 } : item)), /must be one of its options/],
    ['duplicate options', 'multiple-choice', (draft, items) => items.map((item, i) => (i === indexOf(draft, 'multiple-choice') ? { ...item, options: item.options!.map((o, j) => (j === 1 ? item.options![0]! : o)) } : item)), /two options are the same/],
    ['true/false options that are not True and False', 'true-false', (draft, items) => items.map((item, i) => (i === indexOf(draft, 'true-false') ? { ...item, options: ['Yes', 'No'] } : item)), /options are True and False/],
    ['a gap question without its gap', 'cloze', (draft, items) => items.map((item, i) => (i === indexOf(draft, 'cloze') ? { ...item, stem: 'A question with no gap at all?' } : item)), /exactly one gap/],
    ['an option added', 'multiple-choice', (draft, items) => items.map((item, i) => (i === indexOf(draft, 'multiple-choice') ? { ...item, options: [...item.options!, 'Another'] } : item)), /not added or removed/],
    ['no question left', 'multiple-choice', () => [], /at least one question/],
    ['a stem too long to read', 'multiple-choice', (_, items) => items.map((item, i) => (i === 0 ? { ...item, stem: 'Why '.repeat(200) } : item)), /Question 1: its text is longer than 500 characters/],
    ['a body that is not a save', 'multiple-choice', () => 'not a list', /could not be read/],
  ];
  it.each(refusals)('refuses %s with a 4xx in plain words, and writes nothing', async (_, type, change, message) => {
    const path = await startDraft({ quizId: QUIZ });
    const draft = await readDraft(path);
    const before = await snapshot();
    const res = await save(path, change(draft, edits(draft)));
    expect([400, 422]).toContain(res.status);
    expect(((await res.json()) as { message: string }).message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a save to an unknown or expired draft with a clear 404, as a page and as JSON', async () => {
    const unknown = await get('/teach/draft/AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This draft does not exist, or it has expired: drafts are kept for 7 days');
    expect((await get('/teach/draft/not-a-draft-id')).status).toBe(404);

    const path = await startDraft({ quizId: QUIZ });
    const draft = await readDraft(path);
    // Past its time (KV's own expiry is lazy): gone for every reader.
    await env.KV.put(keys.draft(draft.id), JSON.stringify({ ...draft, expiresAt: Date.now() - 1000 }));
    const before = await snapshot();
    expect((await get(path)).status).toBe(404);
    const res = await save(path, edits(draft));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'draft_not_found', message: expect.stringContaining('expired') });
    expect((await postForm(`${path}/create`, { attempts: 'one', reveal: 'after-submit' })).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('saves a valid edit (stem, key, order, a drop) and gives it back, with the linter’s warnings shown but not blocking', async () => {
    const path = await startDraft({ quizId: QUIZ });
    const draft = await readDraft(path);
    const items = edits(draft);
    const mc = indexOf(draft, 'multiple-choice');
    const original = draft.quiz.items[mc]!;
    const wrong = ((original.key as number) + 1) % original.options.length;
    items[mc] = { ...items[mc]!, stem: 'Which minister spoke to the newspaper?', key: wrong };
    const dropped = items.pop()!;
    const [first] = items.splice(0, 1);
    items.push(first!);
    const res = await save(path, items);
    expect(res.status).toBe(200);
    const views = ((await res.json()) as { items: DraftItemView[] }).items;
    expect(views.map((view) => view.id)).toEqual(items.map((item) => item.id));
    const edited = views.find((view) => view.id === original.id)!;
    expect(edited).toMatchObject({ stem: 'Which minister spoke to the newspaper?', key: wrong, edited: true, evidence: original.evidence.map((e) => expect.objectContaining(e)) });
    expect(edited.warnings).toContain('The right answer is no longer what the evidence sentence says.');

    const stored = await readDraft(path);
    expect(stored.quiz.items.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect(stored.edited).toEqual([original.id]);
    expect(stored.dropped).toEqual([dropped.id]);
    const page = await (await get(path)).text();
    expect(page).toContain('Which minister spoke to the newspaper?');
    expect(page).toContain('The right answer is no longer what the evidence sentence says.');
  });

  it('adds the teacher’s own questions (evidence optional, checked against the paragraph), marked as theirs', async () => {
    const path = await startDraft({ quizId: QUIZ });
    const draft = await readDraft(path);
    const paragraph = draft.source.paragraphs.findIndex((p) => p.includes('. ')) + 1;
    const sentence = draft.source.paragraphs[paragraph - 1]!.split('. ')[0]! + '.';
    const before = await snapshot();
    const refused = await postForm(`${path}/questions`, { type: 'multiple-choice', stem: 'What did the minister want?', option: 'Peace', key: '0' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Your question needs at least two options.');
    const wrongEvidence = await postForm(`${path}/questions`, { type: 'true-false', stem: 'The minister spoke.', truth: 'true', paragraph: String(paragraph), sentence: 'A sentence nobody wrote.' });
    expect(wrongEvidence.status).toBe(422);
    expect(await wrongEvidence.text()).toContain(`Paragraph ${paragraph} does not contain that sentence`);
    expect(await snapshot()).toEqual(before);

    const body = new URLSearchParams([['type', 'multiple-choice'], ['stem', 'What did the minister call for?'], ['option', 'A coalition'], ['option', ''], ['option', 'A boycott'], ['option', 'An election'], ['key', '2'], ['paragraph', String(paragraph)], ['sentence', sentence]]);
    const added = await get(`${path}/questions`, { method: 'POST', body, redirect: 'manual', headers: { origin: BASE } });
    expect(added.status).toBe(303);
    expect((await postForm(`${path}/questions`, { type: 'true-false', stem: 'The minister spoke to a newspaper.', truth: 'false' })).status).toBe(303);
    const [mine, statement] = (await readDraft(path)).quiz.items.slice(-2);
    expect(mine).toMatchObject({ id: expect.stringMatching(/^own-/), author: 'teacher', options: ['A coalition', 'A boycott', 'An election'], key: 1, evidence: [{ paragraph, sentence }] });
    expect(statement).toMatchObject({ type: 'true-false', options: ['True', 'False'], key: 1, evidence: [], author: 'teacher' });
    expect(await (await get(path)).text()).toContain('Your question');
  });

  it('regenerates with another seed, keeping edited and own questions and leaving dropped ones out', async () => {
    const path = await startDraft({ quizId: QUIZ });
    const draft = await readDraft(path);
    const items = edits(draft);
    items[0] = { ...items[0]!, stem: `${items[0]!.stem.replace(/[.?]$/, '')}, as the article says?` };
    const dropped = items.splice(1, 1)[0]!;
    expect((await save(path, items)).status).toBe(200);
    expect((await postForm(`${path}/questions`, { type: 'true-false', stem: 'The minister spoke to a newspaper.', truth: 'true' })).status).toBe(303);
    expect((await postForm(`${path}/regenerate`, {})).status).toBe(303);
    const after = await readDraft(path);
    expect(after.quiz.seed).toBe(draft.quiz.seed + 1);
    expect(after.quiz.items[0]).toMatchObject({ id: items[0]!.id, stem: items[0]!.stem });
    expect(after.quiz.items[1]).toMatchObject({ author: 'teacher' });
    expect(after.quiz.items.map((item) => item.id)).not.toContain(dropped.id);
    expect(after.quiz.items.length).toBeGreaterThan(2);
  });

  it('works without JavaScript: one question’s form saves its stem, moves or drops it; a refused post keeps what was typed and writes nothing', async () => {
    const path = await startDraft({ quizId: QUIZ });
    const draft = await readDraft(path);
    const [first, second] = draft.quiz.items;
    const form = (item: typeof first, fields: Record<string, string>) => {
      const body = new URLSearchParams({ stem: item!.stem, ...(typeof item!.key === 'number' && { key: String(item!.key) }), ...fields });
      if (!fields.option) for (const option of item!.options) body.append('option', option);
      return get(`${path}/items/${item!.id}`, { method: 'POST', body, redirect: 'manual', headers: { origin: BASE } });
    };
    const before = await snapshot();
    const refused = await form(first, { action: 'save', stem: '' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Question 1 has no text.');
    expect(await snapshot()).toEqual(before);
    const typedStem = first!.stem.replace(/[.?]$/, ', as a teacher typed & saved it.');
    expect((await form(first, { action: 'save', stem: typedStem })).status).toBe(303);
    expect((await readDraft(path)).quiz.items[0]!.stem).toBe(typedStem);
    const typed = await form(first, { action: 'save', stem: 'Kept after the refusal?', option: '' });
    expect(typed.status).toBe(422);
    expect(await typed.text()).toContain('Kept after the refusal?');
    expect((await get(`${path}/items/mc-notinthedraft`, { method: 'POST', body: new URLSearchParams({ action: 'drop' }), redirect: 'manual', headers: { origin: BASE } })).status).toBe(404);
    expect((await form(second, { action: 'up' })).status).toBe(303);
    expect((await form(first, { action: 'drop' })).status).toBe(303);
    const after = await readDraft(path);
    expect(after.quiz.items[0]!.id).toBe(second!.id);
    expect(after.quiz.items.map((item) => item.id)).not.toContain(first!.id);
    expect(after.dropped).toEqual([first!.id]);
  });

  it('creates the class from the draft: it snapshots the edited quiz, which later draft edits do not change', async () => {
    const path = await startDraft({ article: BRIDGE_ARTICLE, title: 'Period 5', attempts: 'unlimited', reveal: 'after-close' });
    const draft = await readDraft(path);
    expect(draft.settings).toMatchObject({ title: 'Period 5', attempts: 'unlimited', reveal: 'after-close' });
    const items = edits(draft);
    items[0] = { ...items[0]!, stem: 'Edited by the teacher: ' + items[0]!.stem.charAt(0).toLowerCase() + items[0]!.stem.slice(1) };
    const dropped = items.pop()!;
    const saved = await save(path, items);
    expect(saved.status).toBe(200);
    expect((await postForm(`${path}/questions`, { type: 'true-false', stem: 'The bridge reopened in November 2021.', truth: 'true' })).status).toBe(303);

    const created = await createFromDraft(path, { title: 'Period 5', attempts: 'unlimited', reveal: 'after-close' });
    const assignment = await env.KV.get<{ quizId: string; attemptsAllowed: string; reveal: string; title: string }>(keys.assignment(created.id), 'json');
    expect(assignment).toMatchObject({ title: 'Period 5', attemptsAllowed: 'unlimited', reveal: 'after-close' });
    const snapshotQuiz = (await env.KV.get<Quiz>(keys.quiz(assignment!.quizId), 'json'))!;
    expect(snapshotQuiz.items[0]!.stem).toBe(items[0]!.stem);
    expect(snapshotQuiz.items.map((item) => item.id)).not.toContain(dropped.id);
    expect(snapshotQuiz.items.at(-1)).toMatchObject({ author: 'teacher', stem: 'The bridge reopened in November 2021.' });
    expect(snapshotQuiz.id).not.toBe(draft.quiz.id);

    // The draft stays (for another class) but the class keeps its own copy.
    expect((await save(path, [{ ...items[0]!, stem: items[0]!.stem.replace('Edited by the teacher', 'Edited again') }, ...items.slice(1)])).status).toBe(200);
    expect(await env.KV.get<Quiz>(keys.quiz(assignment!.quizId), 'json')).toEqual(snapshotQuiz);
  });

  it('opens a draft with no questions when the generator finds none it can stand behind, and creates the class only once the teacher adds one', async () => {
    // Plain prose with no name, date, figure, quotation or stated reason to ask about: the generator refuses every question.
    const article = [
      'Garden club plans a quiet spring',
      'Members of the garden club met in the village hall on a wet evening to talk about the coming season. Most agreed that the borders by the church needed new plants, and several offered cuttings from their own gardens.',
      'The group also discussed watering during dry spells, since the summer before had left many beds bare. Volunteers will meet on weekend mornings to weed and mulch, and anyone who wants to help is welcome to join them.',
    ].join('\n\n');
    const path = await startDraft({ article });
    expect((await readDraft(path)).quiz.items).toEqual([]);
    const page = await (await get(path)).text();
    expect(page).toContain('We found no question we could stand behind in this text.');
    expect(page).not.toContain('Make new questions from the same text');
    expect(page).toMatch(/<details class="paste own-question" open/);

    const before = await snapshot();
    const refused = await postForm(`${path}/create`, { title: 'Period 4', attempts: 'one', reveal: 'after-submit' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('The quiz has no questions yet: add at least one of your own before creating the assignment.');
    expect(await snapshot()).toEqual(before);

    expect((await postForm(`${path}/questions`, { type: 'true-false', stem: 'The club wants new plants for the borders by the church.', truth: 'true' })).status).toBe(303);
    // The page keeps saying why there is no button for new questions: the generator would find none again.
    const filled = await (await get(path)).text();
    expect(filled).toContain('Your question');
    expect(filled).not.toContain('Make new questions from the same text');
    const created = await createFromDraft(path, { title: 'Period 4' });
    const assignment = await env.KV.get<{ quizId: string }>(keys.assignment(created.id), 'json');
    const quiz = (await env.KV.get<Quiz>(keys.quiz(assignment!.quizId), 'json'))!;
    expect(quiz.items).toEqual([expect.objectContaining({ author: 'teacher', type: 'true-false', key: 0 })]);
  });

  it('refuses to create a class from a draft with a bad setting, keeping the draft as it was', async () => {
    const path = await startDraft({ quizId: QUIZ });
    const before = await snapshot();
    const res = await postForm(`${path}/create`, { title: 'Period 2', due: '2001-01-01T09:00', attempts: 'one', reveal: 'after-submit' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('The due time is in the past.');
    expect(html).toContain('value="Period 2"');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a draft’s form post from another site (CSRF), as every form', async () => {
    const path = await startDraft({ quizId: QUIZ });
    const before = await snapshot();
    const res = await postForm(`${path}/create`, { attempts: 'one', reveal: 'after-submit' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});
