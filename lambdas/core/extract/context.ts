/**
 * What every extractor sees for one sentence: its text and offsets plus the mentions found in it
 * (people, countries, places, dates). Built once per sentence so extractors do not re-scan the text.
 */
import { findPersons, type LearnedNames, type PersonMention } from './actors.js';
import { findCountries, type CountryMention } from './countries.js';
import { findPlaces, type PlaceMention } from './places.js';
import { findDates, type DateMention } from './dates.js';
import type { Sentence } from './segment.js';
import { mayMentionContact } from './contacts-cues.js';

export interface SentenceContext {
  sentence: Sentence;
  persons: PersonMention[];
  countries: CountryMention[];
  places: PlaceMention[];
  dates: DateMention[];
}

export function buildContext(sentence: Sentence, published: string | null, learned: LearnedNames): SentenceContext {
  const persons = findPersons(sentence.text, published, learned);
  // "the Trump administration" names the government, not the man: drop people inside a country metonym.
  const countries = findCountries(sentence.text);
  const people = persons.filter((p) => !countries.some((c) => c.start <= p.start && p.end <= c.end && c.end - c.start > p.end - p.start));
  // Dates and places only serve contacts; chrono is the costliest step, so both run where a contact cue is.
  const cue = mayMentionContact(sentence.text);
  const dates = cue ? findDates(sentence.text, published) : [];
  return { sentence, persons: people, countries, places: cue ? findPlaces(sentence.text) : [], dates };
}

/** A one-sentence context, for unit tests and the CLI's explain mode. */
export function contextOf(text: string, published: string | null = null, learned: LearnedNames = new Map()): SentenceContext {
  return buildContext({ text, start: 0, end: text.length, paragraph: 0, index: 0 }, published, learned);
}
