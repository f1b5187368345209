/**
 * What every extractor sees for one sentence: its text and offsets plus the mentions found in it
 * (people, countries, places, dates). Built once per sentence so extractors do not re-scan the text.
 */
import { findPersons, type LearnedNames, type PersonMention } from './actors.js';
import { findCountries, namesAThingAfterCity, type CountryMention } from './countries.js';
import { AMBIGUOUS_CAPITALS } from './knowledge.js';
import { findPlaces, type PlaceMention } from './places.js';
import { findDates, lastDay, type DateMention } from './dates.js';
import type { DayAnchor } from './date-words.js';
import type { Sentence } from './segment.js';
import { findPairReferences, findRoleReferences, type SeenPerson } from './roles.js';
import { contactCueStarts, type CueStarts } from './contacts-cues.js';
import { findContextualCountries, rememberCountries, type RecentCountries } from './contextual.js';

export interface SentenceContext {
  sentence: Sentence;
  persons: PersonMention[];
  countries: CountryMention[];
  places: PlaceMention[];
  dates: DateMention[];
  /** Whether the sentence has a contact cue at all (a cheap test): contacts are only read where it does. */
  mayHoldContact: boolean;
  /** Where that test found the first cue, so findCues need not read the text before it again (null: no cue). */
  cueStarts: CueStarts | null;
}

/** What the extractors remember while reading one article, sentence by sentence. */
export interface ArticleMemory {
  /** Surnames and name parts of people already introduced ("Doe", "Wang"). */
  learned: LearnedNames;
  /** People named so far, in order (for "the crown prince", "the Chinese leader"). */
  seen: SeenPerson[];
  /** Where each country was last named, for "the kingdom", "the North". */
  recentCountries: RecentCountries;
  /** Sentences read so far. */
  position: number;
  /** The last calendar day a contact sentence named, for "On the same day" and "The previous day". */
  lastDay: DayAnchor | null;
}

export function newArticleMemory(): ArticleMemory {
  return { learned: new Map(), seen: [], recentCountries: new Map(), position: 0, lastDay: null };
}

export function buildContext(sentence: Sentence, published: string | null, memory: ArticleMemory): SentenceContext {
  const named = findCountries(sentence.text);
  const contextual = findContextualCountries(sentence.text, memory.recentCountries, named).filter(
    (c) => c.kind !== 'capital' || !namesAThingAfterCity(sentence.text, c.end),
  );
  const countries = contextual.length > 0 ? [...named, ...contextual].sort((a, b) => a.start - b.start) : named;
  rememberCountries(memory.recentCountries, countries, memory.position++);
  // "the Trump administration" names the government, not the man: drop people inside a country metonym.
  const people = findPersons(sentence.text, published, memory.learned).filter(
    (p) => !countries.some((c) => c.start <= p.start && p.end <= c.end && c.end - c.start > p.end - p.start),
  );
  // memory.position now counts this sentence: it is sentence position - 1, the one before it position - 2.
  const references = [
    ...findRoleReferences(sentence.text, memory.seen, people),
    ...findPairReferences(sentence.text, memory.seen, people, undefined, memory.position - 2),
  ];
  const persons = [...people, ...references].sort((a, b) => a.start - b.start);
  // A person a role word referred to ("The Prime Minister called the President") is named here again, as recent
  // as anyone this sentence names: "the two leaders" in the next sentence are those two.
  for (const p of persons) memory.seen.push({ name: p.name, role: p.role, country: p.country, at: memory.position - 1 });
  // Dates and places only serve contacts; chrono is the costliest step, so both run where a contact cue is.
  const cueStarts = contactCueStarts(sentence.text);
  const cue = cueStarts !== null;
  const dates = cue ? findDates(sentence.text, published, memory.lastDay) : [];
  memory.lastDay = lastDay(dates, published) ?? memory.lastDay;
  const places = cue ? findPlaces(sentence.text).map((p) => placeInContext(p, memory.recentCountries)) : [];
  return { sentence, persons, countries, places, dates, mayHoldContact: cue, cueStarts };
}

/**
 * "in Georgetown" is Guyana's capital only in an article that has named Guyana (knowledge/countries.json
 * ambiguousCapitals); elsewhere it is a town of no known country, as any town the gazetteer does not list.
 * `recent` already holds this sentence's own countries (rememberCountries runs first).
 */
function placeInContext(place: PlaceMention, recent: RecentCountries): PlaceMention {
  const code = place.kind === 'city' ? AMBIGUOUS_CAPITALS.get(place.name) : undefined;
  if (code === undefined || recent.has(code)) return place;
  return { ...place, country: null };
}

/** A one-sentence context, for unit tests and the CLI's explain mode. */
export function contextOf(text: string, published: string | null = null, memory: ArticleMemory = newArticleMemory()): SentenceContext {
  return buildContext({ text, start: 0, end: text.length, paragraph: 0, index: 0 }, published, memory);
}
