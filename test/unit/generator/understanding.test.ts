// Understanding items on news far from the launch topic: who holds which view, why something
// happened, what a figure refers to, and speakers matched to their views. Every text below was
// written for these tests; every name and figure is invented.
import { describe, expect, it } from 'vitest';
import { lintItem } from '../../../core/generator/index.ts';
import { analyze } from '../../../core/generator/analysis.ts';
import type { Candidate } from '../../../core/generator/candidate.ts';
import { figureCandidates } from '../../../core/generator/item-figures.ts';
import { reportedViews, stanceCandidates } from '../../../core/generator/item-stance.ts';
import { viewsMatchingCandidates } from '../../../core/generator/item-views.ts';
import { causesIn, whyCandidates } from '../../../core/generator/item-why.ts';
import { whoSaidItCandidates } from '../../../core/generator/item-who-said-it.ts';
import { createRandom } from '../../../core/generator/random.ts';
import { finalizeItems } from '../../../core/generator/select.ts';
import type { SourceText } from '../../../core/quiz/schema.ts';

const ctx = (source: SourceText) => ({ analysis: analyze(source), random: createRandom(1), sourceNoun: 'article' });

/** The finished item as it would ship, and the linter's verdict on it. */
function shipped(c: Candidate | undefined, source: SourceText): string[] {
  const done = c?.complete ? c.complete() : c;
  if (!done) return ['not completed'];
  return lintItem(finalizeItems([done], createRandom(1))[0]!, { source }).map((i) => i.code);
}

const ROWING: SourceText = {
  title: 'Rowing club wins lottery grant',
  paragraphs: [
    'Kelham Rowing Club has won a £240,000 grant from the regional sports lottery to rebuild its boathouse.',
    'On Tuesday, club secretary Hannah Voss, a former national champion, said that junior membership had doubled in two years.',
    'The boathouse will be used by 14 schools and 300 junior rowers, the club said.',
    'Council leader Mark Ebbing said the grant showed that small clubs could compete with city teams for funding.',
    'The move would save the club money, Mr Ebbing added.',
    'Coach Dev Anand warned that the river would need dredging before the spring regatta.',
    'The Kelham Canoe Society said its members would share the new slipway.',
    'Local builder Ortega & Sons is to be paid £95,000 for the new roof.',
    'The old boathouse was built in 1921 and flooded twice in the 1990s.',
    'Kelham Rowing Club also received a £12,000 loan from the county council last year.',
  ],
};

describe('who holds which view, beyond quotations', () => {
  it('reads a speaker after a lead and an aside, a role before the name, and an organisation', () => {
    const views = reportedViews(analyze(ROWING));
    const byName = new Map(views.map((v) => [v.speaker.name, v.clause]));
    // "On Tuesday, club secretary Hannah Voss, a former national champion, said that …"
    expect(byName.get('Hannah Voss')).toBe('junior membership had doubled in two years');
    // A view may open with a name the article knows.
    expect(byName.get('Mark Ebbing')).toBe('the grant showed that small clubs could compete with city teams for funding');
    expect(byName.get('Dev Anand')).toBe('the river would need dredging before the spring regatta');
    // "The move would save …" points outside itself: not asked.
    expect(views.some((v) => /move/.test(v.clause))).toBe(false);
    // An organisation's own "its" is the speaker's, as "he" is a person's.
    expect(byName.get('Kelham Canoe Society')).toBe('its members would share the new slipway');
  });

  it('keeps the capital of a people\'s adjective that opens a view ("British crews …, Mr Anand said")', () => {
    const text: SourceText = {
      title: 'Rowing club wins grant',
      paragraphs: [
        'Kelham Rowing Club has won a £240,000 grant from the regional sports lottery to rebuild its boathouse.',
        'Coach Dev Anand said that junior membership had doubled in two years.',
        'British crews would struggle to qualify for the next Olympic Games without new boats, Mr Anand said.',
        'The old boathouse was built in 1921 and flooded twice in the 1990s.',
      ],
    };
    expect(reportedViews(analyze(text)).map((v) => v.clause)).toContain('British crews would struggle to qualify for the next Olympic Games without new boats');
  });

  it('puts a compatriot of the speaker among the options when the article names one (the only Frenchman would answer it)', () => {
    const text: SourceText = {
      title: 'Euro ministers meet in Brussels',
      paragraphs: [
        'Finance ministers from across Europe met in Brussels on Monday to discuss the strength of the euro.',
        'French Finance Minister Thierry Breton said that the euro would stay strong against the dollar next year.',
        'British Chancellor Gordon Brown said that interest rates in the UK would not rise before the summer.',
        'German Finance Minister Hans Eichel said that Berlin would cut its budget deficit by 2006.',
        'Dutch Finance Minister Gerrit Zalm said that the rules on deficits should be applied more strictly.',
        'French President Jacques Chirac said that Europe needed a common policy on exchange rates.',
        'Mr Brown met Mr Eichel and Mr Zalm after the talks to discuss trade with China.',
        'Mr Eichel and Mr Zalm later flew to Frankfurt, where Mr Brown joined them for dinner.',
      ],
    };
    const c = stanceCandidates(ctx(text)).find((x) => x.stem.includes('stay strong'));
    const done = c?.complete?.();
    expect(done?.options[0]).toBe('Thierry Breton');
    expect(done?.options).toContain('Jacques Chirac');
  });

  it('asks who holds the view, with the article’s other people written alike', () => {
    const c = stanceCandidates(ctx(ROWING)).find((x) => x.stem.includes('dredging'));
    expect(c?.stem).toBe('According to the article, who warned that the river would need dredging before the spring regatta?');
    const done = c?.complete?.();
    expect(done?.options[0]).toBe('Dev Anand');
    expect(done?.options.slice(1).sort()).toEqual(['Hannah Voss', 'Mark Ebbing']);
    expect(done?.understanding).toBe(true);
    expect(shipped(c, ROWING)).toEqual([]);
  });

  it('asks which organisation stated a view, and only with organisations as wrong options', () => {
    const text: SourceText = {
      title: 'Ferry fares to rise',
      paragraphs: [
        'Ferry fares on the northern routes will rise by a tenth in April, Harbour Holdings said.',
        'Coastal Airways said the rise would push more island families to fly to the mainland.',
        'Tidewater Group runs three of the five routes and carried a record number of cars last summer.',
        'Island Motors welcomed plans for a new late sailing.',
        'Fares were last raised in the spring of 2019.',
      ],
    };
    const stems = stanceCandidates(ctx(text)).map((c) => c.stem);
    expect(stems).toContain('According to the article, which company said that ferry fares on the northern routes will rise by a tenth in April?');
    const done = stanceCandidates(ctx(text))[0]?.complete?.();
    expect(done?.options[0]).toBe('Harbour Holdings');
    expect(done?.options.slice(1).sort()).toEqual(['Coastal Airways', 'Island Motors', 'Tidewater Group']);
  });
});

describe('who holds which view: nothing left dangling, no option the view itself names', () => {
  const CHESS: SourceText = {
    title: 'Chess congress returns to Bath',
    paragraphs: [
      'Director Olga Marsh said the congress would move to the Assembly Rooms next year.',
      'Club captain Peter Quayle said the organisers were confident the director would double the prize fund.',
      'Coach Ian Fenwick said the pair’s withdrawal had surprised the organisers.',
      'Spokeswoman Rosa Delgado said she wanted to invite as many junior players to the congress.',
      'Manager Tom Ashby said entries had risen by a third since the last congress.',
      'Director Olga Marsh has also said entries had risen by a third since the last congress.',
    ],
  };

  it('never offers a title read as a name ("the musical Anna Karlsson") as a speaker', () => {
    const text: SourceText = {
      title: 'Musical opens in Leeds',
      paragraphs: [
        'The musical Anna Karlsson opened at the Grand Theatre on Friday after two weeks of previews.',
        'Producer Ruth Okoro said the show would tour twelve cities next year.',
        'Director Sam Bell said the cast had rehearsed for six months.',
        'Composer Lena Voigt said she wrote the score in a cottage in Norway.',
        'Anna Karlsson is based on a Swedish novel about a lighthouse keeper.',
      ],
    };
    const done = stanceCandidates(ctx(text)).find((c) => c.stem.includes('tour'))?.complete?.();
    expect(done?.options[0]).toBe('Ruth Okoro');
    expect(done?.options.slice(1).sort()).toEqual(['Lena Voigt', 'Sam Bell']);
  });

  it('offers no woman the article names as such for a view that says "he"', () => {
    const text: SourceText = {
      title: 'Theatre season',
      paragraphs: [
        'Director Sam Bell said he would stage three new plays at the Grand Theatre next year.',
        'Lead actress Mia Sandoval said the company was ready.',
        'Mrs Joan Pike, who has owned the theatre since 1998, said the roof had been mended.',
        'Mr Dan Ives said the sets for the spring season were finished.',
        'Mr Tom Reed said the new revolving stage was built.',
      ],
    };
    const done = stanceCandidates(ctx(text))[0]?.complete?.();
    expect(done?.options[0]).toBe('Sam Bell');
    // Not the actress nor Mrs Pike, who speak too: the view says "he", so only men the article shows as such (Mr Ives, Mr Reed) stand.
    expect(done?.options.slice(1).sort()).toEqual(['Dan Ives', 'Tom Reed']);
  });

  it('leaves out a person the view names by their post, and views about "the pair" or an open comparison', () => {
    const cs = stanceCandidates(ctx(CHESS));
    const prize = cs.find((c) => c.stem.includes('prize fund'))?.complete?.();
    expect(prize?.options[0]).toBe('Peter Quayle');
    expect(prize?.options.slice(1).sort()).toEqual(['Ian Fenwick', 'Rosa Delgado', 'Tom Ashby']);
    expect(cs.some((c) => /pair|as many/.test(c.stem))).toBe(false);
    // "has also said": someone else said it too, so it is not asked of her.
    expect(reportedViews(analyze(CHESS)).filter((v) => v.clause.startsWith('entries')).map((v) => v.speaker.name)).toEqual(['Tom Ashby']);
  });
});

describe('why something happened', () => {
  const MUSEUM: SourceText = {
    title: 'Museum shuts gallery',
    paragraphs: [
      'The Brackley Museum has closed its upper gallery because of damp, cracked plaster and faulty wiring.',
      'Visitor numbers fell sharply because the main road was closed for six months.',
      'Problems are growing because the roof was badly repaired, the trustees found.',
      'All were replaced because of a fault in the alarm system.',
      'A new wing is due to be opened by the end of the year.',
      'The café was also due to reopen with a new menu and longer opening hours.',
      'Welsh slate from the old roof will be sold to pay for repairs.',
      'The gallery held a collection of Welsh pottery and a large map of the town.',
    ],
  };

  it('reads a list as one reason, and an attribution at the end as whose reason it is', () => {
    const causes = analyze(MUSEUM).sentences.flatMap((s) => causesIn(s));
    expect(causes.map((c) => c.text)).toContain('damp, cracked plaster and faulty wiring');
    const survey = causes.find((c) => c.text.startsWith('the roof'));
    expect(survey?.according).toBe('the trustees');
    // Lower-cased where the article writes the word in lower case, not where it is a name.
    expect(survey?.effect).toBe('problems are growing');
  });

  it('never takes a schedule ("due to be opened") or a quantifier with no referent ("All were …") as a cause', () => {
    const causes = analyze(MUSEUM).sentences.flatMap((s) => causesIn(s));
    expect(causes.some((c) => /opened|reopen|alarm/.test(c.text) || /^all\b/i.test(c.effect))).toBe(false);
  });

  it('cuts no reason at an inner comma ("a stable, low-cost …")', () => {
    const text: SourceText = { title: 'Bus fares', paragraphs: ['The operator kept fares flat because the town was now a stable, low-cost market for buses.'] };
    expect(analyze(text).sentences.flatMap((s) => causesIn(s))).toEqual([]);
  });

  it('asks why with a stem that names whose reason it is', () => {
    const stems = whyCandidates(ctx(MUSEUM)).map((c) => c.stem);
    expect(stems).toContain('According to the trustees, what explains why problems are growing?');
  });

  // Five stated reasons about a city's trams, and statements that report a source or open with a date.
  const TRAMS: SourceText = {
    title: 'City trams',
    paragraphs: [
      'The Harbour Council scrapped the tram extension because engineers warned that the old bridge could not carry the extra weight, according to the transport committee.',
      'The Tram Company raised its fares because the price of electricity doubled over the winter.',
      'Shop owners on Quay Street opposed the plan because the works would block deliveries for two years.',
      'Cyclists welcomed the decision because the new lanes would be kept free of rails.',
      'Some residents signed a petition because the depot would be built next to the primary school.',
      'In March 2019, the council opened a consultation on the future of the line.',
      'The local newspaper says the scheme cost more than any other project in the city.',
      'The Tram Company runs forty trams on three routes across the city every day.',
    ],
  };

  it('reads ", according to X." at the end as whose reason it is, and writes "the" in lower case before a name', () => {
    const stems = whyCandidates(ctx(TRAMS)).map((c) => c.stem);
    expect(stems).toContain('According to the transport committee, what explains why the Harbour Council scrapped the tram extension?');
    expect(stems).toContain('According to the article, what explains why the Tram Company raised its fares?');
    expect(stems).toContain('According to the article, what explains why some residents signed a petition?');
  });

  it('offers wrong reasons that pass the linter: no word of the stem, lengths alike, no report of a source, no date opening', () => {
    const source = TRAMS;
    for (const c of whyCandidates(ctx(source))) {
      const done = c.complete?.();
      if (!done) continue;
      expect(shipped(c, source)).toEqual([]);
      expect(done.options.slice(1).some((o) => /newspaper|says|^in march/i.test(o))).toBe(false);
    }
    expect(whyCandidates(ctx(source)).filter((c) => c.complete?.()).length).toBeGreaterThanOrEqual(3);
  });

  it('offers only other stated reasons as wrong options, and no item when the article states too few', () => {
    const ferry: SourceText = {
      title: 'Island ferry',
      paragraphs: [
        'Ferry bookings fell sharply because the harbour road was closed for repairs.',
        'In March 2019, the council opened a consultation on the future of the harbour.',
        'On the same day, the mayor ordered a review of every pier on the island.',
        'The local newspaper says the route cost more than any other service in the county.',
      ],
    };
    // One stated reason: the other statements are true, but no plausible reason for falling bookings.
    expect(whyCandidates(ctx(ferry)).map((c) => c.complete?.() ?? null)).toEqual([null]);
    const reasons = new Set(analyze(TRAMS).sentences.flatMap((s) => causesIn(s)).map((c) => c.text));
    for (const c of whyCandidates(ctx(TRAMS))) for (const o of c.complete?.()?.options ?? []) expect(reasons.has(o)).toBe(true);
  });
});

describe('why something happened, told in two sentences', () => {
  // A science story: effects stated in one sentence, their reasons in the next.
  const LAB: SourceText = {
    title: 'Glacier study delayed',
    paragraphs: [
      'The Alder Institute postponed its glacier survey until next spring. This was because the research ship needed a new engine, according to the institute.',
      'Two students left the project in June. The reason was that the university had cut its grant for junior assistants.',
      'Ice samples from the lower valley melted on the way to the laboratory. According to the lead scientist, that was because the freezer truck broke down near the border.',
      'The team bought a new camera because the old model kept freezing in the cold air.',
    ],
  };

  it('takes the effect from the sentence before and the reason from its own sentence, with whose reason it is', () => {
    const stems = whyCandidates(ctx(LAB)).map((c) => c.stem);
    expect(stems).toContain('According to the institute, what explains why the Alder Institute postponed its glacier survey until next spring?');
    expect(stems).toContain('According to the article, what explains why two students left the project in June?');
    expect(stems).toContain('According to the lead scientist, what explains why ice samples from the lower valley melted on the way to the laboratory?');
  });

  it('counts a reason in the sentence right after its effect as recall (it is read off the next line), with both sentences as evidence', () => {
    const all = whyCandidates(ctx(LAB));
    const survey = all.find((c) => c.stem.includes('glacier survey'));
    expect(survey?.understanding).toBeUndefined();
    expect(survey?.evidence.map((e) => e.sentence)).toEqual(['This was because the research ship needed a new engine, according to the institute.', 'The Alder Institute postponed its glacier survey until next spring.']);
    expect(all.find((c) => c.stem.includes('camera'))?.understanding).toBeUndefined();
    for (const c of all) if (c.complete?.()) expect(shipped(c, LAB)).toEqual([]);
  });

  it('asks about the framed clause when both sentences name the speaker, and keeps "partly" out of the effect', () => {
    // A football club's season.
    const club: SourceText = {
      title: 'Rovers slip down the table',
      paragraphs: [
        'Coach Marta Ilves argued that Dunmore Rovers had lost their edge. According to Ilves, this was because three senior players had left in January.',
        'Home crowds shrank partly because ticket prices rose by a fifth, the supporters club says.',
      ],
    };
    const stems = whyCandidates(ctx(club)).map((c) => c.stem);
    expect(stems).toContain('According to Ilves, what explains why Dunmore Rovers had lost their edge?');
    expect(stems).toContain('According to the supporters club, what explains why home crowds shrank?');
  });

  it('offers first the wrong reasons that explain something about the same things, and at most one unrelated reason', () => {
    // Local business news: one reason about another gym's fee, three about unrelated things.
    const gyms: SourceText = {
      title: 'Gyms on Quay Street',
      paragraphs: [
        'Harbour Gym cut its monthly fee. This was because a rival club had opened on the same street.',
        'Fenwick Gym raised its monthly fee because the landlord had doubled the rent.',
        'The bakery closed early because the oven broke down.',
        'The bus company changed its timetable because drivers went on strike.',
        'The school cancelled sports day because the school field had been flooded by heavy rain.',
      ],
    };
    const harbour = whyCandidates(ctx(gyms)).find((c) => c.stem.includes('Harbour Gym'))?.complete?.();
    expect(harbour?.options[0]).toBe('a rival club had opened on the same street');
    expect(harbour?.options).toContain('the landlord had doubled the rent');
    expect(harbour?.options).toHaveLength(3);
  });

  it('reads no reason across a paragraph break, nor from a sentence that only opens with "This"', () => {
    const split: SourceText = { title: 'Match called off', paragraphs: ['Saturday’s derby at Fenwick Park was called off.', 'This was because the pitch had frozen overnight.', 'This decision angered the visiting supporters.'] };
    expect(analyze(split).sentences.flatMap((s, i, all) => causesIn(s, new Set(), all[i - 1]))).toEqual([]);
  });
});

describe('what a figure refers to', () => {
  const CLINIC: SourceText = {
    title: 'Health centre opens in Marlow Vale',
    paragraphs: [
      'A new health centre in Marlow Vale will serve 12,000 patients from three villages.',
      'The board also agreed a £350,000 contract with a local firm to maintain the building.',
      'The building cost £4.2m, and the health board has promised £600,000 in running costs for its first year.',
      'The centre will employ 45 nurses and six doctors, the board said.',
      'A further 80 volunteers have signed up to run the café and the transport service.',
      'Patients had previously travelled a 45-minute round trip to the hospital in Dunmore.',
      'Local pharmacies welcomed the plan, and many pensioners and several schools will use the centre for health checks.',
      'A £150,000 donation from a local charity paid for the new scanner.',
    ],
  };

  it('asks what a count refers to, with what the article\'s other counts count as wrong options', () => {
    const items = figureCandidates(ctx(CLINIC));
    const c = items.find((x) => x.stem === "What does the article's figure of 12,000 refer to?");
    const done = c?.complete?.();
    expect(done?.options[0]).toBe('patients');
    // People against people: not "villages"; and not "pensioners", which the article names but never counts.
    expect(done?.options.slice(1).sort()).toEqual(['doctors', 'volunteers']);
    expect(done?.understanding).toBe(true);
    expect(shipped(c, CLINIC)).toEqual([]);
  });

  it('asks what a sum refers to, with the article’s other sums as wrong options, cut to their head noun phrase', () => {
    const c = figureCandidates(ctx(CLINIC)).find((x) => x.stem === "What does the article's figure of £350,000 refer to?");
    const done = c?.complete?.();
    expect(done?.options[0]).toBe('the contract');
    expect(done?.options.slice(1).sort()).toEqual(['the donation', 'the running costs']);
    expect(shipped(c, CLINIC)).toEqual([]);
    // "the running costs" would be the one long option among "the contract" and "the donation": not asked.
    expect(figureCandidates(ctx(CLINIC)).find((x) => x.stem.includes('£600,000'))?.complete?.()).toBeNull();
  });

  it('asks about no figure inside a compound ("45-minute"), none the headline states, and groups them (one per quiz)', () => {
    const items = figureCandidates(ctx(CLINIC));
    expect(items.some((c) => c.stem.includes('45'))).toBe(false);
    const titled: SourceText = { ...CLINIC, title: 'Health centre to serve 12,000 patients' };
    expect(figureCandidates(ctx(titled)).some((c) => c.stem.includes('12,000'))).toBe(false);
    expect(new Set(items.filter((c) => c.stem.startsWith('What does')).map((c) => c.group))).toEqual(new Set(['figure-referent:count', 'figure-referent:money']));
  });

  it('asks about no fraction, rate or record ("three quarters of", "one in 10,000", "a high of £9m"), and writes a number word in lower case', () => {
    const text: SourceText = {
      title: 'Games console recall',
      paragraphs: [
        'Seven repair centres will open in the north to handle the returned machines.',
        'The recall affects almost three quarters of all consoles sold since 2019.',
        'Fewer than one in 10,000 consoles had a faulty cable, the maker said.',
        'Sales hit a record high of £9m in the month before the recall.',
        'Many shops said they had sent dozens of consoles back, and several retailers stopped selling the model.',
        'The firm has hired 120 engineers and 40 drivers to collect faulty machines.',
      ],
    };
    const stems = figureCandidates(ctx(text)).map((c) => c.stem);
    expect(stems.some((t) => /three|10,000|£9m/.test(t))).toBe(false);
    // "the article's figure of seven" would read as the idiom.
    expect(stems).toContain('What does the number seven in the article refer to?');
  });

  it('cuts what moved by a figure to its head noun phrase (“quarterly profits at …” → “quarterly profits”)', () => {
    const text: SourceText = {
      title: 'Glassworks results',
      paragraphs: [
        'Quarterly profits at the glassmaker Holm & Berg jumped 18% to £41m.',
        'Export sales fell 6% to £120m in the same period.',
        'Staff numbers rose 4% to 2,300 after the new furnace opened.',
      ],
    };
    const c = figureCandidates(ctx(text)).find((x) => x.stem === 'According to the article, what jumped 18% to £41m?');
    expect(c?.options[0]).toBe('quarterly profits');
    expect(c?.complete?.()?.options.slice(1).sort()).toEqual(['export sales', 'staff numbers']);
  });
});

describe('speakers matched to their views', () => {
  it('matches reported views too when fewer than three people are quoted', () => {
    const [item] = viewsMatchingCandidates(ctx(ROWING));
    expect(item?.stem).toBe('Match each person to the view the article gives them.');
    expect(item?.prompts).toEqual(['Hannah Voss', 'Mark Ebbing', 'Dev Anand']);
    expect(item?.options[2]).toBe('The river would need dredging before the spring regatta');
    expect(item?.understanding).toBe(true);
    // A view asked here is not asked again as a "who said" question.
    expect(item?.facts).toEqual(stanceCandidates(ctx(ROWING)).flatMap((c) => c.facts ?? []).filter((f) => item?.facts?.includes(f)));
  });
});

describe('whose words go on in the next sentence', () => {
  const FERRY: SourceText = {
    title: 'Island ferry timetable changes',
    paragraphs: [
      'The island ferry will sail twice a day from May, the operator Tidewater Lines has announced.',
      '"Demand has grown every summer since the new pier opened," harbour master Elsa Brandt said. "We will add a late crossing on Fridays and Saturdays."',
      '"Fares will stay the same until the end of the year," managing director Owen Carver said.',
      'Councillor Ruth Pike said islanders had waited years for an evening service.',
    ],
  };

  it('asks who said a quotation whose speaker only the sentence before names, as understanding', () => {
    const c = whoSaidItCandidates(ctx(FERRY)).find((x) => x.stem.includes('late crossing'));
    expect(c?.options[0]).toBe('Elsa Brandt');
    expect(c?.understanding).toBe(true);
    expect(c?.explanation).toBe('In paragraph 2 the quotation goes on from the words of Elsa Brandt, named in paragraph 2.');
    expect(shipped(c, FERRY)).toEqual([]);
  });
});

describe('who holds which view: stance verbs, a quoted word, and what is not a view', () => {
  const MARATHON: SourceText = {
    title: 'City marathon moves to October',
    paragraphs: [
      'Race director Colm Ferris fears the heat would put slower runners at risk in a summer race.',
      'Club captain Ines Lutz said the new date was "a gift" to runners training through the summer.',
      'Main sponsor Joanna Reid said this would cost the race a television slot.',
      'Club physiotherapist Amir Salehi warned that runners could be injured by the move.',
      'Chief timekeeper Bruno Kaas said that the course - which passes the harbour twice - would be measured again.',
    ],
  };

  it('reads "fears" as a stance and keeps a quoted word or two in the view', () => {
    const byName = new Map(reportedViews(analyze(MARATHON)).map((v) => [v.speaker.name, v]));
    expect(byName.get('Colm Ferris')?.verb).toBe('fears');
    expect(byName.get('Colm Ferris')?.clause).toBe('the heat would put slower runners at risk in a summer race');
    expect(byName.get('Ines Lutz')?.clause).toBe('the new date was "a gift" to runners training through the summer');
  });

  it('takes no view whose words point outside it or hold an aside: "said this would", "by the move", a dashed clause', () => {
    const names = reportedViews(analyze(MARATHON)).map((v) => v.speaker.name);
    expect(names).not.toContain('Joanna Reid');
    expect(names).not.toContain('Amir Salehi');
    expect(names).not.toContain('Bruno Kaas');
  });

  it('asks the quoted-word view as an item that passes the linter', () => {
    const c = stanceCandidates(ctx(MARATHON)).find((x) => x.stem.includes('a gift'));
    expect(c?.stem).toBe('According to the article, who said that the new date was "a gift" to runners training through the summer?');
    expect(shipped(c, MARATHON)).toEqual([]);
  });
});

describe('what a figure refers to, in a long paragraph', () => {
  it('asks about no count the article has no other counts for: a plural it merely names is no wrong option', () => {
    const text: SourceText = {
      title: 'County council reorganises its reading service',
      paragraphs: [
        'The county council has set out a new plan for its library service. The county will run 14 vans for villages. ' +
          'Opening hours at the central library will also change. Many volunteers have offered to help at weekends. ' +
          'Now several schools want longer loans for class sets. The council says many branches will share their books.',
      ],
    };
    const c = figureCandidates(ctx(text)).find((x) => x.stem === "What does the article's figure of 14 refer to?");
    expect(c?.options[0]).toBe('vans');
    expect(c?.complete?.()).toBeNull();
  });

  it('asks about no figure of the closing background, though its referent may be a wrong option', () => {
    const text: SourceText = {
      title: 'Call centre users lose patience',
      paragraphs: [
        'Customers hang up after 65 seconds on hold, a survey of call centres has found.',
        'Firms lost 12,000 customers last year because of long waits, the survey says.',
        'Most firms plan to hire more staff, and 40 firms said they would add evening shifts.',
        'The survey was based on questionnaires sent to 166 call centres in 24 countries.',
      ],
    };
    const stems = figureCandidates(ctx(text)).map((c) => c.stem);
    expect(stems.some((t) => /\b24\b|166/.test(t))).toBe(false);
  });
});
