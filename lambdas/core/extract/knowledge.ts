/**
 * The knowledge files (knowledge/*.json) loaded once and compiled into matchers at module load, so each
 * article only runs prebuilt regular expressions. Imported as JSON modules so the Lambda bundle carries
 * them (no file system reads at run time). The large sources (name, country, title and place tries) come
 * from the build-time table of prebuilt-sources.ts when it matches the files, so a cold start only compiles them.
 */
import actorsData from '../../../knowledge/actors.json' with { type: 'json' };
import countriesData from '../../../knowledge/countries.json' with { type: 'json' };
import placesData from '../../../knowledge/places.json' with { type: 'json' };
import titlesData from '../../../knowledge/titles.json' with { type: 'json' };
import cuesData from '../../../knowledge/cues.json' with { type: 'json' };
import topicsData from '../../../knowledge/topics.json' with { type: 'json' };
import namesData from '../../../knowledge/names.json' with { type: 'json' };
import { compilePhraseList, phraseSource } from '../ingest/phrases.js';
import { defaultChar, trieSource } from '../ingest/trie.js';
import { factoredTrieSource } from '../ingest/factored-trie.js';
import { escapeRegex } from '../text/escape-regex.js';
import { prebuiltSource } from '../ingest/prebuilt-sources.js';

export interface CountryEntry {
  code: string;
  name: string;
  short?: string;
  kind?: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  metonyms: string[];
  /** Capitals that are also common names or other places ("Georgetown", "Victoria"): named only in context. */
  ambiguousCapitals?: string[];
}

export interface ActorRole {
  title: string | null;
  from?: string;
  to?: string;
}

export interface ActorEntry {
  name: string;
  country: string | null;
  aliases: string[];
  roles: ActorRole[];
}

export interface PlaceEntry {
  kind: 'city' | 'venue' | 'gathering';
  name: string;
  city: string | null;
  country: string | null;
}

export type CountryWordKind = 'name' | 'demonym' | 'capital' | 'metonym';

export const COUNTRIES: CountryEntry[] = countriesData.countries as CountryEntry[];
export const ACTORS: ActorEntry[] = actorsData.actors as ActorEntry[];
export const CUES = cuesData;

/**
 * The class of the capital letters the words can start with ("[UASR…]"), for a lookahead. Irregexp scans for a
 * plain character class far faster than for `\p{Lu}` (measured ~1.5–2× on the name and country tries), and
 * a word starting with any other capital could not match anyway.
 */
function capitalsClass(words: Iterable<string>): string {
  const firsts = new Set<string>();
  for (const w of words) if (/^\p{Lu}/u.test(w)) firsts.add(String.fromCodePoint(w.codePointAt(0)!));
  return `[${[...firsts].join('')}]`;
}

/**
 * A letter or a digit, for the lookarounds that keep matches to whole words. The same characters as the
 * class `[\p{L}\p{N}]`, but cheaper to compile: V8 builds every Unicode property class each time a
 * RegExp is constructed, and merging two large properties into one class costs about twice as much as
 * the two apart (~1.1 M against ~0.6 M instructions), paid for each such lookaround at every cold start.
 */
const LETTER_OR_DIGIT = '\\p{L}|\\p{N}';

/**
 * Proper-noun alternation: case-sensitive, whole words, longest first, optional possessive. The trie is the
 * same table entry as any other trie of these words.
 */
function properNounRegex(names: Iterable<string>): RegExp {
  const words = [...new Set(names)].filter((n) => n.length > 1);
  // The capital-letter lookahead lets the engine reject most positions at once (speed).
  return new RegExp(`(?=${prebuiltCapitalsClass(words)})(?<!${LETTER_OR_DIGIT})(?:${prebuiltTrieSource(words)})(?!${LETTER_OR_DIGIT}|\\.\\p{L})`, 'gu');
}

/** trieSource with the default character patterns, from the prebuilt table when current. */
function prebuiltTrieSource(words: readonly string[]): string {
  return prebuiltSource('trie', words, () => trieSource(words));
}

/**
 * The same matches in a shorter source (factored-trie.ts: the words that share their other words written once), for
 * the titled-name pattern, which must stay under V8's 20 KB limit for optimizing. Not for the country and name
 * patterns themselves: there the plain trie scans faster (the factored country words about 15 % slower).
 */
function prebuiltFactoredSource(words: readonly string[]): string {
  return prebuiltSource('factored-trie', words, () => factoredTrieSource(words, defaultChar, (w) => w.replace(/’/g, "'")));
}

/** capitalsClass, from the prebuilt table when current. */
function prebuiltCapitalsClass(words: readonly string[]): string {
  return prebuiltSource('capitals-class', words, () => capitalsClass(words));
}

function stripThe(s: string): string {
  return s.replace(/^the\s+/i, '');
}

// ---- countries -------------------------------------------------------------------------------
export const countryByWord = new Map<string, { code: string; kind: CountryWordKind }>();
for (const c of COUNTRIES) {
  const add = (word: string, kind: CountryWordKind) => {
    const key = stripThe(word);
    if (!countryByWord.has(key)) countryByWord.set(key, { code: c.code, kind });
  };
  add(c.name, 'name');
  c.aliases.forEach((a) => add(a, 'name'));
  c.metonyms.forEach((m) => add(m, 'metonym'));
  c.capitals.forEach((m) => add(m, 'capital'));
  c.demonyms.forEach((d) => add(d, 'demonym'));
}
// "the Sudanese Armed Forces": a state's own institution, named with its demonym, stands for the state.
const STATE_BODIES: string[] = (countriesData as { stateBodies?: string[] }).stateBodies ?? [];
for (const c of COUNTRIES) {
  for (const d of c.demonyms) for (const body of STATE_BODIES) if (!countryByWord.has(`${d} ${body}`)) countryByWord.set(`${d} ${body}`, { code: c.code, kind: 'metonym' });
}
export const COUNTRY_RE = properNounRegex(countryByWord.keys());
/** A federation's state or province ("Alaska", "Ontario") → the federation: a person's country from a description. */
export const countryBySubnationalUnit = new Map<string, string>();
for (const [code, units] of Object.entries((countriesData as { subnationalUnits?: Record<string, string[]> }).subnationalUnits ?? {})) {
  for (const unit of units) countryBySubnationalUnit.set(unit, code);
}
/** Country words that end a unit's name ("Mexico" → ["New Mexico"]): there they name no country. */
export const subnationalUnitsEndingWith = new Map<string, string[]>();
for (const unit of countryBySubnationalUnit.keys()) {
  for (const word of countryByWord.keys()) {
    if (unit.length > word.length && unit.endsWith(` ${word}`)) subnationalUnitsEndingWith.set(word, [...(subnationalUnitsEndingWith.get(word) ?? []), unit]);
  }
}
/** Any of those units as a whole word (case-sensitive: "Maine", not "maine"). */
export const SUBNATIONAL_UNIT_RE = compilePhraseList([...countryBySubnationalUnit.keys()], '');
/** Courtesy adjectives before a state's formal name ("the sisterly Republic of Iraq"): part of a title phrase. */
export const STATE_EPITHETS: ReadonlySet<string> = new Set((countriesData as { stateEpithets?: string[] }).stateEpithets ?? []);

interface ContextualEntry {
  phrase: string;
  caseSensitive: boolean;
  candidates: string[];
  /** Codes whose mention makes the phrase name its first candidate ("the North" once either Korea is named). */
  context?: string[];
  /** How the phrase names the country: a government ('metonym', the default) or a nationality ('demonym': "Korean"). */
  kind?: CountryWordKind;
}
/**
 * Capital → its country, for capitals that are also common names or other places ("Georgetown", "Kingston"):
 * each names its country, as a party and as a city, only once the article has named that country.
 */
export const AMBIGUOUS_CAPITALS = new Map<string, string>();
for (const c of COUNTRIES) for (const capital of c.ambiguousCapitals ?? []) AMBIGUOUS_CAPITALS.set(capital, c.code);
/** "the kingdom", "the North", "Georgetown": phrases that name one of several governments depending on the article. */
const CONTEXTUAL_ENTRIES: ContextualEntry[] = [
  ...((countriesData as { contextual?: ContextualEntry[] }).contextual ?? []),
  ...[...AMBIGUOUS_CAPITALS].map(([phrase, code]) => ({ phrase, caseSensitive: true, candidates: [code], context: [code], kind: 'capital' as const })),
];
/** "the Minsk agreements", "the Bridgetown session": nouns after which a capital names a thing, not a party. */
export const NAMED_AFTER_CITY_NOUNS: ReadonlySet<string> = new Set((countriesData as { namedAfterCityNouns?: string[] }).namedAfterCityNouns ?? []);
/** Any contextual phrase at all, case-insensitively: one cheap test per sentence before the precise ones. */
export const ANY_CONTEXTUAL_COUNTRY_WORD = compilePhraseList(CONTEXTUAL_ENTRIES.map((e) => e.phrase), 'iu');
export interface ContextualCountryWord {
  re: RegExp;
  candidates: string[];
  context: string[] | null;
  kind: CountryWordKind;
}
let contextualWords: ContextualCountryWord[] | null = null;
/**
 * The precise pattern of each contextual phrase. Built at the first sentence that has one (about one real
 * article in three), not at every cold start: each holds two Unicode property classes, which V8 builds
 * with the RegExp.
 */
export function contextualCountryWords(): readonly ContextualCountryWord[] {
  contextualWords ??= CONTEXTUAL_ENTRIES.map((e) => ({
    // Case-sensitive entries still allow a sentence-initial "The" ("The North has not replied").
    re: new RegExp(`(?<![\\p{L}])${escapeRegex(e.phrase).replace(/\s+/g, '\\s+').replace(/^the\b/, '[Tt]he')}(?![\\p{L}])`, e.caseSensitive ? 'gu' : 'giu'),
    candidates: e.candidates,
    context: e.context ?? null,
    kind: e.kind ?? 'metonym',
  }));
  return contextualWords;
}
export const countryByCode = new Map(COUNTRIES.map((c) => [c.code, c]));

// ---- actors ----------------------------------------------------------------------------------
export const actorByAlias = new Map<string, ActorEntry>();
for (const a of ACTORS) {
  for (const alias of [a.name, ...a.aliases]) if (!actorByAlias.has(alias)) actorByAlias.set(alias, a);
}
export const ACTOR_RE = properNounRegex(actorByAlias.keys());

/** The role an actor held on `date` (YYYY-MM-DD), else the open-ended one, else the latest listed. */
export function roleOn(actor: ActorEntry, date: string | null): string | null {
  if (date) {
    const held = actor.roles.find((r) => (!r.from || r.from <= date) && (!r.to || date < r.to));
    if (held) return held.title;
  }
  const current = actor.roles.find((r) => !r.to);
  return (current ?? actor.roles[0])?.title ?? null;
}

/** Countries whose officials' names are written family name first ("Liu Jinsong" is "Mr. Liu"). */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(namesData.familyNameFirst);
/** Words that belong to the name of a body, never to a person's (knowledge/names.json institutionWords). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(namesData.institutionWords);

// ---- titles ----------------------------------------------------------------------------------
/**
 * The titles as listed, plus each portfolio's minister written three ways ("Commerce Minister", "Minister of/for
 * Commerce") and its secretary two ("Agriculture Secretary", "Secretary of Agriculture": the cabinet of the US, of
 * Mexico, of the UK's departments).
 */
const TITLES: string[] = [
  ...new Set([
    ...titlesData.titles,
    ...titlesData.portfolios.flatMap((p) => {
      const bare = p.replace(/^the\s+/, '');
      return [`${bare} Minister`, `Minister of ${p}`, `Minister for ${p}`, `${bare} Secretary`, `Secretary of ${p}`];
    }),
  ]),
];
const WEAK_TITLES = new Set(titlesData.weakTitles.map((t) => t.toLowerCase()));
export function isWeakTitle(title: string): boolean {
  return WEAK_TITLES.has(title.toLowerCase());
}
// Last words of titles ("Minister", "President", "Gen."): a word before a name that is a title, not a name part.
// Portfolios ("Minister of Commerce") are left out: "Commerce" or "Security" alone is no title.
const TITLE_LAST_WORDS = new Set(
  [...titlesData.titles, ...titlesData.weakTitles, ...titlesData.titlePrefixes].map((t) => t.split(/\s+/).pop()!.replace(/\.$/, '').toLowerCase()),
);
/** Also the plural, as titled names take it ("a meeting between Presidents Putin and Trump"). */
export function isTitleWord(word: string): boolean {
  const folded = word.replace(/\.$/, '').toLowerCase();
  return TITLE_LAST_WORDS.has(folded) || (folded.endsWith('s') && TITLE_LAST_WORDS.has(folded.slice(0, -1)));
}
// Titles match with either capitalization of each word ("Foreign Minister", "foreign minister").
const eitherCase = (c: string) => (c === ' ' ? '\\s+' : /[A-Za-z]/.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : escapeRegex(c));
const TITLE_ALT = prebuiltSource('factored-trie/either-case', TITLES, () => factoredTrieSource(TITLES, eitherCase, (t) => t.replace(/[A-Z]/g, (c) => c.toLowerCase())));
const TITLE_PREFIX = prebuiltTrieSource(titlesData.titlePrefixes);
// A particle ending in a hyphen is written onto the name it precedes ("al-Burhan"); the others stand apart ("bin Salman").
const PARTICLES = namesData.nameParticles.filter((p) => !p.endsWith('-')).map(escapeRegex).join('|');
const GLUED_PARTICLES = namesData.nameParticles.filter((p) => p.endsWith('-')).map(escapeRegex).join('|');
const PARTICLE = `(?:(?:${PARTICLES})\\s+|${GLUED_PARTICLES})`;
/** Up to two particles before a name word ("de la Fuente", "van der Leyen"): a source to put before NAME_WORD. */
export const NAME_PARTICLES = `(?:${PARTICLE}){0,2}`;
const GLUED_PARTICLE_START = new RegExp(`^(?:${GLUED_PARTICLES})(?=\\p{Lu})`, 'u');
/** "al-Burhan" → "Burhan": the name a person is called by alone. */
export function stripGluedParticle(word: string): string {
  return word.replace(GLUED_PARTICLE_START, '');
}
// A capital, then letters ending in a letter or a period, or an initial ("Q."). The capital is written
// once for both forms: each Unicode property in a pattern is paid for when the RegExp is built.
const NAME_WORD = `(?:\\p{Lu}(?:[\\p{L}'’.-]*[\\p{L}.]|\\.?))`;
const countryWords = [...countryByWord.keys()];
const COUNTRY_WORD_ALT = prebuiltFactoredSource(countryWords);
// A titled name starts with a capital of a country word, a title (either case of its first letter) or a prefix.
const titledStartWords = [
  ...countryWords,
  ...titlesData.titlePrefixes,
  ...TITLES.map((t) => t[0].toUpperCase() + t.slice(1)),
  'Former',
  'Ex-',
];
// One lookahead with the lower-case starts as alternatives: two lookaheads tried one after the other at every
// position made this pattern cost about 1.6 times as many instructions.
const TITLED_START = `(?=${prebuiltCapitalsClass(titledStartWords)}|former|ex-)`;
// "Assistant Foreign Minister for African Affairs NAME", "Undersecretary for Policy NAME": a remit between the title and the name.
const REMIT = `(?:\\s+for\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:and\\s+)?){0,3}(?:${titlesData.remitEnds.map(escapeRegex).join('|')}))?`;
/**
 * "[former] [Russian|China's] Foreign Minister[,] Jane Q. Doe": groups former, country, title (plural
 * "Presidents" allowed), name.
 */
export const TITLED_NAME_RE = new RegExp(
  `${TITLED_START}(?<!${LETTER_OR_DIGIT})(?:(?<former>[Ff]ormer|[Ee]x-)\\s*)?(?:(?<country>${COUNTRY_WORD_ALT})(?:['’]s)?\\s+)?(?<title>(?:${TITLE_PREFIX}[\\s-]+)?${TITLE_ALT}${REMIT})s?,?\\s+(?<name>${NAME_WORD}(?:\\s+${NAME_PARTICLES}${NAME_WORD}){0,3})`,
  'gu',
);

/**
 * An appositive introduction: "Maroš Šefčovič, the EU's trade commissioner": a two-to-four-word name just
 * before a comma. The job description after the comma is checked with APPOSITIVE_TITLE_HEAD_RE.
 */
export const APPOSITIVE_NAME_RE = new RegExp(
  `(?=\\p{Lu})(?<!${LETTER_OR_DIGIT}|[.'’-])(?<name>${NAME_WORD}(?:\\s+${NAME_PARTICLES}${NAME_WORD}){1,3})(?=,\\s)`,
  'gu',
);
/** The head of a job description within its first few words ("the EU's trade commissioner", "head of …"). */
export const APPOSITIVE_TITLE_HEAD_RE = new RegExp(
  `^(?:[\\p{L}.'’-]+\\s+){0,4}?(?<head>${titlesData.appositiveHeads.join('|')})(?![\\p{L}-])`,
  'iu',
);

// Capitalized words that follow a title but are not names.
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'For', 'And', 'But', 'Of', 'To', 'With', 'As', 'By', 'From', 'This', 'That',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'He', 'She', 'They',
  'It', 'We', 'I', 'His', 'Her', 'Their', 'Office', 'Ministry', 'Department', 'Council', 'Administration', 'Government',
]);

/**
 * Last words of a body's name or of an office's remit ("the National Assembly", "the CPV Central Committee's
 * Commission for External Relations"): where an office "of <body>" ends and its holder's name may begin.
 */
/** Regions an office can be "for" ("Minister for Europe", "Special Envoy for the Horn of Africa"), without "the". */
export const REMIT_REGIONS: readonly string[] = titlesData.remitRegions.map((r) => r.replace(/^the\s+/, ''));

export const BODY_END_WORDS: readonly string[] = [
  ...new Set([...namesData.institutionWords, ...titlesData.remitEnds]),
];

// ---- places ----------------------------------------------------------------------------------
export const placeByName = new Map<string, PlaceEntry>();
for (const v of placesData.venues) placeByName.set(v.name, { kind: 'venue', name: v.name, city: v.city, country: v.country });
for (const g of placesData.gatherings) {
  for (const n of [g.name, ...g.aliases]) placeByName.set(n, { kind: 'gathering', name: g.name, city: g.city, country: g.country });
}
for (const c of placesData.cities) {
  for (const n of [c.name, ...(c.aliases ?? [])]) if (!placeByName.has(n)) placeByName.set(n, { kind: 'city', name: c.name, city: c.name, country: c.country });
}
for (const c of COUNTRIES) {
  for (const cap of [...c.capitals, ...(c.ambiguousCapitals ?? [])]) if (!placeByName.has(cap)) placeByName.set(cap, { kind: 'city', name: cap, city: cap, country: c.code });
}
const PLACE_ALT = prebuiltTrieSource([...placeByName.keys()]);
/**
 * A place in a locative phrase: "in Riyadh", "at the Diriyah Palace", "during the U.N. General Assembly",
 * "in the Russian city of Kazan", "at the truce village of Panmunjom".
 */
// "visited New Delhi": a visit verb takes its destination without a preposition.
const LOCATIVE_PREP = `(?=[IiAaTtDdOoNnHhVv])(?<![\\p{L}])(?<prep>[Ii]n|[Aa]t|[Ii]nside|[Tt]o|[Dd]uring|[Oo]n the sidelines of|[Oo]n the margins of|[Nn]ear|[Hh]osted in|[Hh]eld in|[Vv]isit(?:s|ed|ing)?)\\s+(?:the\\s+)?`;
const PLACE_END = `(?<place>${PLACE_ALT})(?!${LETTER_OR_DIGIT}|['’]s\\b)`;
export const LOCATIVE_PLACE_RE = new RegExp(`${LOCATIVE_PREP}${PLACE_END}`, 'gu');
/** A place name alone, at a given position (sticky): the next of a list, "to Cairo and Addis Ababa". */
export const PLACE_NAME_AT = new RegExp(`(?:the\\s+)?${PLACE_END}`, 'uy');
/** "in the Russian city of Kazan": only tried when the sentence has "city of" and the like (rare, and costlier). */
export const PLACE_DESCRIPTOR_TEST = /\b(?:city|town|village|resort|port|capital)\s+of\s/;
let locativeDescribedPlace: RegExp | null = null;
/** Built at the first sentence PLACE_DESCRIPTOR_TEST passes (about one real article in eight), not at load. */
export function locativeDescribedPlaceRe(): RegExp {
  locativeDescribedPlace ??= new RegExp(
    `${LOCATIVE_PREP}(?:[\\p{L}-]+\\s+){0,2}?(?:city|town|village|resort|port|capital)\\s+of\\s+${PLACE_END}`,
    'gu',
  );
  return locativeDescribedPlace;
}
const GATHERING_NAMES = placesData.gatherings
  .flatMap((g) => [g.name, ...g.aliases])
  .join('|')
  .split('|')
  .map((n) => escapeRegex(n).replace(/\s+/g, '\\s+'))
  .sort((a, b) => b.length - a.length)
  .join('|');
export const GATHERING_RE = new RegExp(
  `(?=[DdAaOo])(?<![\\p{L}])(?:[Dd]uring|[Aa]t|[Oo]n the sidelines of|[Oo]n the margins of|[Oo]n the fringes of)\\s+(?:the\\s+)?(?:(?:19|20)\\d\\d\\s+)?(?<place>${GATHERING_NAMES})`,
  'gu',
);
/**
 * Whether a text names a gathering at all: GATHERING_RE cannot match without. The names alone scan several
 * times faster than the prepositions before them ("at" and "during" are everywhere), so most sentences are
 * ruled out before the full pattern runs.
 */
export const GATHERING_NAME_TEST = new RegExp(GATHERING_NAMES, 'u');

// ---- cue lists ---------------------------------------------------------------------------------
export type ContactModeCue = 'call' | 'meeting' | 'summit' | 'talks' | 'visit' | 'other';
export const MODE_OF_CUE = new Map<string, ContactModeCue>();
const modeSources: string[] = [];
for (const [mode, phrases] of Object.entries(cuesData.contactModes)) {
  for (const p of phrases) {
    modeSources.push(p);
    MODE_OF_CUE.set(p.toLowerCase(), mode as ContactModeCue);
  }
}
/** All contact cues in one alternation; each phrase is a named alternative resolved by lookup below. */
export const CONTACT_CUE_RE = compilePhraseList(modeSources);
interface ModeRegex {
  mode: ContactModeCue;
  re: RegExp;
  len: number;
}
let modeRegexes: ModeRegex[] | null = null;
/**
 * One regular expression per cue, for the cues the lookup by text misses. Built at the first such cue
 * (one real article in five has one) rather than at every cold start: ~80 expressions.
 */
function modeRegexList(): ModeRegex[] {
  modeRegexes ??= Object.entries(cuesData.contactModes).flatMap(([mode, phrases]) =>
    phrases.map((p) => ({ mode: mode as ContactModeCue, re: new RegExp(phraseSource(p), 'iu'), len: p.length })),
  );
  return modeRegexes;
}
/**
 * The mode of a cue as matched. A regular-expression cue ("called Xi", whose lookahead needs the words after
 * it) is tested with what follows it in the sentence (`following`) and must match exactly the cue's text.
 */
export function modeOfCue(text: string, following = ''): ContactModeCue {
  const direct = MODE_OF_CUE.get(text.toLowerCase().replace(/\s+/g, ' '));
  if (direct) return direct;
  const withContext = text + following;
  const sorted = modeRegexList().filter((m) => {
    const hit = m.re.exec(withContext);
    return hit !== null && hit.index === 0 && hit[0].length === text.length;
  }).sort((a, b) => b.len - a.len);
  return sorted[0]?.mode ?? 'other';
}
export const CONTACT_NEGATIVE_RE = compilePhraseList(cuesData.contactNegatives);
/** "received an Israeli security delegation": a look-alike negative ("received a …") that is a contact after all. */
export const RECEIVED_PARTY_RE = new RegExp(cuesData.receivedParty.slice(3), 'i');
export const GENERIC_PLURAL_RE = compilePhraseList(cuesData.genericPlurals, 'iu');

export const STATUS_RES = {
  cancelled: compilePhraseList(cuesData.statuses.cancelled, 'iu'),
  proposed: compilePhraseList(cuesData.statuses.proposed, 'iu'),
  planned: compilePhraseList(cuesData.statuses.planned, 'iu'),
};
export const CONTACT_NEGATION_RE = compilePhraseList(cuesData.contactNegations, 'i');
export const PROPOSER_RE = compilePhraseList(cuesData.proposers, 'i');
export const INITIATOR_RES = cuesData.initiator.map((p) => new RegExp(p.slice(3), 'u'));
export const HISTORY_RE = compilePhraseList(cuesData.history, 'iu');
export const INDEFINITE_GATHERING_RE = new RegExp(cuesData.historyIndefiniteGatherings.map((p) => p.slice(3)).join('|'), 'u');
export const CONTINUATION_RE = compilePhraseList(cuesData.continuation, 'iu');
export const GROUP_REFERENCE_RE = compilePhraseList(cuesData.groupReferences, 'iu');
/** "the technical teams", "the two delegations": the two sides as a group, without the people of the last contact. */
export const SIDE_GROUP_RE = compilePhraseList(cuesData.sideGroups, 'iu');
// "the Russian side", "an Israeli security delegation": at most one lower-case modifier before the noun.
export const PARTY_NOUN_RE = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${cuesData.partyNouns.join('|')})\\b`, 'u');
/** Words that can stand in front of a contact noun inside its noun phrase ("a future Trump-Putin summit", "a further round"). */
export const NOUN_PHRASE_MODIFIERS: ReadonlySet<string> = new Set(cuesData.nounPhraseModifiers.map((w) => w.toLowerCase()));

export type ConditionKind = 'demand' | 'precondition' | 'red-line' | 'offer' | 'awaiting' | 'position';
export const CONDITION_RES: Array<{ kind: ConditionKind; re: RegExp }> = (
  ['red-line', 'precondition', 'awaiting', 'offer', 'demand'] as const
).map((kind) => ({ kind, re: compilePhraseList(cuesData.conditions[kind], 'giu') }));
/** Any condition phrase at all: a cheap first test before the per-kind search. */
export const ANY_CONDITION_RE = compilePhraseList(Object.values(cuesData.conditions).flat(), 'i');
export const CONDITION_NEGATIVE_RE = compilePhraseList(cuesData.conditionNegatives, 'giu');
export const CONDITION_ANNOUNCER_RE = new RegExp(cuesData.conditionAnnouncers.map((p) => p.slice(3)).join('|'), 'iu');

export type QuestionKind = 'unscheduled' | 'awaiting' | 'no-comment' | 'undisclosed' | 'whether' | 'uncertain' | 'question';
export const QUESTION_RES: Array<{ kind: QuestionKind; re: RegExp }> = (
  ['unscheduled', 'no-comment', 'awaiting', 'undisclosed', 'uncertain', 'whether'] as const
).map((kind) => ({ kind, re: compilePhraseList(cuesData.questions[kind], 'iu') }));
/** "no date has been set", "yet to be scheduled": said of a contact, it is not yet held. */
export const UNSCHEDULED_ALL_RE = compilePhraseList(cuesData.questions.unscheduled, 'giu');
export const ANY_QUESTION_RE = compilePhraseList(Object.values(cuesData.questions).flat(), 'i');
export const QUESTION_NEGATIVE_RE = compilePhraseList(cuesData.questionNegatives, 'iu');

// ---- topics ----------------------------------------------------------------------------------
export const TOPIC_RES = topicsData.topics.map((t) => ({ label: t.label, re: compilePhraseList(t.phrases, 'u') }));
let anyTopic: RegExp | null | undefined;
/**
 * All topics' phrases in one pattern, built at first need (findTopics' first scan): it matches somewhere exactly
 * when one of TOPIC_RES does, as one trie instead of one per label. null when a `re:` phrase has numbered or
 * named groups, which joining the lists would renumber or make collide.
 */
export function anyTopicPattern(): RegExp | null {
  if (anyTopic === undefined) {
    const phrases = topicsData.topics.flatMap((t) => t.phrases);
    anyTopic = phrases.some((p) => p.startsWith('re:') && /\\[1-9]|\\k<|\(\?<[^=!]/.test(p)) ? null : compilePhraseList(phrases, 'u');
  }
  return anyTopic;
}
