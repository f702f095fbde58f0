// Driving the quiz island as a student does: by tapping.
import type { Page } from 'playwright-core';

/** Answers the question on screen: taps the first choice, taps every event in turn, or picks an option per row. */
export async function answerCurrentQuestion(page: Page): Promise<void> {
  const question = page.locator('.quiz-runner .question');
  if ((await question.locator('.ordering').count()) > 0) {
    const events = question.locator('.ordering .choices button');
    while ((await events.count()) > 0) await events.first().tap();
  } else if ((await question.locator('.matching select').count()) > 0) {
    const selects = question.locator('.matching select');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 + (i % ((await selects.nth(i).locator('option').count()) - 1)) });
  } else {
    await question.locator('.choices .choice').first().tap();
  }
}

/**
 * Answers every question; with practice feedback, checks each answer and reads the proof first.
 * `picks` chooses an option by position for the questions whose wording it names.
 */
export async function answerAll(page: Page, { practice, picks }: { practice: boolean; picks?: Map<string, number> }): Promise<number> {
  const total = Number((await page.locator('.progress span').textContent())!.match(/of (\d+)/)![1]);
  for (let i = 0; i < total; i++) {
    await page.locator('.progress span', { hasText: `Question ${i + 1} of ${total}` }).waitFor();
    const pick = picks?.get((await page.locator('.quiz-runner .question .stem').textContent())!.trim());
    if (pick === undefined) await answerCurrentQuestion(page);
    else await page.locator('.quiz-runner .question .choices .choice').nth(pick).tap();
    if (practice) {
      await page.getByRole('button', { name: 'Check answer' }).tap();
      await page.locator('.feedback blockquote').first().waitFor();
    }
    await page.getByRole('button', { name: i + 1 < total ? 'Next question' : 'Finish' }).tap();
  }
  return total;
}
