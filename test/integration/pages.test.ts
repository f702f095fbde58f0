import { describe, expect, it } from 'vitest';
import { site } from '../../worker/content/site.ts';
import { get } from '../support/fetch.ts';

function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/https?:\/\//);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

describe('reading pages (integration)', () => {
  it('home lists every explainer and article as a card with its hook', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(res);
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<main id="main"');
    for (const topic of site.topics) {
      expect(html).toContain(`href="/topics/${topic.slug}"`);
      expect(html).toContain(topic.hook.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;'));
    }
    for (const article of site.articles) expect(html).toContain(`href="/articles/${article.slug}"`);
    expect(html).not.toContain('<script');
  });

  it('has at least the six launch explainers and both articles', () => {
    expect(site.topics.length).toBeGreaterThanOrEqual(6);
    expect(site.articles).toHaveLength(2);
  });

  it.each(site.topics.map((topic) => [topic.slug, topic] as const))('explainer /topics/%s renders sections, terms and citations', async (slug, topic) => {
    const res = await get(`/topics/${slug}`);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
    const html = await res.text();
    expect(html).toContain(`<h1>${topic.title.replaceAll('&', '&amp;')}</h1>`);
    for (const section of topic.sections) expect(html).toContain(`id="${section.id}"`);
    // every numbered paragraph is anchored, and every citation links to an article paragraph
    for (const p of [...topic.summary, ...topic.sections.flatMap((s) => s.paragraphs)]) {
      expect(html).toContain(`id="p${p.n}"`);
      for (const cite of p.cites) expect(html).toContain(`href="/articles/${cite.article}#p${cite.paragraph}"`);
    }
    expect(html).toMatch(/<details class="term"><summary>[^<]+<\/summary>/);
    for (const term of topic.keyTerms) expect(html).toContain(`<dt>${term.term.replaceAll('&', '&amp;')}</dt>`);
    // a key term that cites its paragraph shows the same chip as a claim, inside its definition
    for (const term of topic.keyTerms.filter((entry) => entry.cites.length)) {
      const first = term.cites[0]!;
      expect(html).toMatch(new RegExp(`<dt>${term.term}</dt><dd>[^<]*<span class="cites"><a class="cite" href="/articles/${first.article}#p${first.paragraph}">`));
    }
    for (const actor of topic.actors) expect(html).toContain(actor.name);
  });

  it('names each citation chip by its visible text, so the accessible name contains what a reader sees', async () => {
    const html = await (await get('/topics/deconfliction-hotline')).text();
    expect(html).toContain('<a class="cite" href="/articles/lavrov-ideal-solution#p9"><span class="visually-hidden">Source: </span>Newsweek ¶9</a>');
  });

  it.each(site.articles.map((article) => [article.slug, article] as const))('article /articles/%s anchors each paragraph and names its source', async (slug, article) => {
    const res = await get(`/articles/${slug}`);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res);
    const html = await res.text();
    expect(html).toContain(article.source.outlet);
    for (const p of article.paragraphs) expect(html).toContain(`id="p${p.n}"`);
    const [n, topics] = Object.entries(article.citedBy)[0]!;
    expect(html).toMatch(new RegExp(`id="p${n}"[^]*?Cited in:[^]*?href="/topics/${topics[0]}"`));
  });

  it('answers an unknown explainer with the helpful 404 page', async () => {
    const res = await get('/topics/no-such-topic');
    expect(res.status).toBe(404);
    expectSecurityHeaders(res);
    const html = await res.text();
    expect(html).toContain("We couldn't find that page");
    expect(html).toContain(`href="/topics/${site.topics[0]!.slug}"`);
  });

  it.each(['/topics/Not%20A%20Slug!', '/articles/..%2F..%2Fetc', '/articles/' + 'a'.repeat(200), '/topics/%E0%A4%A'])('answers a malformed slug %s with 404, not 500', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("We couldn't find that page");
  });

  it('escapes the requested path on the 404 page', async () => {
    const res = await get('/%3Cscript%3Ealert(1)%3C/script%3E');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)');
  });

  it('answers unknown API paths with JSON', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });

  it('supports conditional requests with an ETag', async () => {
    const first = await get('/');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });
});
