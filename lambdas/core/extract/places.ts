/**
 * Place extractor: cities, venues and named gatherings in locative phrases ("in Riyadh", "at the Diriyah
 * Palace", "during the U.N. General Assembly"), resolved to a country through the gazetteer; and towns the
 * gazetteer does not list when the sentence itself marks them as places (unlisted-places.ts).
 */
import placesData from '../../../knowledge/places.json' with { type: 'json' };
import { escapeRegex } from '../text/escape-regex.js';
import { COUNTRIES, countryByWord, locativeDescribedPlaceRe, LOCATIVE_PLACE_RE, PLACE_DESCRIPTOR_TEST, PLACE_NAME_AT, placeByName, type PlaceEntry } from './knowledge.js';
import { lastWordsStart, maxWordsOf } from './last-words.js';
import { inEarlierOccasionClause } from './earlier-occasion.js';
import { isPersonClausePlace } from './person-clause.js';
import { endsInReducedRelative } from './reduced-relative.js';
import { execAll } from './regex.js';
import { findUnlistedPlaces, qualifyingCountry } from './unlisted-places.js';

export interface PlaceMention extends PlaceEntry {
  /** Span of the whole locative phrase, preposition included (and a country that qualifies it: "in Gyumri, Armenia"). */
  start: number;
  end: number;
  preposition: string;
  /**
   * Not where a contact takes place: where an institution sits or people are ("the embassy in Canberra", "the
   * change of government in Tokyo", "told reporters in Nara"), or where something else was done ("the tariffs
   * announced in Washington", "the agreements reached in Washington").
   */
  notVenue?: true;
}

const SEAT_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${placesData.seatNouns.map((w) => escapeRegex(w).replace(/\s+/g, '\\s+')).join('|')})\\s+$`,
  'iu',
);
export function findPlaces(sentence: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const patterns = PLACE_DESCRIPTOR_TEST.test(sentence) ? [LOCATIVE_PLACE_RE, locativeDescribedPlaceRe()] : [LOCATIVE_PLACE_RE];
  for (const re of patterns) {
    for (const m of execAll(re, sentence)) {
      const entry = placeByName.get(m.groups!.place.replace(/\s+/g, ' '));
      if (!entry) continue;
      const start = m.index!;
      // "in Gyeongju, South Korea": the country qualifying the town is part of the place, not a party.
      const qualifier = qualifyingCountry(sentence, start + m[0].length);
      const end = qualifier && qualifier.code === entry.country ? qualifier.end : start + m[0].length;
      const preposition = m.groups!.prep.toLowerCase();
      out.push({ ...entry, start, end, preposition, ...notVenue(sentence, start) });
      out.push(...coordinatedPlaces(sentence, end, preposition));
    }
  }
  if (MAY_NAME_A_CAPITAL.test(sentence)) for (const p of capitalsByDemonym(sentence)) out.push({ ...p, ...notVenue(sentence, p.start) });
  for (const p of findUnlistedPlaces(sentence, out)) out.push({ ...p, ...notVenue(sentence, p.start) });
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

// "met at the Chinese embassy in Washington", "received at the Ministry's headquarters in Algiers": the
// institution is itself the venue.
const VENUE_BEFORE = /\b(?:at|inside|outside)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;

// "to Cairo and Addis Ababa", "in Moscow, Beijing and Delhi": the next places of a list share the preposition.
const LIST_JOINER = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/;
// The list ends there, not a new clause: "talks in Riyadh and Tehran welcomed them" names no second place.
const AFTER_LIST_ITEM = /^(?:\s*$|\s*[,.;:)]|\s+(?:and|or|on|in|at|for|to|from|next|this|last|earlier|later|before|after|during|early|late|over|by|with)\b)/;

function coordinatedPlaces(sentence: string, from: number, preposition: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let at = from; ; ) {
    const joiner = LIST_JOINER.exec(sentence.slice(at, at + 12));
    if (!joiner) return out;
    PLACE_NAME_AT.lastIndex = at + joiner[0].length;
    const m = PLACE_NAME_AT.exec(sentence);
    const entry = m ? placeByName.get(m.groups!.place.replace(/\s+/g, ' ')) : undefined;
    if (!m || !entry || !AFTER_LIST_ITEM.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) return out;
    at = m.index + m[0].length;
    out.push({ ...entry, start: m.index, end: at, preposition });
  }
}

// "in the Qatari capital", "to the Swedish capital city": the capital of the country the demonym names.
const MAY_NAME_A_CAPITAL = /\scapital\b/;
const DEMONYM_CAPITAL_RE = new RegExp(
  `(?=[IiAaTtNn])(?<![\\p{L}])(?<prep>[Ii]n|[Aa]t|[Tt]o|[Nn]ear)\\s+the\\s+(?<demonym>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?)\\s+` +
    `(?:${placesData.capitalNouns.map((w) => escapeRegex(w).replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'gu',
);
// Not "in the Chinese capital markets": a lower-case word after it must be a linking one.
const AFTER_CAPITAL = /^(?:\s*(?:[,.;:)—–]|$)|\s+(?:\p{Lu}|(?:and|or|but|on|in|at|for|to|with|from|after|before|since|last|next|this|earlier|later|during|where|when|while|as|by|amid|over|under)\b))/u;

function capitalsByDemonym(sentence: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of execAll(DEMONYM_CAPITAL_RE, sentence)) {
    const end = m.index! + m[0].length;
    if (!AFTER_CAPITAL.test(sentence.slice(end, end + 12))) continue;
    const words = m.groups!.demonym.split(/\s+/);
    const word = countryByWord.get(words.join(' ')) ?? countryByWord.get(words[words.length - 1]);
    if (word?.kind !== 'demonym') continue;
    const capital = COUNTRIES.find((c) => c.code === word.code)?.capitals[0];
    if (!capital) continue;
    const entry = placeByName.get(capital) ?? { kind: 'city' as const, name: capital, city: capital, country: word.code };
    out.push({ ...entry, start: m.index!, end, preposition: m.groups!.prep.toLowerCase() });
  }
  return out;
}

const TOPIC_BEFORE = new RegExp(`(?<![\\p{L}])(?:${placesData.topicNouns.map((w) => escapeRegex(w).replace(/\s+/g, '\\s+')).join('|')})\\s+$`, 'iu');

// The seat and topic patterns end at the text's end: they are run on the last words only (last-words.ts).
const SEAT_WORDS = maxWordsOf(placesData.seatNouns);
const TOPIC_WORDS = maxWordsOf(placesData.topicNouns);

function notVenue(sentence: string, start: number): { notVenue?: true } {
  const before = sentence.slice(Math.max(0, start - 70), start);
  const seatFrom = lastWordsStart(before, SEAT_WORDS);
  const seat = SEAT_BEFORE.exec(before.slice(seatFrom));
  if (seat && !VENUE_BEFORE.test(before.slice(0, seatFrom + seat.index))) return { notVenue: true };
  // "discussed the war in Gaza": where a topic is; "the tariffs announced in Washington": another event's place;
  // "…, the first having been held in Moscow": an earlier occasion's; "X, who was born in Ankara,": the person's.
  const elsewhere = endsInReducedRelative(before) || inEarlierOccasionClause(sentence, start) || isPersonClausePlace(sentence, start);
  return elsewhere || TOPIC_BEFORE.test(before.slice(lastWordsStart(before, TOPIC_WORDS))) ? { notVenue: true } : {};
}
