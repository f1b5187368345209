/**
 * Context-bound country words: "the kingdom", "the North", "the bloc" name a government only in context.
 * Each resolves to the candidate country (knowledge/countries.json `contextual`) the article named most
 * recently before it; with no candidate named yet, the phrase names nothing. An entry with `context` names
 * its first candidate once any context country was named ("the North" in an article about either Korea).
 */
import type { CountryMention } from './countries.js';
import { ANY_CONTEXTUAL_COUNTRY_WORD, contextualCountryWords } from './knowledge.js';
import { execAll } from './regex.js';

const PROPER_NAME_GOES_ON = /^\s\p{Lu}/u;

/** Country code → position (sentence order) of its latest mention in the article. */
export type RecentCountries = Map<string, number>;

export function findContextualCountries(sentence: string, recent: RecentCountries, named: readonly CountryMention[]): CountryMention[] {
  const out: CountryMention[] = [];
  if (!ANY_CONTEXTUAL_COUNTRY_WORD.test(sentence)) return out;
  for (const { re, candidates, context, kind } of contextualCountryWords()) {
    for (const m of execAll(re, sentence)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (named.some((c) => c.start < end && start < c.end)) continue; // "the Kingdom of Saudi Arabia"
      if (PROPER_NAME_GOES_ON.test(sentence.slice(end, end + 3))) continue; // "the South China Sea", "the North Atlantic"
      // The sentence's own earlier mentions count as the most recent.
      if (context) {
        if (context.some((c) => recent.has(c)) || named.some((c) => context.includes(c.code))) out.push({ code: candidates[0], kind, text: m[0], start, end });
        continue;
      }
      const here = named.filter((c) => c.end <= start && candidates.includes(c.code)).pop();
      let code = here?.code ?? null;
      if (!code) {
        let latest = -1;
        for (const candidate of candidates) {
          const at = recent.get(candidate);
          if (at !== undefined && at > latest) {
            latest = at;
            code = candidate;
          }
        }
      }
      if (code) out.push({ code, kind, text: m[0], start, end });
    }
  }
  return out;
}

export function rememberCountries(recent: RecentCountries, mentions: readonly CountryMention[], position: number): void {
  for (const c of mentions) recent.set(c.code, position);
}
