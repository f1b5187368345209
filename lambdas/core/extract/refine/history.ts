/**
 * History refiner: a contact mentioned as background is not a new contact. Signs: a "since…" clause
 * (handled by the clause splitter), cue words such as "previously" or "prior to the invasion", a former
 * office holder with no date, "at a G-20 summit" (an indefinite occasion), or a stated year well before
 * the article's year (not one that names a thing: "the 2015 nuclear agreement").
 */
import type { PersonMention } from '../actors.js';
import type { DateMention } from '../dates.js';
import { CONTACT_CUE_RE, HISTORY_RE, INDEFINITE_GATHERING_RE } from '../knowledge.js';
import { SINCE_ASIDE } from '../clauses.js';
import { execAll } from '../regex.js';

const YEAR = /\b(19\d\d|20\d\d)\b/g;
// "party to the 2015 nuclear agreement", "its 2019 election law": a year that names a thing dates nothing. Not a year
// naming a contact ("the 2019 summit"), which is that contact, in the past.
const NAMING_DETERMINER = /\b(?:the|its|their|his|her|our)\s+$/i;
const NAMED_NOUN_AFTER = /^\s+[a-z][a-z-]*/;
const CUE_TEST = new RegExp(CONTACT_CUE_RE.source, CONTACT_CUE_RE.flags.replace('g', ''));

function namesSomething(text: string, year: RegExpExecArray): boolean {
  const end = year.index + year[0].length;
  if (!NAMING_DETERMINER.test(text.slice(Math.max(0, year.index - 8), year.index)) || !NAMED_NOUN_AFTER.test(text.slice(end, end + 3))) return false;
  return !CUE_TEST.test(text.slice(end, end + 30));
}

export function isHistoricalSegment(segment: string, persons: PersonMention[], dates: DateMention[], refYear: number | null): boolean {
  // "the joint commission, dormant since 2016, meet in Kyiv in January": the aside's year dates the dormancy.
  const text = segment.includes(' since ') ? segment.replace(SINCE_ASIDE, ',') : segment;
  if (HISTORY_RE.test(text)) return true;
  if (INDEFINITE_GATHERING_RE.test(text)) return true;
  if (persons.some((p) => p.former) && dates.length === 0) return true;
  if (refYear !== null) {
    for (const m of execAll(YEAR, text)) if (Number(m[1]) < refYear - 1 && !namesSomething(text, m)) return true;
    if (dates.some((d) => d.certain.year && d.year < refYear - 1)) return true;
  }
  return false;
}

/** Days before publication after which a contact of the previous calendar year is background ("a phone call on Dec. 28 last year", in October). */
const STALE_DAYS = 183;

/**
 * A held contact dated in the year before publication and more than half a year before it is background told for
 * context, not news: recent contacts of the last weeks of that year ("on Dec. 28", in January) stay news.
 */
export function isLastYearBackground(date: string | null, published: string | null): boolean {
  if (!date || !published || !/^\d{4}-\d{2}/.test(date) || Number(date.slice(0, 4)) !== Number(published.slice(0, 4)) - 1) return false;
  // A month-precision date counts from its last day: "last December" is as recent as it can be.
  const day = date.length >= 10 ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0));
  return (new Date(`${published.slice(0, 10)}T00:00:00Z`).getTime() - day.getTime()) / 86_400_000 > STALE_DAYS;
}
