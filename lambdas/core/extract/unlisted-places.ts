/**
 * Places after a locative preposition that the gazetteer's pattern did not find. First a listed name spelled
 * another way ("in Hà Nội", "in Ha Noi" for Hanoi: place-spellings.ts). Else towns the gazetteer
 * (knowledge/places.json) does not list — "in Gyumri", "in Andong", "in Naqoura" — taken only where the
 * sentence itself marks the word as a place:
 * - a country qualifies it: "in Andong, South Korea";
 * - a descriptor names it: "the Rwandan border town of Rubavu", "his hometown region of Andong";
 * - a contact or an event verb comes right before it: "met in Kananaskis", "held a working session in Gyumri".
 * Never a word the knowledge files know as something else (a country, a demonym, a person), a month or a
 * weekday, an organisation written in capitals, or one of `notPlaces` ("in Congress", "in Europe").
 */
import placesData from '../../../knowledge/places.json' with { type: 'json' };
import { escapeRegex } from '../text/escape-regex.js';
import { ACTORS, CONTACT_CUE_RE, countryByWord, type PlaceEntry } from './knowledge.js';
import { respelledPlaceAt } from './place-spellings.js';
import { execAll } from './regex.js';

export interface UnlistedPlace extends PlaceEntry {
  start: number;
  end: number;
  preposition: string;
}

const alternation = (words: readonly string[]) => words.map((w) => escapeRegex(w).replace(/\s+/g, '\\s+')).join('|');

// "in Gyumri", "at the border town of Rubavu", "to his own hometown region of Andong", "near the village of X".
const CANDIDATE_RE = new RegExp(
  `(?=[IiAaTtNn])(?<![\\p{L}])(?<prep>[Ii]n|[Aa]t|[Tt]o|[Nn]ear)\\s+` +
    `(?:(?:the|his|her|their|its)\\s+(?<described>(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(placesData.placeDescriptors)}))\\s+of\\s+)?` +
    `(?<place>\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*)(?![\\p{L}\\d])`,
  'gu',
);
/** Most sentences have no capitalised word after these prepositions that the gazetteer missed: a cheap test first. */
const MAY_HAVE_CANDIDATE = /\b(?:in|at|to|near)\s+(?:(?:the|his|her|their|its)\s+(?:[^,;.]{0,60}?\sof\s+)?)?\p{Lu}/u;
const NOT_PLACES = new Set(placesData.notPlaces);
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// "in Nara Park", "in Simon Karam's office": a longer proper name or a possessive is not a town's name.
const NAME_GOES_ON = /^(?:\s+\p{Lu}|['’]s\b|-\p{Lu})/u;
const POSSESSIVE = /['’]s$/;
const QUALIFIER = /^,\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;
const MAX_WORDS_AFTER_CUE = 6;

let personWords: Set<string> | null = null;
/** Single words that name a known person ("Lavrov", "Xi"): built at the first candidate, not at load. */
function isPersonWord(word: string): boolean {
  personWords ??= new Set(ACTORS.flatMap((a) => [a.name, ...a.aliases]).filter((n) => !/\s/.test(n)));
  return personWords.has(word);
}

/** A ", Country" right after a place ("in Gyumri, Armenia"): its country and where it ends, or null. */
export function qualifyingCountry(sentence: string, end: number): { code: string; end: number } | null {
  const m = QUALIFIER.exec(sentence.slice(end, end + 40));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const text = words.slice(0, n).join(' ');
    const entry = countryByWord.get(text);
    if (entry?.kind === 'name') return { code: entry.code, end: end + m[0].indexOf(text) + text.length };
  }
  return null;
}

/** The country a descriptor names with a demonym ("the Rwandan border town of"), or null. */
function describedCountry(described: string): string | null {
  for (const word of described.split(/\s+/)) {
    const entry = countryByWord.get(word);
    if (entry?.kind === 'demonym') return entry.code;
  }
  return null;
}

// "held a working session in Gyumri", "convened a forum in Andong": the verbs of an event's place
// (`venueParticiples`, also read by reduced-relative.ts) mark a place as well as a contact cue does.
const EVENT_VERB = new RegExp(`(?<![\\p{L}])(?:${alternation(placesData.venueParticiples)})(?![\\p{L}])`, 'giu');

/** Whether a contact cue or an event verb ends shortly before `at`, in the same clause ("held talks in Gyumri"). */
function contactRightBefore(sentence: string, at: number, cueEnds: () => number[]): boolean {
  const near = (end: number) => {
    if (end > at) return false;
    const between = sentence.slice(end, at);
    return !/[,;:()]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= MAX_WORDS_AFTER_CUE;
  };
  if (cueEnds().some(near)) return true;
  const window = Math.max(0, at - 60);
  return execAll(EVENT_VERB, sentence.slice(window, at)).some((m) => near(window + m.index! + m[0].length));
}

/** Unlisted towns of a sentence; `listed` are the places the gazetteer already found there. */
export function findUnlistedPlaces(sentence: string, listed: ReadonlyArray<{ start: number; end: number }>): UnlistedPlace[] {
  if (!MAY_HAVE_CANDIDATE.test(sentence)) return [];
  const out: UnlistedPlace[] = [];
  let cues: number[] | null = null;
  const cueEnds = () => (cues ??= execAll(CONTACT_CUE_RE, sentence).map((m) => m.index! + m[0].length));
  for (const m of execAll(CANDIDATE_RE, sentence)) {
    const { prep, described, place } = m.groups!;
    const start = m.index!;
    const nameEnd = start + m[0].length;
    if (listed.some((p) => p.start < nameEnd && start < p.end)) continue;
    if (NOT_PLACES.has(place) || CALENDAR_WORD.test(place) || countryByWord.has(place) || isPersonWord(place)) continue;
    const respelled = respelledPlaceAt(sentence, nameEnd - place.length);
    if (respelled) {
      const qualifier = qualifyingCountry(sentence, respelled.end);
      const end = qualifier && qualifier.code === respelled.entry.country ? qualifier.end : respelled.end;
      out.push({ ...respelled.entry, start, end, preposition: prep.toLowerCase() });
      continue;
    }
    if (POSSESSIVE.test(place) || NAME_GOES_ON.test(sentence.slice(nameEnd, nameEnd + 3))) continue;
    const qualified = qualifyingCountry(sentence, nameEnd);
    // "at Rosenbad" after a contact is more often a building than a town: only "in" counts there.
    const locative = /^in$/i.test(prep);
    if (!described && !qualified && !(locative && contactRightBefore(sentence, start, cueEnds))) continue;
    out.push({
      kind: 'city',
      name: place,
      city: place,
      country: qualified?.code ?? (described ? describedCountry(described) : null),
      start,
      end: qualified?.end ?? nameEnd,
      preposition: prep.toLowerCase(),
    });
  }
  return out;
}
