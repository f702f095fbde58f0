// Known names: the launch domain's people, organisations and places (the Syria conflict), with
// aliases (ISIS = ISIL = Islamic State = Daesh) and "sides" (Moscow/Kremlin speak for Russia)
// so that neither is ever offered as a distractor for the other; plus the general places
// (countries, capitals, continents) of general-places.ts. Both help recognise names in any text;
// only general entries are wrong options for any article, launch-domain ones only for a text on
// the launch topic (see distractors.ts). Kept as compact tables: they ship inside the Worker bundle.

import { GENERAL_PLACES_TABLE } from './general-places.ts';
import { tokenize } from './words.ts';

type EntityKind = 'person' | 'org' | 'place';

export interface LexEntry {
  id: string;
  kind: EntityKind;
  /** Finer kind for same-kind distractors: country, capital, city, region, continent, river; armed, gov, intl, media, op. */
  sub: string;
  /** Display name first, then aliases. */
  names: string[];
  /** Written with "the" ("the Pentagon", "the United States"). */
  the: boolean;
  plural: boolean;
  /** Entities on one side (a state, its capital, its ministries): never distractors of each other. */
  side: string;
  demonyms: string[];
  /** For people: the state they act for (russia, us), so a true/false swap never trades colleagues. */
  nation?: string;
  /** Neutral general knowledge (a country, a capital, a continent) rather than a launch-domain name. */
  general: boolean;
}

// kind/sub | flags (t = takes "the", p = plural) | side | names ; separated | demonyms (places) or nation (people)
const TABLE = `
person/|||Vladimir Putin;Putin|russia
person/|||Sergei Lavrov;Lavrov;Sergey Lavrov|russia
person/|||Donald Trump;Trump|us
person/|||Barack Obama;Obama|us
person/|||John Kerry;Kerry|us
person/|||Bashar al-Assad;Assad;al-Assad;Al-Assad;Bashar Assad|syria
person/|||Recep Tayyip Erdogan;Erdogan;Erdoğan;Recep Tayyip Erdoğan|turkey
person/|||Sergei Shoigu;Shoigu|russia
person/|||Dmitry Peskov;Peskov|russia
person/|||Maria Zakharova;Zakharova|russia
person/|||James Mattis;Mattis|us
person/|||Rex Tillerson;Tillerson|us
person/|||Mike Pompeo;Pompeo|us
person/|||Joseph Dunford;Dunford|us
person/|||Valery Gerasimov;Gerasimov|russia
person/|||Hassan Rouhani;Rouhani|iran
person/|||Ashton Carter|us
org/armed|t|isis|Islamic State;ISIS;ISIL;Daesh;IS;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant|
org/armed||nusra|Jabhat al-Nusra;Nusra;al-Nusra;Nusra Front;al-Nusra Front;Jabhat Fateh al-Sham;Fateh al-Sham;Hayat Tahrir al-Sham;HTS|
org/armed|tp|sdf|Syrian Democratic Forces;SDF|
org/armed|t|ypg|YPG;People's Protection Units|
org/armed|t|fsa|Free Syrian Army;FSA|
org/armed||hezbollah|Hezbollah;Hizbollah|
org/armed||qaeda|al-Qaeda;Al-Qaeda;al Qaeda|
org/armed|t|pkk|PKK;Kurdistan Workers' Party|
org/intl||nato|NATO;North Atlantic Treaty Organization|
org/intl|t|un|United Nations;UN;U.N.|
org/intl|t|un|UN Security Council;Security Council|
org/intl|t|eu|European Union;EU|
org/gov|t|us|Pentagon;Defense Department;Department of Defense;US Department of Defense|
org/gov|t|us|White House|
org/gov|t|us|State Department;Department of State|
org/gov||us|Central Command;CENTCOM;U.S. Central Command|
org/gov|tp|us|Joint Chiefs of Staff;Joint Chiefs|
org/gov|t|us|Obama administration|
org/gov|t|us|Trump administration|
org/gov|t|russia|Kremlin|
org/gov|t|russia|Russian Defense Ministry;Russian Defence Ministry;Defense Ministry|
org/media||newsweek|Newsweek|
org/media||elpais|El País;El Pais|
org/media||tass|TASS|
org/media||sputnik|Sputnik;Sputnik News|
org/media|t|nyt|New York Times|
org/media||aljazeera|Al Jazeera|
org/media||reuters|Reuters|
org/media|t|ap|Associated Press;AP|
org/media|t|bbc|BBC|
org/media|t|wapo|Washington Post|
org/media||vzglyad|Vzglyad|
org/media||interfax|Interfax|
org/media||ria|RIA Novosti|
org/op||inherent|Operation Inherent Resolve|
org/op||atlantic|Operation Atlantic Resolve|
place/city||aleppo|Aleppo|
place/city||raqqa|Raqqa;Raqqah|
place/city||deir|Deir ez-Zor;Deir al-Zour;Deir ez-Zour|
place/city||palmyra|Palmyra|
place/city||hajin|Hajin|
place/city||manbij|Manbij|
place/city||afrin|Afrin|
place/city||homs|Homs|
place/city||mosul|Mosul|
place/city||geneva|Geneva|
place/city||astana|Astana|
place/city||sochi|Sochi|
place/region||idlib|Idlib|
place/region||crimea|Crimea|
place/region||donbas|Donbas;Donbass|
place/region|t|baltic|Baltic States;Baltics|
place/river|t|euphrates|Euphrates River;Euphrates|
place/river|t|tigris|Tigris River;Tigris|
`;

function parse(table: string, general: boolean): LexEntry[] {
  const out: LexEntry[] = [];
  for (const line of table.trim().split('\n')) {
    const [kindSub = '', flags = '', side = '', names = '', demonyms = ''] = line.split('|');
    const [kind, sub = ''] = kindSub.split('/');
    const list = names.split(';');
    out.push({
      id: `lex:${list[0]}`,
      kind: kind as EntityKind,
      sub,
      names: list,
      the: flags.includes('t'),
      plural: flags.includes('p'),
      side: side || `lex:${list[0]}`,
      demonyms: demonyms && kind !== 'person' ? demonyms.split(';') : [],
      ...(kind === 'person' && demonyms ? { nation: demonyms } : {}),
      general,
    });
  }
  return out;
}

export const LEXICON: readonly LexEntry[] = [...parse(TABLE, false), ...parse(GENERAL_PLACES_TABLE, true)];

/** Every lexicon name, longest first per first word, for longest-match scanning. */
export const LEXICON_BY_FIRST_WORD: ReadonlyMap<string, { words: string[]; entry: LexEntry }[]> = (() => {
  const map = new Map<string, { words: string[]; entry: LexEntry }[]>();
  for (const entry of LEXICON) {
    for (const name of entry.names) {
      const words = tokenize(name).map((t) => t.text);
      const key = words[0] as string;
      const list = map.get(key) ?? [];
      list.push({ words, entry });
      map.set(key, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Demonym -> country (Russian -> Russia), used to read "Russian Foreign Minister" as a role. */
export const DEMONYMS: ReadonlyMap<string, LexEntry> = (() => {
  const map = new Map<string, LexEntry>();
  for (const e of LEXICON) for (const d of e.demonyms) map.set(d, e);
  return map;
})();

// Adjectives that are capitalised but are not names: they join roles, never stand as entities.
export const PROPER_ADJECTIVES = new Set(
  ('Kurdish Arab Islamist Jihadi Sunni Shia Shiite Alawite Muslim Christian Western Eastern Northern Southern Soviet ' +
    'Republican Democrat Democratic Communist Islamic Baltic Atlantic Middle Pro Anti Then Former ' +
    // Party affiliations before a name ("Liberal Democrat Sarah Teather", "Tory MP …").
    'Labour Tory Conservative Liberal Green Unionist Nationalist').split(' '),
);

// Titles and role nouns: they make a following capitalised run a person and become the person's role.
export const TITLE_WORDS = new Set(
  ('President Vice Prime Minister Foreign Defense Defence Interior Secretary State General Gen Lieutenant Lt Major Maj Brigadier ' +
    'Colonel Col Captain Capt Admiral Adm Commander Cmdr Sergeant Sgt Corporal Ambassador Senator Sen Representative Rep Governor ' +
    'Gov Mayor King Queen Prince Crown Emir Sheikh Pope Judge Justice Chancellor Chairman Chairwoman Chair Director Chief Spokesman ' +
    'Spokeswoman Spokesperson Envoy Special Deputy Acting Leader Candidate Mr Mrs Ms Dr Prof Professor Marshal Field Speaker ' +
    'Premier Commissioner Inspector Sheriff Attorney Officer Lord Lady Sir Dame Baroness Baron Rev Coach Manager MP MEP MSP AM')
    .split(' '),
);
export const ROLE_NOUNS = new Set(
  ('president minister secretary general spokesman spokeswoman spokesperson candidate chairman chairwoman chair director chief ' +
    'commander ambassador envoy leader head adviser advisor senator governor mayor official officer analyst correspondent reporter ' +
    'editor diplomat negotiator prosecutor judge inspector lawmaker colonel captain admiral sergeant lieutenant major marshal ' +
    // Off-domain news: sport, business, arts, science and local government.
    'economist coach manager boss striker midfielder defender goalkeeper winger player champion singer actor actress star ' +
    'executive founder owner author writer novelist producer presenter researcher scientist professor campaigner chancellor ' +
    'co-chairman designer artist musician comedian broadcaster rider driver runner athlete investor trader banker lawyer ' +
    'councillor mp mep spokesperson president-elect vice-president chief-executive conductor composer astronomer physicist chemist ' +
    'biologist engineer doctor surgeon nurse teacher headteacher architect historian critic curator farmer pilot consultant')
    .split(' '),
);

// Common given names: let the generator recognise people in an arbitrary article without the lexicon.
export const GIVEN_NAMES = new Set(
  ('John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven ' +
    'Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan ' +
    'Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose ' +
    'Adam Henry Nathan Douglas Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur ' +
    'Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent ' +
    'Russell Elijah Louis Bobby Philip Johnny Bill Mike Tom Jim Bob Dick Ted Hillary Mary Patricia Jennifer Linda Elizabeth Barbara ' +
    'Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa ' +
    'Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha ' +
    'Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly ' +
    'Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice ' +
    'Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany ' +
    'Natalie Isabella Charlotte Rose Alexis Kayla Angela Nikki Condoleezza Madeleine Vladimir Sergei Sergey Dmitry Dmitri Valery ' +
    'Valentina Mikhail Boris Igor Alexei Alexey Andrei Andrey Yuri Nikolai Viktor Ivan Oleg Pavel Anatoly Maxim Olga Tatiana Irina ' +
    'Natalia Yevgeny Vyacheslav Ramzan Bashar Hafez Ahmed Ahmad Mohammed Mohammad Muhammad Ali Hassan Hussein Omar Khalid Abdullah ' +
    'Ibrahim Mahmoud Mustafa Recep Ahmet Mehmet Hulusi Mevlut Emmanuel Angela Theresa Boris Justin Xi Benjamin Ehud Abu Hamid Walid ' +
    'Bernard Jean Pierre Francois Hans Klaus Jens Antonio Staffan Kofi Ban Volodymyr Petro Joseph Ashton Rex Hillary Nikki Brett Lindsey ' +
    // Common in British, European and sports news.
    'Tony Gordon Liam Rick Ken Alastair Alistair Jamie Steve Steven Ian Neil Graham Tessa Clive Martin Simon Nigel Colin Geoff ' +
    'Trevor Phil Rob Dave Chris Nick Alex Sam Ben Luke Matt Owen Gareth Hugh Jonny Jonathan Clare Gillian Gill Jack Harry Oliver ' +
    'Charlie Freddie Andy Tim Mick Elton Kylie Arsene Sven Thierry Rafael Roger Serena Venus Lleyton Marat Carlos Luis Fernando ' +
    'Diego Marco Paolo Francesco Giovanni Zinedine Didier Patrick Sol Rio Wayne Frank Ruud Jose Michael Kenny Craig Danny Darren ' +
    'Lee Jason Carl Stuart Stewart Duncan Malcolm Derek Howard Norman Dennis Barry Gary Roy Alan Glenn Kelly Paula Denise Jo ' +
    'Kate Lucy Sophie Jane Julia Sally Fiona Helen Nicola Tracey Joanna Emma Keira Bridget Natasha Stella Vanessa Yoko Hiroshi ' +
    'Takashi Kenji Li Wang Zhang Chen Jacques Nicolas Francois Gerhard Silvio Romano Jose-Maria Vaclav Lech Ariel Yasser Mahmoud ' +
    'Kim Bono Bjorn Anders Lars Henrik Ole Erik Mikael Fredrik Paulo Ronaldo Rivaldo Ronaldinho Alessandro Gianluca Claudio Robbie ' +
    'Damon Noel Liam Ewan Hamish Rhodri Dai Iwan Gavin Shane Brendan Eddie Ronnie Shaun Marcus Jermaine Jermain Ashley Kieron')
    .split(' '),
);
