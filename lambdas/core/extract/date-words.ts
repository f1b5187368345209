/**
 * Date language chrono-node does not read, with its words in knowledge/dates.json:
 * - a day named from another day: from publication ("this morning", "last night") or from the day the
 *   article mentioned last ("On the same day", "The previous day", "three days earlier");
 * - the tense before a date without a year, which says whether "on the 22nd" or "on 15 June" is still to come;
 * - an attributive date ("the November 2024 ceasefire"), which dates the noun after it, not a contact.
 */
import datesData from '../../../knowledge/dates.json' with { type: 'json' };
import { phraseAlternation } from '../text/phrase-alternation.js';
import { MODE_OF_CUE } from './knowledge.js';
import { endsInReducedRelative } from './reduced-relative.js';
import { execAll } from './regex.js';

export interface DayAnchor {
  year: number;
  month: number;
  day: number;
}

/** A phrase that names a day by its distance from another one. */
export interface DayPhrase {
  start: number;
  end: number;
  text: string;
  /** Days from the base day (-1: the day before). */
  offset: number;
  /** The base day: the publication date, or the day the article mentioned last. */
  from: 'published' | 'anchor';
}

const DAY_MS = 86_400_000;

const PUBLISHED_OFFSETS = new Map(Object.entries(datesData.publishedDayOffsets));
const ANCHORED_OFFSETS = new Map(Object.entries(datesData.anchoredDayOffsets));
const COUNT_WORDS = new Map(Object.entries(datesData.anchoredCountWords));
const DIRECTIONS = new Map(Object.entries(datesData.anchoredDirections));
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

const DAY_PHRASE_RE = new RegExp(
  `(?<![\\p{L}])(?:(?<published>${phraseAlternation(PUBLISHED_OFFSETS.keys())})|(?<anchored>${phraseAlternation(ANCHORED_OFFSETS.keys())})|` +
    `(?<count>${phraseAlternation(COUNT_WORDS.keys())}|\\d{1,2})\\s+days\\s+(?<direction>${phraseAlternation(DIRECTIONS.keys())}))(?![\\p{L}])`,
  'giu',
);
/** Only sentences with one of these words can hold a day phrase (a cheap test before the full pattern). */
const MAY_HAVE_DAY_PHRASE = /\b(?:day|days|morning|afternoon|evening|today|night)\b/i;
// "the day before the summit": a direction that can take an object counts only when nothing follows it.
const OBJECT_TAKING = /(?:before|after)$/i;
const OBJECT_AFTER = /^\s+[\p{L}\d]/u;

/** Day phrases of a sentence, in order. */
export function findDayPhrases(text: string): DayPhrase[] {
  if (!MAY_HAVE_DAY_PHRASE.test(text)) return [];
  const out: DayPhrase[] = [];
  for (const m of execAll(DAY_PHRASE_RE, text)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (OBJECT_TAKING.test(m[0]) && OBJECT_AFTER.test(text.slice(end))) continue;
    const g = m.groups!;
    if (g.published) {
      out.push({ start, end, text: m[0], offset: PUBLISHED_OFFSETS.get(fold(g.published))!, from: 'published' });
    } else if (g.anchored) {
      out.push({ start, end, text: m[0], offset: ANCHORED_OFFSETS.get(fold(g.anchored))!, from: 'anchor' });
    } else {
      const count = COUNT_WORDS.get(fold(g.count)) ?? Number(g.count);
      out.push({ start, end, text: m[0], offset: count * DIRECTIONS.get(fold(g.direction))!, from: 'anchor' });
    }
  }
  return out;
}

export function shiftDay(base: DayAnchor, days: number): DayAnchor {
  const d = new Date(Date.UTC(base.year, base.month - 1, base.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The first day of the month `months` months away from `base`'s ("next month": 1, "last month": -1). */
export function shiftMonth(base: DayAnchor, months: number): DayAnchor {
  const d = new Date(Date.UTC(base.year, base.month - 1 + months, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1 };
}

// ---- a month named from publication ---------------------------------------------------------------
/** A phrase that names a month by its distance from the publication month ("earlier this month", "next month"). */
export interface MonthPhrase {
  start: number;
  end: number;
  text: string;
  /** Months from the publication month. */
  offset: number;
}

const MONTH_OFFSETS = new Map(Object.entries(datesData.publishedMonthOffsets));
/** How many months from publication a month phrase ("this month", "next month") names; undefined for none. */
export const monthOffsetOf = (phrase: string): number | undefined => MONTH_OFFSETS.get(fold(phrase));
const WEEK_OFFSETS = new Map(Object.entries(datesData.publishedWeekOffsets));
// "this month's summit" dates the summit; "the month-long talks" names no month.
const MONTH_PHRASE_RE = new RegExp(`(?<![\\p{L}])(?:(?<month>${phraseAlternation(MONTH_OFFSETS.keys())})|(?<week>${phraseAlternation(WEEK_OFFSETS.keys())}))(?![\\p{L}-])`, 'giu');
/** Only sentences with the word "month" or "week" can hold one (a cheap test before the full pattern). */
const MAY_HAVE_MONTH_PHRASE = /\b(?:month|week)\b/i;

/**
 * Month phrases of a sentence, in order: "earlier this month", "next month", and a week named from publication
 * ("next week") when all of it, Monday to Sunday, lies in one month (that month); a week across two names none.
 */
export function findMonthPhrases(text: string, published: DayAnchor): MonthPhrase[] {
  if (!MAY_HAVE_MONTH_PHRASE.test(text)) return [];
  const out: MonthPhrase[] = [];
  for (const m of execAll(MONTH_PHRASE_RE, text)) {
    const phrase = { start: m.index!, end: m.index! + m[0].length, text: m[0] };
    if (m.groups!.month) {
      out.push({ ...phrase, offset: monthOffsetOf(m[0])! });
      continue;
    }
    const offset = monthOfWeek(published, WEEK_OFFSETS.get(fold(m[0]))!);
    if (offset !== null) out.push({ ...phrase, offset });
  }
  return out;
}

/** The month of the week `weeks` from the published one, as months from the published month; null across two months. */
function monthOfWeek(published: DayAnchor, weeks: number): number | null {
  const weekday = (new Date(Date.UTC(published.year, published.month - 1, published.day)).getUTCDay() + 6) % 7; // Monday 0
  const monday = shiftDay(published, weeks * 7 - weekday);
  const sunday = shiftDay(monday, 6);
  if (monday.month !== sunday.month || monday.year !== sunday.year) return null;
  return (monday.year - published.year) * 12 + monday.month - published.month;
}

// ---- tense before a date --------------------------------------------------------------------------
/**
 * Which way the words before a date point: ahead ("will meet on", "is due to be held on"), back ("held talks
 * on"), or to a plan told in the past ("was due to be held on", "had been scheduled for"), which may have
 * been for a day already gone or for one still to come.
 */
export type Tense = 'forward' | 'past' | 'past-plan';

const PAST_FORM = `${phraseAlternation(datesData.pastBefore)}|\\p{Ll}+ed`;
const TENSE_RE = new RegExp(
  `(?<![\\p{L}])(?:` +
    `(?<pastPlan>(?:${phraseAlternation(datesData.pastPlanAuxiliaries)})\\s+(?:(?:\\p{L}+ly|also|still)\\s+)?(?:${phraseAlternation(datesData.planWords)}))|` +
    // "will be held", "had been hosted": a passive participle takes its tense from the auxiliary before it.
    `(?<passive>(?:be|been|being)\\s+(?:${PAST_FORM}))|` +
    `(?<forward>${phraseAlternation(datesData.forwardBefore)})|(?<past>${PAST_FORM}))(?![\\p{L}])`,
  'giu',
);

/**
 * The tense of the words before a date, in its own clause; null when they say none. The marker nearest the
 * date wins: "said it will meet on" looks ahead.
 */
export function tenseBefore(before: string): Tense | null {
  const clause = before.slice(-60).split(/[,;:—–()]/).pop()!;
  let tense: Tense | null = null;
  for (const m of execAll(TENSE_RE, clause)) {
    const g = m.groups!;
    if (!g.passive) tense = g.pastPlan ? 'past-plan' : g.forward ? 'forward' : 'past';
  }
  return tense;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The month of a day of the month alone ("on the 18th"), against the reference day: the next such day when
 * the tense looks ahead, the last one when it looks back, else (also for a plan told in the past) the nearer
 * of the two (the earlier on a tie: news mostly reports what happened).
 */
export function monthOfDay(day: number, ref: DayAnchor, tense: Tense | null): { year: number; month: number } {
  const candidates: Array<{ year: number; month: number; at: number }> = [];
  for (const shift of [-1, 0, 1]) {
    const d = new Date(Date.UTC(ref.year, ref.month - 1 + shift, 1));
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    if (day <= daysInMonth(year, month)) candidates.push({ year, month, at: Date.UTC(year, month - 1, day) });
  }
  const refAt = Date.UTC(ref.year, ref.month - 1, ref.day);
  const before = candidates.filter((c) => c.at <= refAt).pop();
  const after = candidates.find((c) => c.at >= refAt);
  let pick = before ?? after!;
  if (tense === 'forward' && after) pick = after;
  else if ((tense === null || tense === 'past-plan') && after && before && after.at - refAt < refAt - before.at) pick = after;
  return { year: pick.year, month: pick.month };
}

// ---- a date of an event that is no contact -----------------------------------------------------------
// "the crash of an Azerbaijan Airlines jet last December", "the attack on the embassy in June": an event noun after a
// determiner, then at most a short complement (a preposition and a few words, no verb or comma), then the date after
// "last", "in" or nothing. Not a day "on" a date ("after the attack on Monday, X called Y" may date the call), nor an
// event that is the talks' topic ("talks on the election in May").
const EVENT_NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<!(?:on|about|over|regarding|concerning|discussed|discuss|discussing)\\s+)(?:the|a|an|its|their|his|her|this|that|last\\s+year['’]s|\\p{L}+['’]s)\\s+(?:[\\p{L}-]+\\s+)?(?:${phraseAlternation(datesData.eventNouns)})` +
    `(?:\\s+(?:of|on|in|near|at|against|over|by)\\s+(?:[\\p{L}\\d'’.-]+\\s+){1,6}?)?\\s*(?:(?:last|in)\\s+)?$`,
  'iu',
);
const MAY_HAVE_EVENT_NOUN = new RegExp(`(?:${phraseAlternation(datesData.eventNouns)})`, 'i');

/** "the crash of an airliner last December", "since the elections in May": the date of an event that is no contact. */
export function isEventNounDate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return MAY_HAVE_EVENT_NOUN.test(before) && EVENT_NOUN_BEFORE.test(before);
}

// ---- a month qualified by last, next or this ---------------------------------------------------------
const QUALIFIER_BEFORE = /(?<![\p{L}])(last|next|this|coming)\s+$/iu;
const YEAR_AFTER = new RegExp(`^,?\\s+(${phraseAlternation(Object.keys(datesData.relativeYears))})(?![\\p{L}])`, 'iu');
const RELATIVE_YEARS = new Map(Object.entries(datesData.relativeYears));

/**
 * The year of a month named without one but qualified ("last November", "next March", "Dec. 28 last year", "in
 * March next year"): "last November" said in November is a year ago, "next November" a year ahead, and "last
 * year" is the year before publication. Null when nothing qualifies the month.
 */
export function yearOfQualifiedMonth(text: string, start: number, end: number, month: number, ref: DayAnchor): number | null {
  const after = YEAR_AFTER.exec(text.slice(end, end + 20));
  if (after) return ref.year + RELATIVE_YEARS.get(fold(after[1]))!;
  const before = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  if (!before) return null;
  const word = before[1].toLowerCase();
  if (word === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (word === 'this') return ref.year;
  return month > ref.month ? ref.year : ref.year + 1;
}

// ---- attributive dates ----------------------------------------------------------------------------
const PARTS_OF_DAY = new Set(datesData.partsOfDay);
const OCCASION_NOUNS = new Set(datesData.occasionNouns);
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|last)|\p{L}['’]s)\s+$/iu;
const WORDS_AFTER = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/;
// Words that can follow a date without it being a modifier: "the Tuesday when they met", "the 14th of".
const NOT_A_NOUN = /^(?:and|or|but|when|that|which|who|where|as|to|in|on|at|for|with|by|of|from|after|before|is|was|were|are|has|had|will|would|itself)$/;

/**
 * "the November 2024 ceasefire", "Hamas's Oct. 7 attack": a date between a determiner and a noun dates that
 * noun. Not when the noun is a contact's ("the Feb. 18 meeting", "the Tuesday evening talks").
 */
export function isAttributiveDate(text: string, start: number, end: number): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  const words = WORDS_AFTER.exec(text.slice(end, end + 40));
  if (!words) return false;
  let [, first, second] = words;
  if (PARTS_OF_DAY.has(first)) {
    if (!second) return false;
    [first, second] = [second, ''];
  }
  if (NOT_A_NOUN.test(first)) return false;
  const singular = first.replace(/s$/, '');
  const isOccasion = OCCASION_NOUNS.has(first) || OCCASION_NOUNS.has(singular) || MODE_OF_CUE.has(first) || MODE_OF_CUE.has(singular) || (second !== undefined && MODE_OF_CUE.has(`${first} ${second}`));
  return !isOccasion;
}

// ---- a date the contact was moved away from ---------------------------------------------------------
const MOVE_VERB = '(?:postponed|rescheduled|delayed|deferred|pushed\\s+back|put\\s+off|moved|brought\\s+forward)';
// "was postponed from Oct. 30 (and is now scheduled for Nov. 18)": the date after "from" is the old one.
const MOVED_FROM = new RegExp(`\\b${MOVE_VERB}\\s+from\\s+(?:the\\s+)?$`, 'i');
// "was due to meet in Canberra in May but was postponed": a passive move right after the date, with no subject
// of its own ("… on Monday, but the signing was delayed" moves something else), makes it the old one.
const MOVED_AFTER = new RegExp(`^[\\s,]*(?:(?:but|and|yet|then)\\s+)?(?:it\\s+|they\\s+)?(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\p{L}+\\s+)?${MOVE_VERB}\\b`, 'iu');
// "…was postponed until March 3", "rescheduled for Monday": the date it was moved to.
const MOVED_TO = new RegExp(`\\b${MOVE_VERB}\\s+(?:\\p{L}+\\s+){0,3}?(?:to|until|till|for)\\s+(?:the\\s+)?$`, 'iu');

/**
 * A date the contact was moved away from ("postponed from Oct. 30", "was due to meet … in May but was
 * postponed"): no longer its date. The date it was moved to ("postponed until March 3") stays.
 */
export function isMovedAwayDate(text: string, start: number, end: number, clauseEnd: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (MOVED_TO.test(before)) return false;
  return MOVED_FROM.test(before) || MOVED_AFTER.test(text.slice(end, clauseEnd));
}

// "the ceasefire agreed in Doha on Oct. 19", "the deal signed in March": the preposition (and a place) before a
// date in a reduced relative clause.
const DATE_PREPOSITION_BEFORE = /(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?\s+(?:on|in|at)\s+(?:the\s+)?$/u;

/** "the deal signed on Monday", "the tariffs announced in July": a date of another noun's event, never a contact's. */
export function isReducedRelativeDate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const preposition = DATE_PREPOSITION_BEFORE.exec(before);
  return preposition !== null && endsInReducedRelative(before.slice(0, preposition.index + 1));
}
