/**
 * Country extractor: names, aliases, demonyms, capitals and metonyms ("the Kremlin", "Washington") in one
 * sentence, each tagged with its ISO code and how it was named.
 */
import { COUNTRY_RE, countryByWord, NAMED_AFTER_CITY_NOUNS, subnationalUnitsEndingWith, type CountryWordKind } from './knowledge.js';
import { execAll } from './regex.js';

export interface CountryMention {
  code: string;
  kind: CountryWordKind;
  text: string;
  start: number;
  end: number;
}

// The sentence read last and its mentions: the context builder and then the people finders read the same
// sentence (people take their country from it), and the country trie is the costliest pattern to run twice.
let lastSentence: string | null = null;
let lastMentions: readonly CountryMention[] = [];

/** The country mentions of `sentence`, in order (a fresh array; the mention objects are shared with the last call's). */
export function findCountries(sentence: string): CountryMention[] {
  if (sentence !== lastSentence) {
    lastMentions = scanCountries(sentence);
    lastSentence = sentence;
  }
  return lastMentions.slice();
}

function scanCountries(sentence: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of execAll(COUNTRY_RE, sentence)) {
    const entry = countryByWord.get(m[0].replace(/\s+/g, ' '));
    if (!entry || inGeographicName(sentence, m.index!, m.index! + m[0].length)) continue;
    if (entry.kind === 'capital' && namesAThingAfterCity(sentence, m.index! + m[0].length)) continue;
    // "New Mexico", "Western Australia": a federation's state, not the country its name ends with.
    const units = subnationalUnitsEndingWith.get(m[0]);
    if (units && units.some((u) => sentence.startsWith(u, m.index! + m[0].length - u.length))) continue;
    out.push({ code: entry.code, kind: entry.kind, text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

// "the South China Sea", "the Taiwan Strait", "the Sea of Japan", "the Gulf of Mexico": a place, not the state.
const WATER_AFTER = /^\s+(?:Sea|Ocean|Strait|Straits)\b/;
const WATER_BEFORE = /\b(?:Sea|Gulf|Bay|Strait) of\s+(?:the\s+)?$/;

function inGeographicName(sentence: string, start: number, end: number): boolean {
  const next = sentence.charCodeAt(end + 1);
  // Cheap first: the word after must start with S or O, or the word before must be "of".
  if ((next === 83 || next === 79) && WATER_AFTER.test(sentence.slice(end, end + 9))) return true;
  const before = sentence.slice(Math.max(0, start - 16), start);
  return before.includes('of ') && WATER_BEFORE.test(before);
}

// "the Minsk agreements", "the Astana process", "keep the Bridgetown date": a city right before a noun of an
// instrument or an occasion (knowledge/countries.json namedAfterCityNouns) names that thing, not the government
// ("the Moscow government", "Beijing officials" still do). The town is still a place (places.ts reads it alone).
const WORD_AFTER = /^\s([\p{Ll}é]+)/u;

/** Whether the capital ending at `end` is the name of an agreement, a process or an occasion rather than a party. */
export function namesAThingAfterCity(sentence: string, end: number): boolean {
  const next = sentence.charCodeAt(end + 1);
  if (sentence.charCodeAt(end) !== 32 || next < 97 || next > 122) return false; // cheap: a space, then a lower-case letter
  const word = WORD_AFTER.exec(sentence.slice(end, end + 20));
  return word !== null && NAMED_AFTER_CITY_NOUNS.has(word[1]);
}

/** Resolve a free phrase ("the Russian side", "Washington", "Beijing's") to one country code. */
export function countryOfPhrase(phrase: string): string | null {
  const mentions = findCountries(phrase);
  return mentions[0]?.code ?? null;
}
