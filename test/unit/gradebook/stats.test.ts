import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrSvg } from '../../../core/gradebook/qr.ts';
import { bucketLabel, bucketOf, distributionSvg, percentOf, scoreStats } from '../../../core/gradebook/stats.ts';
import { attempts } from './fixtures.ts';

describe('scoreStats', () => {
  it('computes mean, median and buckets of the fixture', () => {
    // Totals of 4: 4, 2, 2.17, 0.67, 1, 3 -> 100, 50, 54.25, 16.75, 25, 75 %.
    // Mean 321 / 6 = 53.5; median of 16.75 25 50 54.25 75 100 = (50 + 54.25) / 2 = 52.125.
    const stats = scoreStats(attempts);
    expect(stats.count).toBe(6);
    expect(stats.meanPercent).toBeCloseTo(53.5, 10);
    expect(stats.medianPercent).toBeCloseTo(52.125, 10);
    expect(stats.buckets).toEqual([0, 1, 1, 0, 0, 2, 0, 1, 0, 1]);
  });

  it('takes the middle value for an odd count and ignores a zero max', () => {
    const s = scoreStats([
      { score: 1, maxScore: 10 },
      { score: 9, maxScore: 10 },
      { score: 3, maxScore: 10 },
      { score: 0, maxScore: 0 },
    ]);
    expect(s.count).toBe(3);
    expect(s.medianPercent).toBe(30);
    expect(s.meanPercent).toBeCloseTo(43.3333, 4);
    expect(s.buckets).toEqual([0, 1, 0, 1, 0, 0, 0, 0, 0, 1]);
  });

  it('is empty, not NaN, with no attempts', () => {
    expect(scoreStats([])).toEqual({ count: 0, meanPercent: null, medianPercent: null, buckets: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
  });

  it('puts bucket boundaries in the upper bucket despite float error; 100% in the last', () => {
    expect(percentOf({ score: 7, maxScore: 10 })).toBe(70);
    expect(bucketOf(69.99999999999999)).toBe(7);
    expect(bucketOf(69.9)).toBe(6);
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(9.99)).toBe(0);
    expect(bucketOf(10)).toBe(1);
    expect(bucketOf(100)).toBe(9);
    expect(bucketLabel(9)).toBe('90–100%');
  });
});

describe('distributionSvg', () => {
  const svg = distributionSvg([0, 1, 1, 0, 0, 2, 0, 1, 0, 1], { title: 'Scores for "7B" & co' });

  it('has no inline style and is well-formed', () => {
    expect(svg).not.toMatch(/style\s*=/i);
    expect(svg).not.toMatch(/<style/i);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('is accessible: role, aria-label, title and text labels', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(svg);
    const root = parsed.svg;
    expect(root['@_role']).toBe('img');
    const label =
      'Scores for "7B" & co, 6 attempts. 0–10%: 0, 10–20%: 1, 20–30%: 1, 30–40%: 0, 40–50%: 0, 50–60%: 2, 60–70%: 0, 70–80%: 1, 80–90%: 0, 90–100%: 1.';
    expect(root['@_aria-label']).toBe(label);
    expect(root.title).toBe(label);
    const texts = (root.text as { '#text': string | number }[]).map((t) => String(t['#text']));
    expect(texts).toEqual(['0', '0–10%', '1', '10–20%', '1', '20–30%', '0', '30–40%', '0', '40–50%', '2', '50–60%', '0', '60–70%', '1', '70–80%', '0', '80–90%', '1', '90–100%']);
    // One bar per non-empty bucket; the tallest (2) is full height.
    expect(root.rect).toHaveLength(5);
    expect(svg).toContain('<rect class="dist-bar" x="205" y="16" width="30" height="100" fill="currentColor"/>');
  });
});

describe('qrSvg', () => {
  const url = 'https://crosscheck.example/c/AB12?x=1&y="2"';
  const svg = qrSvg(url);

  it('is well-formed SVG with no inline style', () => {
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).not.toMatch(/style\s*=/i);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('is accessible: role="img", aria-label and title naming the link', () => {
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(svg).svg;
    expect(root['@_role']).toBe('img');
    expect(root['@_aria-label']).toBe(`QR code for ${url}`);
    expect(root.title).toBe(`QR code for ${url}`);
  });

  it('draws the code with a 4-module quiet zone at error correction M', () => {
    const { size } = encode(url, { ecc: 'M', border: 4 });
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(size).toBe(41); // version 3 (29 modules) + 2 x 4 quiet zone
  });

  it('takes an optional pixel size and label', () => {
    const sized = qrSvg('https://x.example/', { size: 200, label: 'Class code link' });
    expect(sized).toMatch(/^<svg [^>]*width="200" height="200" role="img" aria-label="Class code link"/);
    expect(XMLValidator.validate(sized)).toBe(true);
  });
});
