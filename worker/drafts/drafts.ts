// Use cases of a quiz draft: start one (from a launch quiz or a pasted article), save the
// teacher's edits, add their own question, regenerate with another seed. Every change is
// checked by core/drafts/edit.ts and written whole, or refused with nothing written; each
// write keeps the draft a week from then.
import { addTeacherItem, applySave, mergeRegenerated, type EditResult, type ItemEdit, type TeacherItemInput } from '../../core/drafts/edit.ts';
import type { Draft, DraftSettings } from '../../core/drafts/draft.ts';
import { generateQuiz, parsePastedText } from '../../core/generator/index.ts';
import { newDraftId, newPasteQuizId, newTeacherItemId } from '../../core/ids.ts';
import type { Quiz, SourceText } from '../../core/quiz/schema.ts';
import { readDraft, writeDraft } from '../storage/drafts.ts';

/** How long a draft is kept after its last change. */
export const DRAFT_DAYS = 7;
const DRAFT_TTL_MS = DRAFT_DAYS * 24 * 60 * 60 * 1000;
/** As many questions as the generator makes by default. */
const REGENERATED_ITEMS = 15;

/** What a change to a draft came to. */
export type DraftChange = { kind: 'saved'; draft: Draft } | { kind: 'refused'; problem: string };

/** Where a draft starts: a launch quiz with its source text, or a pasted article. */
export type DraftStart = { quiz: Quiz; source: SourceText } | { article: string };

/**
 * Writes a new draft. A paste the generator finds no sound question in still makes one, with no
 * questions, for the teacher to write their own beside the text; a paste that is no article
 * (empty, too short or long, not English) throws GenerationError.
 */
export async function startDraft(kv: KVNamespace, start: DraftStart, settings: DraftSettings, now = Date.now()): Promise<Draft> {
  let quiz: Quiz;
  let source: SourceText;
  if ('article' in start) {
    source = parsePastedText(start.article);
    quiz = generateQuiz(source, { id: newPasteQuizId(), source: { kind: 'paste', title: source.title }, allowNoItems: true });
  } else {
    ({ quiz, source } = start);
  }
  const draft: Draft = { v: 1, id: newDraftId(), expiresAt: now + DRAFT_TTL_MS, source, quiz, edited: [], dropped: [], settings };
  await writeDraft(kv, draft);
  return draft;
}

/** Applies `apply` to the draft and writes the result only when it is allowed. */
async function change(kv: KVNamespace, draft: Draft, apply: (draft: Draft) => EditResult<Draft>, now: number): Promise<DraftChange> {
  const next = apply(draft);
  if (!next.ok) return { kind: 'refused', problem: next.problem };
  const saved = { ...next.value, expiresAt: now + DRAFT_TTL_MS };
  await writeDraft(kv, saved);
  return { kind: 'saved', draft: saved };
}

/** Saves the questions kept, in order, as edited. */
export const saveDraft = (kv: KVNamespace, draft: Draft, edits: ItemEdit[], now = Date.now()) => change(kv, draft, (d) => applySave(d, edits), now);

/** Adds a question the teacher wrote. */
export const addOwnQuestion = (kv: KVNamespace, draft: Draft, input: TeacherItemInput, now = Date.now()) => change(kv, draft, (d) => addTeacherItem(d, input, newTeacherItemId()), now);

/** New questions from the same text with the next seed, keeping the edited and the teacher's own; throws GenerationError when the text yields none. */
export function regenerateDraft(kv: KVNamespace, draft: Draft, now = Date.now()) {
  const fresh = generateQuiz(draft.source, { id: draft.quiz.id, source: draft.quiz.source, seed: draft.quiz.seed + 1 });
  return change(kv, draft, (d) => ({ ok: true, value: mergeRegenerated(d, fresh, REGENERATED_ITEMS) }), now);
}

/** The draft, or null when it is unknown or expired. */
export const findDraft = (kv: KVNamespace, id: string, now = Date.now()) => readDraft(kv, id, now);
