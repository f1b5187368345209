/**
 * Place names as other languages and outlets print them: "Hà Nội" and "Ha Noi" for Hanoi, "Bogotá" for
 * Bogota, "Sharm El Sheikh" for Sharm el-Sheikh. A gazetteer name (knowledge/places.json, and the capitals of
 * countries.json) matches whatever its diacritics, case and word spacing: both sides are compared folded.
 */
import { foldLetters } from '../text/fold-letters.js';
import { placeByName, type PlaceEntry } from './knowledge.js';

/** "Hà Nội" → "hanoi": lower case, no marks, no spaces, hyphens, apostrophes or dots. */
export function foldPlaceName(name: string): string {
  return foldLetters(name).replace(/[\s'’.-]+/g, '');
}

let placeByFolded: Map<string, PlaceEntry> | null = null;

/** The gazetteer entry a name spells, however written; undefined when it lists none. */
export function placeBySpelling(name: string): PlaceEntry | undefined {
  if (!placeByFolded) {
    placeByFolded = new Map();
    for (const [key, entry] of placeByName) if (!placeByFolded.has(foldPlaceName(key))) placeByFolded.set(foldPlaceName(key), entry);
  }
  return placeByFolded.get(foldPlaceName(name));
}

// Up to four capitalised words from a given position: "Hà Nội", "Ho Chi Minh City".
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/uy;

/** The longest run of capitalised words at `at` that spells a gazetteer name, with where it ends; or null. */
export function respelledPlaceAt(sentence: string, at: number): { entry: PlaceEntry; end: number } | null {
  NAME_RUN.lastIndex = at;
  const run = NAME_RUN.exec(sentence)?.[0];
  if (!run) return null;
  // Where each word of the run ends, longest first.
  const ends: number[] = [];
  for (const m of run.matchAll(/\S+/g)) ends.unshift(m.index! + m[0].length);
  for (const end of ends) {
    const text = run.slice(0, end).replace(/\.$/, ''); // "in Hà Nội." ends the sentence
    if (/['’]s$/.test(text)) continue; // "Hà Nội's leaders": not a locative phrase
    const entry = placeBySpelling(text);
    if (entry) return { entry, end: at + text.length };
  }
  return null;
}
