// axe-core run in the page under test, from node_modules (no network). Its source goes in as a
// script tag, so the context needs `bypassCSP` (AXE_CONTEXT): our CSP allows no inline script.
import axe from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';

/** Context options for a page axe will check. */
export const AXE_CONTEXT: BrowserContextOptions = { bypassCSP: true };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical violations on the page as it is now, one line each (rule: help: elements). */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const { violations, passed } = await page.evaluate(async () => {
    const { violations, passes } = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe.run(document);
    return { passed: passes.length, violations: violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) })) };
  });
  // A run that checked nothing would pass anything.
  if (passed === 0) throw new Error(`axe checked no rule on ${page.url()}`);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
