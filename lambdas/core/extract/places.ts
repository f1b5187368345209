/**
 * Place extractor: cities, venues and named gatherings in locative phrases ("in Riyadh", "at the Diriyah
 * Palace", "during the U.N. General Assembly"), resolved to a country through the gazetteer.
 */
import { locativeDescribedPlaceRe, LOCATIVE_PLACE_RE, PLACE_DESCRIPTOR_TEST, placeByName, type PlaceEntry } from './knowledge.js';
import { execAll } from './regex.js';

export interface PlaceMention extends PlaceEntry {
  /** Span of the whole locative phrase, preposition included. */
  start: number;
  end: number;
  preposition: string;
}

export function findPlaces(sentence: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const patterns = PLACE_DESCRIPTOR_TEST.test(sentence) ? [LOCATIVE_PLACE_RE, locativeDescribedPlaceRe()] : [LOCATIVE_PLACE_RE];
  for (const re of patterns) {
    for (const m of execAll(re, sentence)) {
      const entry = placeByName.get(m.groups!.place.replace(/\s+/g, ' '));
      if (!entry) continue;
      out.push({ ...entry, start: m.index!, end: m.index! + m[0].length, preposition: m.groups!.prep.toLowerCase() });
    }
  }
  return patterns.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
