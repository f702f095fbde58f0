// Page weight (HTML, CSS, JS gzipped) and latency against a static asset, on local wrangler dev.
import { gzipBytes, kb, medianLatency, table } from './measure.ts';

/** The JavaScript a page really loads: its module script, static imports, and the chunks of the islands it has. */
async function pageScripts(origin: string, html: string): Promise<string[]> {
  const islands = [...html.matchAll(/data-island="([A-Za-z]+)"/g)].map((m) => m[1]!);
  const queue = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const bodies: string[] = [];
  const seen = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const body = await (await fetch(origin + path)).text();
    bodies.push(body);
    const resolve = (spec: string) => new URL(spec, origin + path).pathname;
    for (const m of body.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.js)"/g)) queue.push(resolve(m[1]!));
    for (const m of body.matchAll(/import\("(\.\.?\/[^"]+\.js)"\)/g)) {
      const file = m[1]!.split('/').pop()!;
      if (islands.some((island) => file.startsWith(`${island}-`))) queue.push(resolve(m[1]!));
    }
  }
  return bodies;
}

export async function benchPages(origin: string, pages: Record<string, string>): Promise<void> {
  const staticAsset = '/favicon.svg';
  const assetLatency = await medianLatency(origin + staticAsset);
  const rows = [];
  for (const [name, path] of Object.entries(pages)) {
    const html = await (await fetch(origin + path)).text();
    const css = await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(async (m) => (await fetch(origin + m[1])).text()));
    const js = await pageScripts(origin, html);
    const htmlGz = gzipBytes(html);
    const cssGz = css.reduce((sum, body) => sum + gzipBytes(body), 0);
    const jsGz = js.reduce((sum, body) => sum + gzipBytes(body), 0);
    const latency = await medianLatency(origin + path);
    rows.push({
      page: `${name} ${path}`,
      'HTML gz': kb(htmlGz),
      'CSS gz': kb(cssGz),
      'HTML+CSS gz (budget 30 KB)': `${kb(htmlGz + cssGz)} ${htmlGz + cssGz < 30 * 1024 ? 'ok' : 'OVER'}`,
      'JS gz (budget 15 KB)': `${kb(jsGz)} ${jsGz < 15 * 1024 ? 'ok' : 'OVER'}`,
      'median ms': latency.toFixed(2),
      'vs static (budget 2x)': `${(latency / assetLatency).toFixed(2)}x ${latency <= 2 * assetLatency ? 'ok' : 'OVER'}`,
    });
  }
  console.log(`\nPages (static asset ${staticAsset}: median ${assetLatency.toFixed(2)} ms over 200 requests)`);
  console.log(table(rows));
}
