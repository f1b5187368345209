/**
 * Country extractor: names, aliases, demonyms, capitals and metonyms ("the Kremlin", "Washington") in one
 * sentence, each tagged with its ISO code and how it was named.
 */
import { COUNTRY_RE, countryByWord, type CountryWordKind } from './knowledge.js';
import { execAll } from './regex.js';

export interface CountryMention {
  code: string;
  kind: CountryWordKind;
  text: string;
  start: number;
  end: number;
}

export function findCountries(sentence: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of execAll(COUNTRY_RE, sentence)) {
    const entry = countryByWord.get(m[0].replace(/\s+/g, ' '));
    if (!entry) continue;
    out.push({ code: entry.code, kind: entry.kind, text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Resolve a free phrase ("the Russian side", "Washington", "Beijing's") to one country code. */
export function countryOfPhrase(phrase: string): string | null {
  const mentions = findCountries(phrase);
  return mentions[0]?.code ?? null;
}
