// A teacher creating an assignment and a student joining it, as they do it: through the forms.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** A draft's review page. */
export const DRAFT_URL = /\/teach\/draft\/[A-Za-z0-9_-]{22}$/;

export interface CreatedAssignment {
  /** The dashboard's clean URL (the secret rides in its cookie). */
  dashboard: string;
  code: string;
}

/** Fills /teach, creates the assignment from its draft unchanged; the page is left on the new dashboard. */
export async function createAssignment(
  page: Page,
  origin: string,
  { quizId = 'topic-safe-zones', title = 'Period 3 check', due, attempts }: { quizId?: string; title?: string; due?: string; attempts?: 'One' | 'Unlimited' } = {},
): Promise<CreatedAssignment> {
  await page.goto(origin + '/teach');
  await page.getByLabel('Quiz').selectOption(quizId);
  await page.getByLabel('Assignment title (optional)').fill(title);
  if (due) await page.getByLabel('Due (optional, your local time)').fill(due);
  if (attempts) await page.getByRole('radio', { name: attempts }).check();
  await page.getByRole('button', { name: 'Review the questions' }).click();
  await page.waitForURL(DRAFT_URL);
  await page.getByRole('button', { name: 'Create assignment' }).click();
  await page.waitForURL(/\/teach\/[a-z0-9]{10}\?created=1$/);
  const code = (await page.locator('.class-code').textContent())!.replace(/\s/g, '');
  assert.match(code, /^[A-Z2-9]{6}$/);
  return { dashboard: page.url().replace(/\?created=1$/, ''), code };
}

/** Joins by class code under `name` and waits for the quiz island. */
export async function joinAs(page: Page, origin: string, code: string, name: string): Promise<void> {
  await page.goto(origin + '/join');
  await page.getByLabel('Class code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Join' }).tap();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start the quiz' }).tap();
  await page.locator('.quiz-runner').waitFor();
}
