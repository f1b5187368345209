/**
 * A year alone as a date, which chrono-node does not read: "will be held in Greece in 2027", "in early 2026",
 * "in the spring of 2026", "later this year", "early next year". A plan often has no month yet; its year still
 * tells one planned meeting from another. Words in knowledge/dates.json (`yearQualifiers`, `relativeYears`).
 * A year in digits only after a preposition or a qualifier ("the 2024 election", "Vision 2030", "by 2027" are no
 * dates), and never before a noun it modifies ("in 2024 talks", "next year's summit").
 */
import datesData from '../../../knowledge/dates.json' with { type: 'json' };
import { phraseAlternation } from '../text/phrase-alternation.js';
import { execAll } from './regex.js';

export interface YearPhrase {
  start: number;
  end: number;
  text: string;
  /** The year as written ("in 2027"), or its distance from the published year ("next year": 1). */
  year: number | null;
  offset: number | null;
}

// "next year" → "next": 1. Each key of `relativeYears` is a word and "year".
const RELATIVE = new Map(Object.entries(datesData.relativeYears).map(([k, v]) => [k.replace(/\s+year$/i, '').toLowerCase(), v]));
// The year itself is the cheap thing to find; what makes it a date is read backwards from it.
const YEAR_WORD = /(?<![\p{L}\d])(?:(?:19|20)\d\d|[Yy]ear)(?![\p{L}\d'’])/gu;
const LEAD = `(?:(?<![\\p{L}])(?<prep>in|at|during)\\s+)?(?:(?<![\\p{L}])(?<qualifier>${phraseAlternation(datesData.yearQualifiers)})(?:\\s+|-))?`;
const DIGITS_LEAD = new RegExp(`${LEAD}$`, 'iu');
const RELATIVE_LEAD = new RegExp(`${LEAD}(?<![\\p{L}])(?<relative>${phraseAlternation([...RELATIVE.keys()])})\\s+$`, 'iu');
// What may follow the phrase: its end, a name, or a word that is no noun it modifies ("in 2024 talks").
const END_OR_NAME_AFTER = /^(?:\s*(?:[,.;:)—–]|$)|\s+\p{Lu})/u;
const LINKING_WORD_AFTER = /^\s+(?:and|or|but|to|for|with|at|in|on|when|after|before|as|that|the|a|an|where|while|under|between|amid|if|unless|once)\b/;
/** A four-digit year or the word "year": the cheap test before the full pattern. */
const MAY_HAVE_YEAR = /(?:19|20)\d\d|\byear\b/i;

/** Year phrases of a sentence, in order. */
export function findYearPhrases(text: string): YearPhrase[] {
  if (!MAY_HAVE_YEAR.test(text)) return [];
  const out: YearPhrase[] = [];
  for (const m of execAll(YEAR_WORD, text)) {
    const end = m.index! + m[0].length;
    const after = text.slice(end, end + 12);
    if (!END_OR_NAME_AFTER.test(after) && !LINKING_WORD_AFTER.test(after)) continue;
    const digits = m[0] !== 'year' && m[0] !== 'Year';
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    const lead = (digits ? DIGITS_LEAD : RELATIVE_LEAD).exec(before);
    if (!lead) continue;
    const g = lead.groups!;
    // "Vision 2030", "by 2027": a year in digits is a date only after a preposition or a qualifier.
    if (digits && !g.prep && !g.qualifier) continue;
    if (!digits && !g.relative) continue;
    const start = m.index! - before.length + lead.index + (g.prep ? lead[0].length - lead[0].slice(g.prep.length).trimStart().length : 0);
    const written = text.slice(start, end);
    if (digits) out.push({ start, end, text: written, year: Number(m[0]), offset: null });
    else out.push({ start, end, text: written, year: null, offset: RELATIVE.get(g.relative.toLowerCase())! });
  }
  return out;
}
