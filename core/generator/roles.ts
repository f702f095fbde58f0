// What part a person plays in the story, so that a question asking for one person by role (the
// painter, the runner, the union leader) offers only people the article casts alike: runners with
// runners, officials with officials, artists with artists. Never a victim or an offender beside
// people of another part, never a name the article only cites inside a title or a quotation, and
// never the headline's subject asked for in some other part.
import type { Analysis, Sentence } from './analysis.ts';
import type { Entity } from './entities.ts';
import { eventsTied, hasEvent, shareEvent } from './sport-events.ts';
import { containsPhrase } from './words.ts';

/** Classes of part, first match wins: a "murdered fashion designer" is a victim before an artist. Plurals too ("400m runners X and Y"). */
const CLASSES: readonly [string, RegExp][] = [
  ['crime', /\b(?:killer|murderer|murdered|gunman|gunmen|suspect|suspected|assassin|kidnapper|victim|attacker|robber|thief|fraudster|convicted)s?\b/i],
  // Before politics and sport: a "political editor" or a "sports reporter" reports on them.
  ['media', /\b(?:journalist|correspondent|reporter|columnist|commentator|pundit|newsreader|editor)s?\b/i],
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
// "The BBC's correspondent in Jakarta, Rachel Harvey, …": the part set before the name, from "the" or "a" to the comma.
// (Not "Speaking to reporters, X said": the phrase must open with an article and its part must be one person's.)
const PART_BEFORE = /(?:^|[,;:(]\s*|\b(?:and|but|while)\s+)(?:[Tt]he|[Aa]n?)\s+((?:(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.]*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:\s+(?:in|at|for|of|on)\s+[^,;:()"“”]{1,40})?),\s*$/u;
// "Prof Ann Lee": an academic, though the title alone is no role the entity reader keeps.
const ACADEMIC_TITLE = /\bProf\.?\s+$/;
// "X, who is not connected to the case, …", "who was not involved in the study": an outside voice, whatever the part.
const UNCONNECTED_AFTER = /^,\s+who\s+(?:is|was|has been|had been)\s+not\s+(?:connected|involved|linked|associated)\s+(?:with|to|in)\b/;

const WORDS_OF = new WeakMap<Entity, string>();
const CLASS_OF = new WeakMap<Entity, string | null>();

/** What the article calls a person: its roles and the words set right before its name, joined. */
function partWords(e: Entity, analysis: Analysis): string {
  let known = WORDS_OF.get(e);
  if (known !== undefined) return known;
  const words = e.roles.map((r) => r.text);
  for (const m of e.mentions) {
    const s = analysis.sentences[m.sentence] as Sentence;
    const preceding = s.text.slice(Math.max(0, m.start - 80), m.start);
    const before = DESCRIPTOR_BEFORE.exec(preceding.slice(-40));
    if (before) words.push(before[1] as string);
    const set = PART_BEFORE.exec(preceding);
    if (set && !/s$/.test((set[1] as string).split(/\s+(?:in|at|for|of|on)\s/)[0] as string)) words.push(set[1] as string);
    if (CREATOR_BEFORE.test(preceding)) words.push('artist');
    if (ACADEMIC_TITLE.test(preceding)) words.push('professor');
    if (UNCONNECTED_AFTER.test(s.text.slice(m.end, m.end + 60))) words.push('observer');
  }
  known = words.join(' ; ');
  WORDS_OF.set(e, known);
  return known;
}

/**
 * The part the article gives a person (its roles and the words right before its name), or null when it
 * says none. Someone the article ties to an event of a sport (a meeting report's "ran the 400m") competes.
 */
export function roleClass(e: Entity, analysis: Analysis): string | null {
  let known = CLASS_OF.get(e);
  if (known !== undefined) return known;
  const text = partWords(e, analysis);
  known = CLASSES.find(([, re]) => re.test(text))?.[0] ?? (hasEvent(e, analysis) ? 'competitor' : null);
  CLASS_OF.set(e, known);
  return known;
}

// People whose part is to watch, report or study what others do: they speak of a government, a firm or a
// party from outside, never as one of it.
const OBSERVER = /\b(?:journalist|correspondent|reporter|columnist|commentator|pundit|newsreader|editor|analyst|economist|strategist|researcher|academic|professor|lecturer|historian|pollster|expert|critic|observer)s?\b/i;

/** Does the article cast this person as an observer (a correspondent, an analyst, a researcher) rather than an actor? */
export function observerPart(e: Entity, analysis: Analysis): boolean {
  return OBSERVER.test(partWords(e, analysis));
}

/**
 * Named only inside quotation marks or as a work or character after someone's possessive: no person of the
 * story. After a place's possessive ("Scotland's Ewan Baird") a name is the place's own person.
 */
export function onlyCited(e: Entity, analysis: Analysis): boolean {
  return e.mentions.every((m) => {
    const s = analysis.sentences[m.sentence] as Sentence;
    if (s.quoted.some(([a, b]) => m.start >= a && m.end <= b)) return true;
    if (!AFTER_POSSESSIVE.test(s.text.slice(Math.max(0, m.start - 40), m.start))) return false;
    const owner = s.mentions.filter((o) => o.end <= m.start).pop();
    return !(owner?.possessive && owner.entity.kind === 'place');
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

/** How a quotation speaks: as one of a body ("we", "our"), or of one from outside ("they", "the government"). */
export type Voice = 'member' | 'about';

/**
 * May `other` stand as a wrong option for words spoken in this `voice` by `key`? Words said as one of a body
 * ("for us to raise prices") are an actor's: an observer (a correspondent, an analyst) never says them beside
 * an actor, nor an actor beside an observer. Where the article gives both a part, the parts must be alike
 * (officials with officials, politicians with politicians), as they must for words said of a body. Words said of a body from outside ("whether they
 * go for …") by an observer take only observers. `other` null: a name from outside the article (the launch
 * lexicon's officials), an actor of no part the article states.
 */
export function voiceAlike(key: Entity, other: Entity | null, analysis: Analysis, voice: Voice): boolean {
  // Observers (a correspondent, an analyst, a researcher) are of one part here, whatever their field.
  if (observerPart(key, analysis)) return !!other && observerPart(other, analysis);
  // An actor may speak of another body ("they") as an observer would: only "we" rules observers out then.
  if (voice === 'member' && other && observerPart(other, analysis)) return false;
  return !other || alikeParts(key, other, analysis);
}

/** Parts alike where the article gives both (a "Tony Blair" it never introduces may stand beside a minister). */
function alikeParts(key: Entity, other: Entity, analysis: Analysis): boolean {
  const a = roleClass(key, analysis);
  const b = roleClass(other, analysis);
  return !a || !b || a === b || compatibleClasses(a, b);
}

/**
 * In a report of several events (a meeting, a games), may `other` stand as a wrong option for the competitor
 * `key`? Only someone the article ties to one of the key's events, in the same men's or women's field: a
 * heptathlete is no runner-up in a men's 3,000m. A key of another known part (a coach, an official) is not
 * held to it; a competitor whose event the article does not say takes no one. `other` null: a name from
 * outside the article, tied to no event.
 */
export function eventPeer(key: Entity, other: Entity | null, analysis: Analysis): boolean {
  if (!eventsTied(analysis)) return true;
  const part = roleClass(key, analysis);
  if (part && part !== 'competitor') return true;
  return !!other && shareEvent(key, other, analysis);
}
