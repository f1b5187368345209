/**
 * A year alone as a date, which chrono-node does not read: "will be held in Greece in 2027", "in early 2026",
 * "in the spring of 2026", "later this year", "early next year". A plan often has no month yet; its year still
 * tells one planned meeting from another. Words in knowledge/dates.json (`yearQualifiers`, `relativeYears`).
 * A year in digits only after a preposition or a qualifier ("the 2024 election", "Vision 2030", "by 2027" are no
 * dates), and never before a noun it modifies ("in 2024 talks", "next year's summit").
 */
import datesData from '../../../knowledge/dates.json' with { type: 'json' };
import { escapeRegex } from '../text/escape-regex.js';
import { execAll } from './regex.js';

export interface YearPhrase {
  start: number;
  end: number;
  text: string;
  /** The year as written ("in 2027"), or its distance from the published year ("next year": 1). */
  year: number | null;
  offset: number | null;
}

const phrases = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegex(w).replace(/\s+/g, '\\s+'))
    .join('|');

const RELATIVE = new Map(Object.entries(datesData.relativeYears));
const YEAR_PHRASE_RE = new RegExp(
  `(?=[IiAaDdEeMmLlTtNn12])(?<![\\p{L}\\d])(?:(?<prep>in|at|during)\\s+)?(?:(?<qualifier>${phrases(datesData.yearQualifiers)})(?:\\s+|-))?` +
    `(?:(?<year>(?:19|20)\\d\\d)|(?<relative>${phrases([...RELATIVE.keys()])}))(?![\\p{L}\\d'’])`,
  'giu',
);
// What may follow the phrase: its end, a name, or a word that is no noun it modifies ("in 2024 talks").
const END_OR_NAME_AFTER = /^(?:\s*(?:[,.;:)—–]|$)|\s+\p{Lu})/u;
const LINKING_WORD_AFTER = /^\s+(?:and|or|but|to|for|with|at|in|on|when|after|before|as|that|the|a|an|where|while|under|between|amid|if|unless|once)\b/;
/** A four-digit year or the word "year": the cheap test before the full pattern. */
const MAY_HAVE_YEAR = /(?:19|20)\d\d|\byear\b/i;

/** Year phrases of a sentence, in order. */
export function findYearPhrases(text: string): YearPhrase[] {
  if (!MAY_HAVE_YEAR.test(text)) return [];
  const out: YearPhrase[] = [];
  for (const m of execAll(YEAR_PHRASE_RE, text)) {
    const g = m.groups!;
    // "Vision 2030", "by 2027": a bare year is a date only after a preposition or a qualifier.
    if (g.year && !g.prep && !g.qualifier) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (!END_OR_NAME_AFTER.test(after) && !LINKING_WORD_AFTER.test(after)) continue;
    const start = m.index! + (g.prep ? m[0].length - m[0].slice(g.prep.length).trimStart().length : 0);
    const end = m.index! + m[0].length;
    const written = m[0].slice(start - m.index!);
    if (g.year) out.push({ start, end, text: written, year: Number(g.year), offset: null });
    else out.push({ start, end, text: written, year: null, offset: RELATIVE.get(g.relative.toLowerCase().replace(/\s+/g, ' '))! });
  }
  return out;
}
