import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/generator/analysis.ts';
import { voicesOf } from '../../../core/generator/quotes.ts';

const quotes = (paragraphs: string[]) => {
  const a = analyze({ title: 'T', paragraphs });
  return { list: a.quotes.map((q) => ({ speaker: q.speaker.name, text: q.text })), dropped: a.droppedQuotes };
};

describe('quotations', () => {
  it('attributes the usual patterns', () => {
    const { list } = quotes([
      '"It is regrettable that nobody listens," Lavrov said of the talks.',
      'Kerry told reporters, "No deal is better than a bad deal."',
      '“The coalition remains committed to the fight,” said John Kerry.',
      'Russian Foreign Minister Sergei Lavrov was blunt: “The next step belongs to Washington and nobody else.”',
    ]);
    expect(list.map((q) => q.speaker)).toEqual(['Sergei Lavrov', 'John Kerry', 'John Kerry', 'Sergei Lavrov']);
  });

  it('resolves "he added" to the previous speaker when nobody else was named in between', () => {
    const { list } = quotes(['"We have done all we could," Lavrov said. "The next step belongs to Washington," he added.']);
    expect(list.map((q) => q.speaker)).toEqual(['Sergei Lavrov', 'Sergei Lavrov']);
  });

  it('drops "he said" when another person was named in between', () => {
    const { list, dropped } = quotes(['"We have done all we could," Lavrov said. Kerry disagreed. "The next step is theirs to take now," he said.']);
    expect(list.map((q) => q.speaker)).toEqual(['Sergei Lavrov']);
    expect(dropped).toBe(1);
  });

  it('resolves a role to the one person who holds it', () => {
    const { list } = quotes([
      'Russian Foreign Minister Sergei Lavrov met Kerry.',
      'According to the Russian foreign minister, the Pentagon "blocked every serious proposal we made."',
    ]);
    expect(list).toEqual([{ speaker: 'Sergei Lavrov', text: 'blocked every serious proposal we made.' }]);
  });

  it('gives a quotation with no attribution of its own to the speaker of the one just before', () => {
    const { list } = quotes([
      '"The pitch held up well in the rain," groundsman Peter Alwyn said. "We expect to host the cup final here next spring."',
      '"Gate receipts were the best in a decade," treasurer Nadia Holm told members.',
      // After "asked", the reply may be the other person's; "That …" leans on the sentence before.
      'Holm asked the builders: "Will the new stand be ready by August?" "The steel frame arrives in two weeks and the roof after that."',
      '"Season tickets sold out within a day," Alwyn said. "That shows how much the town cares about the club."',
      // …and after a sentence reporting one person's words without quotation marks.
      'Club chairman Victor Lund, a former goalkeeper, said that the loan would be repaid by June. "Our accounts are in better shape than at any time since the war."',
    ]);
    expect(list.map((q) => [q.speaker, q.text])).toEqual([
      ['Peter Alwyn', 'The pitch held up well in the rain'],
      ['Peter Alwyn', 'We expect to host the cup final here next spring.'],
      ['Nadia Holm', 'Gate receipts were the best in a decade'],
      ['Nadia Holm', 'Will the new stand be ready by August?'],
      ['Peter Alwyn', 'Season tickets sold out within a day'],
      ['Victor Lund', 'Our accounts are in better shape than at any time since the war.'],
    ]);
  });

  it('reads the speaker named before an aside ("X, club treasurer, said: …") and a double post ("chairman and chief executive X")', () => {
    const { list } = quotes([
      'Peter Alwyn, club treasurer, said: "The new stand will pay for itself within ten years."',
      'The county cricket board\'s new secretary, Tom Okafor, said: "Every ground in the county will get new covers."',
      '"Profits were the best in our history," chairman and chief executive Lena Marsh said.',
      // Two speakers, or a second person in the aside: no clear speaker.
      'Supporters and Tom Okafor said: "The ground must stay in the town centre for good."',
      'Nadia Holm, Tom Okafor\'s deputy, said: "We will open a second shop in the spring."',
    ]);
    expect(list.map((q) => [q.speaker, q.text])).toEqual([
      ['Peter Alwyn', 'The new stand will pay for itself within ten years.'],
      ['Tom Okafor', 'Every ground in the county will get new covers.'],
      ['Lena Marsh', 'Profits were the best in our history'],
    ]);
  });

  it('follows no "she said" past a name it cannot place, and continues no quotation after one', () => {
    const { list } = quotes([
      '"Fewer children take the exams every year," teacher Ruth Dale said.',
      'Nadia Holm, 23, gave up lessons at the age of ten. "It stopped being fun once the exams began," she said. "I wanted to play hockey instead."',
    ]);
    expect(list.map((q) => q.speaker)).toEqual(['Ruth Dale']);
  });

  it('drops quotations with no clear speaker', () => {
    const { list, dropped } = quotes([
      '"This cannot go on forever," one official said.',
      '"We agreed on every single point," Putin and Trump said.',
      '"Peace is closer than anyone thinks." That was the message of the day.',
      'A Kremlin readout said the leaders would "unite efforts against terrorism and extremism."',
    ]);
    expect(list).toEqual([]);
    expect(dropped).toBe(4);
  });

  it('keeps nested quotes inside the quotation', () => {
    const { list } = quotes(['“He told me ‘never again,’ and I believed him,” Kerry said.']);
    expect(list).toEqual([{ speaker: 'John Kerry', text: 'He told me ‘never again,’ and I believed him' }]);
  });

  it('reads the speaker before where they work ("said Helen Marsh at Harbour Bank")', () => {
    const { list } = quotes([
      '"The rise in rents does not come as a surprise to anyone," said Helen Marsh at Harbour Bank.',
      '"Ferry fares will not rise again before the summer," said Peter Quinn from Islay Ferries.',
    ]);
    expect(list.map((q) => q.speaker)).toEqual(['Helen Marsh', 'Peter Quinn']);
  });

  it('never gives the words of "a spokesman for X" or "a friend of X" to X, but reads a title with "for" as a title', () => {
    const spokesman = quotes(['"The club has not received any offer for the ground," said a spokesman for Peter Quinn.', 'A friend of the singer Helen Marsh said: "She never wanted to tour again after that year."']);
    expect(spokesman.list).toEqual([]);
    const titled = quotes(['Spokeswoman for schools Helen Marsh said: "We will build the new school next year."']);
    expect(titled.list.map((q) => q.speaker)).toEqual(['Helen Marsh']);
  });
});

describe('who a pronoun may stand for', () => {
  it('leaves "he said" unattributed when an unnamed person was brought in nearer than any name', () => {
    const { list, dropped } = quotes([
      'Only one of the orchestra’s soloists, Tom Kell, trained in Britain. But a spokesman for the rival orchestra told reporters that half of its players were local. He said the competition for places was "fierce and getting fiercer every single year".',
    ]);
    expect(list).toEqual([]);
    expect(dropped).toBe(1);
  });

  it('still follows "he said" back to a name given with its role ("Tom Kell, a spokesman, said")', () => {
    const { list } = quotes(['Tom Kell, a spokesman for the Northern Sinfonia, spoke after the concert. He said the hall "has never sounded better than it did tonight".']);
    expect(list.map((q) => q.speaker)).toEqual(['Tom Kell']);
  });

  it('does not hear an author in "who wrote the musical", but does in "wrote in the programme that"', () => {
    const a = analyze({
      title: 'T',
      paragraphs: ['The producer is working with Steve Brown, who wrote the award-winning musical Spend Spend Spend. Jane Holt wrote in the programme that the show was "a joy from start to finish".'],
    });
    const voices = [...voicesOf(a)].map((e) => e.name);
    expect(voices).toContain('Jane Holt');
    expect(voices).not.toContain('Steve Brown');
  });
});
