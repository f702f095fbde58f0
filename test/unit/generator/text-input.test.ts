import { describe, expect, it } from 'vitest';
import { parsePastedText, stripDateline } from '../../../core/generator/text-input.ts';
import { stripUnsafeCharacters } from '../../../core/generator/unsafe-characters.ts';

// Off-domain texts written for these tests: local news, sport, science, business.
const LOCAL = [
  'Library reopens after flood repairs',
  '',
  'The Millbrook public library reopened on Saturday, eight months after a burst pipe flooded its ground floor.',
  '',
  'Head librarian Ruth Okafor said the children’s section had been rebuilt with',
  'donated shelves and a new reading corner.',
].join('\n');

describe('parsePastedText: plain text', () => {
  it('takes the first line as the title and joins hard-wrapped lines', () => {
    expect(parsePastedText(LOCAL)).toEqual({
      title: 'Library reopens after flood repairs',
      paragraphs: [
        'The Millbrook public library reopened on Saturday, eight months after a burst pipe flooded its ground floor.',
        'Head librarian Ruth Okafor said the children’s section had been rebuilt with donated shelves and a new reading corner.',
      ],
    });
  });

  it('reads one unbroken paragraph with no title line as the article, titled by its first sentence', () => {
    const para =
      'The Harbour Town rowing club won the regional eights final on Sunday. Its crew beat Eastfield by two lengths in strong winds. Coach Amara Diallo said the win was the club’s first in 31 years.';
    const source = parsePastedText(para);
    expect(source.title).toBe('The Harbour Town rowing club won the regional eights final on Sunday');
    expect(source.paragraphs).toEqual([para]);
  });

  it('reads a hard-wrapped paragraph with no title line as the article', () => {
    const source = parsePastedText('The council met on Tuesday to\ndiscuss the budget. It agreed to cut\nlibrary hours by 10%.\n\nResidents were not happy.');
    expect(source).toEqual({
      title: 'The council met on Tuesday to discuss the budget',
      paragraphs: ['The council met on Tuesday to discuss the budget. It agreed to cut library hours by 10%.', 'Residents were not happy.'],
    });
  });

  it('drops publication dates, related-topic and media-caption lines of a copied web page', () => {
    const raw = 'Ferry fares to rise\n\nPublished 3 March 2005\n\nMedia caption, Passengers queue at the port\n\nFares on the island ferry will rise by 8% in April.\n\nRelated Topics\n\nMore on this story';
    expect(parsePastedText(raw)).toEqual({ title: 'Ferry fares to rise', paragraphs: ['Fares on the island ferry will rise by 8% in April.'] });
  });

  it('keeps a first line of prose in the article when a paragraph follows', () => {
    const first = 'Researchers at the University of Leeds have grown tomato plants that need a third less water, according to a study published on Thursday in a plant science journal.';
    const source = parsePastedText(`${first}\n\nThe team bred the plants over six generations.`);
    expect(source.paragraphs).toEqual([first, 'The team bred the plants over six generations.']);
    expect(source.title).toMatch(/^Researchers at the University of Leeds have grown tomato plants/);
    expect(source.title.length).toBeLessThanOrEqual(121);
  });

  it('drops bylines, advert, share and caption lines', () => {
    const raw = [
      'Bakery chain to open 40 shops',
      '',
      'By Jane Smith, Business reporter',
      '',
      'Advertisement',
      '',
      'The Crumb & Co chain plans to open 40 shops in northern England next year.',
      '',
      'Image caption: The chain’s first shop opened in Hull in 1998',
      '',
      'Share this article',
      '',
      'By the end of 2026 it expects to employ 900 more staff.',
    ].join('\n');
    expect(parsePastedText(raw)).toEqual({
      title: 'Bakery chain to open 40 shops',
      paragraphs: ['The Crumb & Co chain plans to open 40 shops in northern England next year.', 'By the end of 2026 it expects to employ 900 more staff.'],
    });
  });

  it('keeps short paragraphs that merely start like a label', () => {
    const paragraphs = ['Share prices rose 5% on Friday.', 'Advertising revenue fell by a third.', 'Copyright law is changing next year.', 'Updated guidance was issued by the council.', 'Read more books, the mayor urged.'];
    expect(parsePastedText(`Market report\n\n${paragraphs.join('\n\n')}`).paragraphs).toEqual(paragraphs);
  });

  it('removes a dateline from the first paragraph only', () => {
    const raw = 'Mill closes\n\nLONDON (Reuters) - The last cotton mill in the county closed on Friday.\n\nWORKERS — all 85 of them — were offered new jobs.';
    expect(parsePastedText(raw).paragraphs).toEqual(['The last cotton mill in the county closed on Friday.', 'WORKERS — all 85 of them — were offered new jobs.']);
  });

  it('strips control characters and bidi overrides from the paste', () => {
    const source = parsePastedText('Pier\u202e repaired\u0007\n\nThe\u2066 pier\u200f reopened\u0000 on Monday\u009b.');
    expect(source).toEqual({ title: 'Pier repaired', paragraphs: ['The pier reopened on Monday.'] });
  });

  it('gives an empty source for an empty or blank paste', () => {
    expect(parsePastedText('')).toEqual({ title: '', paragraphs: [] });
    expect(parsePastedText(' \n\n\t\n')).toEqual({ title: '', paragraphs: [] });
  });
});

describe('stripDateline', () => {
  it.each([
    ['WASHINGTON — The Senate passed the bill.', 'The Senate passed the bill.'],
    ['NEW YORK, March 3 (AP) — Stocks rose.', 'Stocks rose.'],
    ['LONDON (Reuters) - Shares in the grocer fell 4%.', 'Shares in the grocer fell 4%.'],
    ['(CNN) — A storm hit the coast.', 'A storm hit the coast.'],
  ])('removes %j', (raw, expected) => expect(stripDateline(raw)).toBe(expected));

  it.each(['US - Russia talks resumed.', 'The club — founded in 1901 — is the oldest.', 'Mr Smith - the mayor - agreed.'])('keeps prose %j', (raw) => expect(stripDateline(raw)).toBe(raw));
});

describe('parsePastedText: HTML and Markdown', () => {
  it('reads the heading and paragraphs of an HTML page, without captions, comments or scripts', () => {
    const html = `<!doctype html><html><head><title>Site | Sport</title></head><body><!-- nav -->
      <h1>Eastfield win the cup</h1><figure><img src="x.jpg"><figcaption>Captain Lee Park lifts the trophy</figcaption></figure>
      <p>Eastfield beat Harbour Town 3&ndash;1 in the county cup final.</p><script>track()</script>
      <p>Lee Park scored twice<br>before half-time.</p></body></html>`;
    expect(parsePastedText(html)).toEqual({
      title: 'Eastfield win the cup',
      paragraphs: ['Eastfield beat Harbour Town 3–1 in the county cup final.', 'Lee Park scored twice before half-time.'],
    });
  });

  it('reads Markdown links, emphasis and lists as text', () => {
    const md = '# Comet seen from Wales\n\nAmateur astronomer **Gwen Evans** spotted the [comet](https://example.org) on _Tuesday_.\n\n- It was visible for 40 minutes.';
    expect(parsePastedText(md)).toEqual({
      title: 'Comet seen from Wales',
      paragraphs: ['Amateur astronomer Gwen Evans spotted the comet on Tuesday.', 'It was visible for 40 minutes.'],
    });
  });
});

describe('parsePastedText: hostile pastes finish and give a usable result', () => {
  const size = 200_000;
  it('repeated "**a " (Markdown emphasis that never closes)', () => {
    const source = parsePastedText(`**a `.repeat(size / 4));
    expect(source.paragraphs.join(' ').length).toBeGreaterThan(size / 2);
  });

  it('an unclosed "<p " repeated: the broken tag swallows the rest, as in a browser', () => {
    const source = parsePastedText(`<p>Opening line of the article.</p>${'<p '.repeat(size / 3)}`);
    expect(source.paragraphs).toEqual(['Opening line of the article.']);
  });

  it('an unclosed comment hides the rest', () => {
    expect(parsePastedText(`<h1>Budget</h1><p>Rates stay at 4%.</p>${'<!--'.repeat(size / 4)}`)).toEqual({ title: 'Budget', paragraphs: ['Rates stay at 4%.'] });
  });

  it('unclosed links and brackets', () => {
    const source = parsePastedText(`# Notes\n\n${'[a](b'.repeat(size / 5)}`);
    expect(source.title).toBe('Notes');
    expect(source.paragraphs).toHaveLength(1);
  });
});

describe('stripUnsafeCharacters', () => {
  it('removes C0/C1 controls and bidi marks, keeping tab and newline unless asked', () => {
    const raw = 'a\u0000b\u001fc\u007fd\u0085e\u202af\u202eg\u2066h\u2069i\u200ej\u200fk\u061cl\tm\nn\ro';
    expect(stripUnsafeCharacters(raw)).toBe('abcdefghijkl\tm\nno');
    expect(stripUnsafeCharacters(raw, false)).toBe('abcdefghijklmno');
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    const text = 'Zoë Brontë – “café” 👍 £5 €6';
    expect(stripUnsafeCharacters(text)).toBe(text);
  });
});
