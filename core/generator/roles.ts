// What part a person plays in the story, so that a question asking for one person by role (the
// painter, the runner, the union leader) offers only people the article casts alike: runners with
// runners, officials with officials, artists with artists. Never a victim or an offender beside
// people of another part, never a name the article only cites inside a title or a quotation, and
// never the headline's subject asked for in some other part.
import type { Analysis, Sentence } from './analysis.ts';
import type { Entity } from './entities.ts';
import { containsPhrase } from './words.ts';

/** Classes of part, first match wins: a "murdered fashion designer" is a victim before an artist. Plurals too ("400m runners X and Y"). */
const CLASSES: readonly [string, RegExp][] = [
  ['crime', /\b(?:killer|murderer|murdered|gunman|gunmen|suspect|suspected|assassin|kidnapper|victim|attacker|robber|thief|fraudster|convicted)s?\b/i],
  [
    'competitor',
    /\b(?:runner|runner-up|player|champion|medallist|athlete|sprinter|jumper|hurdler|marathoner|winger|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|cyclist|swimmer|golfer|jockey|boxer|batsman|bowler|rider|driver|olympian|record holder|fly-half|full-back|scrum-half|prop|hooker|finalist|team-mate)s?\b/i,
  ],
  ['politics', /\b(?:minister|mp|mps|mep|msp|chancellor|senator|premier|mayor|ambassador|diplomat|shadow|politician|councillor|lawmaker|tory|labour|conservative|liberal democrat|lib dem|republican|democrat)s?\b/i],
  [
    'arts',
    /\b(?:singer|actor|actress|author|writer|novelist|producer|presenter|designer|artist|painter|sculptor|photographer|musician|guitarist|drummer|comedian|conductor|composer|dancer|ballerina|poet|playwright|critic|curator|broadcaster|rapper|film director|filmmaker|film-maker)s?\b/i,
  ],
  ['law', /\b(?:judge|magistrate|lawyer|prosecutor|attorney|barrister|solicitor)s?\b/i],
  ['science', /\b(?:researcher|scientist|professor|lecturer|astronomer|physicist|chemist|biologist|engineer|doctor|surgeon)s?\b/i],
  ['business', /\b(?:owner|founder|investor|trader|banker|economist|analyst|consultant|entrepreneur|tycoon|businessman|businesswoman|shareholder|collector|chief executive)s?\b/i],
  ['official', /\b(?:chief|head|chairman|chairwoman|chair|president|secretary|official|spokesman|spokeswoman|spokesperson|director|executive|boss|organiser|organizer|commissioner|governor|regulator|manager|coach|leader)s?\b/i],
];

// Up to three lower-case words right before a name ("suspected serial killer", "marathon runner").
const DESCRIPTOR_BEFORE = /(?:^|[\s(])((?:[a-z][a-z-]*\s+){1,3})$/;
// "Clarke's Jonathan Strange", "Pole's Captain Peter Vey": a name after another name's possessive is a work or a character.
const AFTER_POSSESSIVE = /\p{Lu}[\p{L}-]*['’]s\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;

// "works by X", "a novel by X": the maker of a work is an artist, whatever else the article calls them.
const CREATOR_BEFORE = /\b(?:works|paintings|pictures|painted|sculptures|novels?|books?|poems?|songs?|albums?|films?|plays?|written|directed|composed) by\s+$/;

const CLASS_OF = new WeakMap<Entity, string | null>();

/** The part the article gives a person (its roles and the words right before its name), or null when it says none. */
export function roleClass(e: Entity, analysis: Analysis): string | null {
  let known = CLASS_OF.get(e);
  if (known !== undefined) return known;
  const words = e.roles.map((r) => r.text);
  for (const m of e.mentions) {
    const s = analysis.sentences[m.sentence] as Sentence;
    const preceding = s.text.slice(Math.max(0, m.start - 40), m.start);
    const before = DESCRIPTOR_BEFORE.exec(preceding);
    if (before) words.push(before[1] as string);
    if (CREATOR_BEFORE.test(preceding)) words.push('artist');
  }
  const text = words.join(' ; ');
  known = CLASSES.find(([, re]) => re.test(text))?.[0] ?? null;
  CLASS_OF.set(e, known);
  return known;
}

/** Named only inside quotation marks or as a work or character after someone's possessive: no person of the story. */
export function onlyCited(e: Entity, analysis: Analysis): boolean {
  return e.mentions.every((m) => {
    const s = analysis.sentences[m.sentence] as Sentence;
    return s.quoted.some(([a, b]) => m.start >= a && m.end <= b) || AFTER_POSSESSIVE.test(s.text.slice(Math.max(0, m.start - 40), m.start));
  });
}

/**
 * May `other` stand as a wrong option for `key` when a question asks for a person by role? Both cast
 * alike where the article says what each is; a victim or an offender only beside one; the headline's
 * subject only when the article gives both the same part.
 */
export function castAlike(key: Entity, other: Entity, analysis: Analysis): boolean {
  if (onlyCited(other, analysis)) return false;
  const a = roleClass(key, analysis);
  const b = roleClass(other, analysis);
  if (a && b) return a === b || compatibleClasses(a, b);
  if (a === 'crime' || b === 'crime') return false;
  const title = analysis.source.title;
  return ![other.name, ...other.mentions.map((m) => m.text)].some((n) => containsPhrase(title, n));
}

// An official (a chief, a spokesman, a director) stands beside politicians, business people and judges:
// news names heads of bodies, parties and firms alike. Not beside artists, scientists or competitors, whose
// work is their own (an auction house's head is no painter).
const BESIDE_OFFICIALS = new Set(['politics', 'business', 'law']);
function compatibleClasses(a: string, b: string): boolean {
  return (a === 'official' && BESIDE_OFFICIALS.has(b)) || (b === 'official' && BESIDE_OFFICIALS.has(a));
}

/**
 * Someone the article gives a part that speaks for something (a minister, a spokesman, a judge), cast
 * like the key: a fair voice for words they did not say. A competitor or an offender is never one
 * beside a key the article gives no part, nor anyone whose part the article does not say.
 */
export function knownPeer(key: Entity, other: Entity, analysis: Analysis): boolean {
  const b = roleClass(other, analysis);
  if (!b || (!roleClass(key, analysis) && SILENT_PARTS.has(b))) return false;
  return castAlike(key, other, analysis);
}
const SILENT_PARTS = new Set(['competitor', 'crime']);
