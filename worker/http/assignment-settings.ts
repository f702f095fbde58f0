// The assignment settings form (title, due time, the browser's time zone, attempts, when answers
// are shown), as /teach and a draft's "Create assignment" both post it: its fields, the teacher's
// words for each field's problem, and the due time read as an instant.
import * as v from 'valibot';
import type { DraftSettings } from '../../core/drafts/draft.ts';

/** The settings' form fields, for a route's form schema. */
export const SETTINGS_FIELDS = {
  title: v.optional(v.pipe(v.string(), v.transform((title) => title.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim()), v.maxLength(120)), ''),
  due: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/))]), ''),
  // Sent by the TimezoneField island; without JavaScript it is missing, and the teacher's zone unknown.
  tzOffset: v.optional(v.pipe(v.string(), v.regex(/^-?\d{1,4}$/), v.transform(Number), v.minValue(-840), v.maxValue(840))),
  attempts: v.picklist(['one', 'unlimited']),
  reveal: v.picklist(['after-submit', 'after-close']),
};
type SettingsField = keyof typeof SETTINGS_FIELDS;

/** What to tell the teacher about each settings field the form could not take: plain words, no validator internals. */
export const SETTINGS_PROBLEMS: Record<SettingsField, string> = {
  title: 'The title is too long: 120 characters at most.',
  due: 'The due time could not be read. Pick a date and a time, or leave it empty.',
  tzOffset: 'Your browser sent a time zone we could not read. Reload the page and try again.',
  attempts: 'Choose one attempt per student, or unlimited attempts.',
  reveal: 'Choose when students see the right answers.',
};

/** The first field problem among valibot's issues, in the teacher's words (`problems` names every field of the form). */
export function fieldProblem(issues: v.BaseIssue<unknown>[], problems: Record<string, string>): string {
  const field = issues[0]?.path?.[0]?.key;
  return typeof field === 'string' && field in problems ? (problems[field] as string) : 'A field of the form could not be read. Check it and try again.';
}

/** The settings as typed, for a form that comes back or a draft that keeps them. */
export const typedSettings = (form: { title: string; due: string; tzOffset?: number; attempts: DraftSettings['attempts']; reveal: DraftSettings['reveal'] }): DraftSettings => ({
  title: form.title,
  due: form.due,
  tzOffset: form.tzOffset ?? null,
  attempts: form.attempts,
  reveal: form.reveal,
});

/** The due time as epoch ms (null for none), or why it cannot be used. */
export function dueInstant(settings: DraftSettings, now = Date.now()): { dueAt: number | null } | { problem: string } {
  if (!settings.due) return { dueAt: null };
  // datetime-local is the teacher's wall clock; getTimezoneOffset() is minutes behind UTC.
  const dueAt = Date.parse(`${settings.due}Z`) + (settings.tzOffset ?? 0) * 60_000;
  if (!Number.isFinite(dueAt)) return { problem: 'The due time is not a real date. Pick it again.' };
  if (dueAt < now) return { problem: 'The due time is in the past. Pick a later one.' };
  return { dueAt };
}
