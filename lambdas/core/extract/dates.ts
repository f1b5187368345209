/**
 * Date extractor and news refiner. chrono-node finds the date expressions; `preferPastRefiner` (a chrono
 * refiner) moves year-less and weekday-only dates to the most recent one on or before the reference date,
 * because news reports what happened ("on Saturday" in a Sunday paper is yesterday, not next week).
 * `resolveContactDate` then keeps precision honest: without a published date, "Tuesday" stays unknown and
 * "February 18" stays a month-day — never a guessed year.
 */
import * as chrono from 'chrono-node';
import type { ContactDate } from '../record/schema.js';
import { type ParserTrigger, triggeredParsers } from './chrono-triggers.js';
import { inEarlierOccasionClause } from './earlier-occasion.js';
import { isPersonClauseDate } from './person-clause.js';
import { findYearPhrases } from './year-phrases.js';
import { type DayAnchor, findDayPhrases, findMonthPhrases, isAttributiveDate, isEventNounDate, isReducedRelativeDate, type MonthPhrase, monthOfDay, monthOffsetOf, shiftDay, shiftMonth, type Tense, tenseBefore, yearOfQualifiedMonth } from './date-words.js';

type ChronoRefiner = (typeof chrono.casual.refiners)[number];
type ChronoResult = ReturnType<typeof chrono.casual.parse>[number];

const RELATIVE_WORD = /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|earlier|later|coming)\b/i;
const NEXT_WORD = /\b(?:next|coming)\b/i;
const LAST_WORD = /\blast\b/i;
const DAY_MS = 86_400_000;

function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** A chrono refiner: past-preferring resolution of weekday-only and year-less dates (forward only for "next"). */
export const preferPastRefiner: ChronoRefiner = {
  refine: (context, results) => {
    const ref = context.refDate;
    const refDay = utcDate(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate());
    for (const r of results) {
      const c = r.start;
      if (c.isCertain('weekday') && !c.isCertain('day')) {
        const weekday = c.get('weekday')!;
        let delta = (refDay.getUTCDay() - weekday + 7) % 7; // days back to the most recent such weekday
        if (NEXT_WORD.test(r.text)) delta = -(((weekday - refDay.getUTCDay() + 7) % 7) || 7);
        else if (LAST_WORD.test(r.text) && delta === 0) delta = 7;
        const day = new Date(refDay.getTime() - delta * DAY_MS);
        c.imply('year', day.getUTCFullYear());
        c.imply('month', day.getUTCMonth() + 1);
        c.imply('day', day.getUTCDate());
      } else if (!c.isCertain('year') && c.isCertain('month')) {
        const month = c.get('month')!;
        const dayOfMonth = c.isCertain('day') ? c.get('day')! : 1;
        let year = refDay.getUTCFullYear();
        if (utcDate(year, month, dayOfMonth) > refDay && !NEXT_WORD.test(r.text)) year -= 1;
        c.imply('year', year);
      }
    }
    return results;
  },
};

// Only the date parsers news contacts need (no times of day, durations or "within 3 days"): each extra
// chrono parser costs time on every sentence. Each with the words it cannot match without (chrono-triggers.ts).
const DATE_PARSERS = new Map<string, ParserTrigger[]>([
  ['ENYearMonthDayParser', ['digit']],
  ['ISOFormatParser', ['digit']],
  ['SlashDateFormatParser', ['digit']],
  ['ENMonthNameLittleEndianParser', ['month']],
  ['ENMonthNameMiddleEndianParser', ['month']],
  ['ENWeekdayParser', ['weekday']],
  ['ENYearMonthNameParser', ['month', 'digit']],
  ['ENCasualDateParser', ['casual']],
  ['ENMonthNameParser', ['month']],
]);
/**
 * "on the 14th", "by the 2nd": a day of the month alone, as wires, state media and the Japanese and Korean
 * press write it. Its month is the one the words before it point to ("held talks on the 18th" looks back,
 * "which opens on the 22nd" and "will meet again on the 19th" look ahead, date-words.ts), else the nearer
 * one to the reference date; "the 15th of this month" (next, last) names its month. Not "on the 24th round" or
 * "the 75th anniversary": a lower-case word after the ordinal must be a linking word. After "for" and "to" ("pencilled
 * in for the 16th", "moved to the 9th"), which also lead to names ("to the 16th Party Congress"), only punctuation or
 * a linking word may follow. A time of that day ("on the evening of the 31st") is the day.
 */
const ORDINAL_LINK = '(?:for|in|at|on|with|to|and|when|after|before|during|from|until|by|as|but|or|that|which|the|his|her|their|its|a|an|where|while)\\b';
const ORDINAL_NUMBER = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?:\\s+of\\s+(this|next|last)\\s+month\\b)?(?!\\s+of\\b)';
const ORDINAL_DAY = new RegExp(
  `(?=[OoBbFfUuSsTt])\\b(?:(?:[Oo]n|[Bb]y|[Ff]rom|[Uu]ntil|[Ss]ince)\\s+(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?the\\s+${ORDINAL_NUMBER}` +
    `(?=[\\s,.;:)]*(?:$|[^\\sa-z]|${ORDINAL_LINK}))` +
    `|(?:[Ff]or|[Tt]o)\\s+the\\s+${ORDINAL_NUMBER}(?=\\s*(?:$|[,.;:)]|${ORDINAL_LINK})))`,
);
export const ordinalDayParser: Parameters<typeof chrono.casual.parsers.push>[0] = {
  pattern: () => ORDINAL_DAY,
  extract: (context, match) => {
    const day = Number(match[1] ?? match[3]);
    const named = match[2] ?? match[4];
    const ref = context.refDate;
    const refDay = { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1, day: ref.getUTCDate() };
    // "the 15th of next month": the month is stated, relative to the reference date.
    if (named) {
      const { year, month } = shiftMonth(refDay, monthOffsetOf(`${named} month`)!);
      return context.createParsingComponents({ day, month, year });
    }
    const { year, month } = monthOfDay(day, refDay, tenseBefore(context.text.slice(0, match.index)));
    const components = context.createParsingComponents({ day });
    components.imply('month', month);
    components.imply('year', year);
    return components;
  },
};

/**
 * chrono-node's casual English parsers, in the order its configuration creates them (locales/en/
 * configuration.js). DATE_PARSERS are picked by position, not by `constructor.name`: the Lambda bundle is
 * minified, which renames classes, and a filter on names kept no chrono parser there (no dates at all).
 * tests/unit/extract/dates.test.ts checks this list against the real class names, so a chrono-node upgrade
 * that adds, drops or reorders parsers fails there instead of silently keeping the wrong ones.
 */
export const CHRONO_CASUAL_PARSERS = [
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENTimeUnitWithinFormatParser',
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser',
  'ENTimeExpressionParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENYearMonthNameParser',
  'ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'ENMonthNameParser',
  'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser',
] as const;

const parser = chrono.casual.clone();
if (parser.parsers.length !== CHRONO_CASUAL_PARSERS.length) {
  throw new Error(`chrono-node has ${parser.parsers.length} casual English parsers, dates.ts expects ${CHRONO_CASUAL_PARSERS.length}: update CHRONO_CASUAL_PARSERS`);
}
const kept = CHRONO_CASUAL_PARSERS.filter((name) => DATE_PARSERS.has(name));
parser.parsers = parser.parsers.filter((_, i) => DATE_PARSERS.has(CHRONO_CASUAL_PARSERS[i]));
parser.parsers.push(ordinalDayParser);
parser.refiners.push(preferPastRefiner);
const parserFor = triggeredParsers(parser, [...kept.map((name) => DATE_PARSERS.get(name)!), ['digit']]);

// "Sun Weidong", "Sat Paul": a capitalized three-letter weekday abbreviation in prose is a name, not a date.
const ABBREVIATED_WEEKDAY = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;

export interface DateMention {
  /** Offsets within the parsed text. */
  start: number;
  end: number;
  /** The expression as written, trimmed of "on"/punctuation ("Saturday", "February 18"). */
  text: string;
  year: number;
  month: number;
  day: number;
  certain: { year: boolean; month: boolean; day: boolean; weekday: boolean };
  relative: boolean;
  /** Named from another day the article mentioned ("the previous day"): already a calendar day. */
  anchored?: boolean;
  /** Of a date without a year: which way the words before it point ("was due to be held on 15 June"). */
  tense?: Tense | null;
}

// Dates only matter near a calendar word; skipping chrono elsewhere keeps extraction fast.
const MAY_HAVE_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tonight|tomorrow)\b|\d{1,4}[-/.]\d{1,2}|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/;

const FALLBACK_REF = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * The dates of one sentence, resolved against the published date. `anchor` is the day the article mentioned
 * last before this sentence, for "On the same day" and "The previous day" (a day earlier in the sentence
 * itself comes first).
 */
export function findDates(text: string, published: string | null, anchor: DayAnchor | null = null): DateMention[] {
  const out = MAY_HAVE_DATE.test(text) ? chronoDates(text, published) : [];
  // "earlier this month", "next month", "next week" (within one month): a month counted from publication (none without
  // a published date).
  const months = published ? findMonthPhrases(text, publishedDay(published)!).filter((p) => !out.some((d) => d.start < p.end && p.start < d.end) && !isPersonClauseDate(text, p.start)) : [];
  if (months.length > 0) {
    out.push(...months.map((p) => monthDate(p, published!)));
    out.sort((a, b) => a.start - b.start);
  }
  const phrases = findDayPhrases(text);
  // A year alone ("in 2027", "next year") only where the sentence names no sharper date: "X, who took over
  // last year, met Y on Monday" is Monday's meeting.
  if (out.length === 0 && phrases.length === 0) {
    const years = yearDates(text, published);
    return years.length === 0 && published ? clockTimeToday(text, published) : years;
  }
  if (phrases.length === 0) return out;
  for (const p of phrases) {
    if (out.some((d) => d.start < p.end && p.start < d.end)) continue; // "later today": chrono read "today"
    const base = p.from === 'published' ? publishedDay(published) : (lastDay(out.filter((d) => d.end <= p.start), published) ?? anchor);
    if (p.from === 'anchor' && !base) continue; // nothing to count from: no date rather than a guess
    const day = base ? shiftDay(base, p.offset) : { year: 2000, month: 1, day: 1 };
    out.push({
      start: p.start,
      end: p.end,
      text: p.text,
      ...day,
      certain: { year: true, month: true, day: true, weekday: false },
      relative: true,
      anchored: p.from === 'anchor',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "meet Vance at 15:30 Danish time", "talks begin at 10 a.m.": a time of day on a 24-hour clock or with a.m./p.m.
const CLOCK_TIME = /(?=[aA])\bat\s+(\d{1,2}(?::\d{2}|\.\d{2}(?=\s*[ap]\.?m\b))?\s*(?:[ap]\.?m\.?(?![\p{L}])|(?<=:\d{2})))/u;

/**
 * A time of day and no day ("The ministers meet Vance at 15:30") is said of the day of publication, as live blogs and
 * same-day reports write a schedule. Not in a clause told in the past ("met at 3 p.m.", "the meeting at 3 p.m. lasted two
 * hours" may be yesterday's, in a next-day report).
 */
function clockTimeToday(text: string, published: string): DateMention[] {
  if (!text.includes('at ')) return [];
  const m = CLOCK_TIME.exec(text);
  if (!m || tenseBefore(text.slice(Math.max(0, m.index - 60), m.index)) === 'past') return [];
  // "The meeting at 3 p.m. lasted two hours": the verb after the time, up to the end of its clause, is past too.
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[,;:—–()]/)[0];
  if (tenseBefore(after) === 'past') return [];
  const day = publishedDay(published)!;
  const start = m.index + m[0].length - m[1].length;
  return [{ start, end: start + m[1].length, text: m[1], ...day, certain: { year: true, month: true, day: true, weekday: false }, relative: true }];
}

function monthDate(p: MonthPhrase, published: string): DateMention {
  const { year, month } = shiftMonth(publishedDay(published)!, p.offset);
  return {
    start: p.start,
    end: p.end,
    text: p.text,
    year,
    month,
    day: 1,
    certain: { year: true, month: true, day: false, weekday: false },
    relative: true,
  };
}

function yearDates(text: string, published: string | null): DateMention[] {
  return findYearPhrases(text).map((y) => ({
    start: y.start,
    end: y.end,
    text: y.text,
    year: y.year ?? (published ? Number(published.slice(0, 4)) + y.offset! : 2000),
    month: 1,
    day: 1,
    certain: { year: true, month: false, day: false, weekday: false },
    relative: y.year === null,
  }));
}

const anchorOf = (d: Date): DayAnchor => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

function publishedDay(published: string | null): DayAnchor | null {
  if (!published) return null;
  const [year, month, day] = published.split('-').map(Number);
  return { year, month, day };
}

/** The last of `dates` that resolves to a calendar day: what "the same day" in a later sentence points back to. */
export function lastDay(dates: readonly DateMention[], published: string | null): DayAnchor | null {
  for (let i = dates.length - 1; i >= 0; i--) {
    const resolved = resolveContactDate(dates[i], published);
    if (resolved.precision !== 'day' || !resolved.value) continue;
    const [year, month, day] = resolved.value.split('-').map(Number);
    return { year, month, day };
  }
  return null;
}

function chronoDates(text: string, published: string | null): DateMention[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : FALLBACK_REF;
  const out: DateMention[] = [];
  for (const r of parserFor(text).parse(text, ref) as ChronoResult[]) {
    const c = r.start;
    const certain = {
      year: c.isCertain('year'),
      month: c.isCertain('month'),
      day: c.isCertain('day'),
      weekday: c.isCertain('weekday'),
    };
    // "the 3rd of next month" is stated in full by the parser, yet counted from publication.
    const relative = RELATIVE_WORD.test(r.text) && !(certain.year && certain.month && certain.day && !/yesterday|today|tonight|tomorrow|\bmonth\b/i.test(r.text));
    if (!certain.month && !certain.day && !certain.weekday && !/yesterday|today|tonight|tomorrow/i.test(r.text)) continue; // times, "this week"
    if (/^now$/i.test(r.text)) continue; // "would now take place": not a date
    const lead = /^(?:on|at|in|by|from|of|until|since|for|to)\s+/i.exec(r.text)?.[0].length ?? 0;
    const cleaned = r.text
      .slice(lead)
      .replace(/['’]s$/, '')
      .replace(/[\s,.;:]+$/, '');
    if (ABBREVIATED_WEEKDAY.test(cleaned)) continue;
    const start = r.index + lead;
    // "the November 2024 ceasefire", "the deal signed on Monday": the date of something else, never a contact's.
    if (isAttributiveDate(text, start, start + cleaned.length) || isReducedRelativeDate(text, start)) continue;
    // "…, the first having been held in Moscow last November": an earlier occasion's date.
    // "Maduro, who was sworn in this month, …": the person's own past; "the crash of an airliner last December": that event's.
    if (inEarlierOccasionClause(text, start) || isPersonClauseDate(text, start) || isEventNounDate(text, start)) continue;
    // A day of the month alone ("the 14th") is relative to the published month, like a weekday.
    const dayOnly = certain.day && !certain.month && !certain.weekday;
    // "last November", "Dec. 28 last year": the qualifier fixes the year chrono left open.
    const qualifiedYear = published && !certain.year && certain.month ? yearOfQualifiedMonth(text, start, start + cleaned.length, c.get('month')!, anchorOf(ref)) : null;
    if (qualifiedYear !== null) {
      out.push({ start, end: start + cleaned.length, text: cleaned, year: qualifiedYear, month: c.get('month')!, day: certain.day ? c.get('day')! : 1, certain: { ...certain, year: true }, relative: true, tense: null });
      continue;
    }
    out.push({
      start,
      end: start + cleaned.length,
      text: cleaned,
      year: c.get('year')!,
      month: c.get('month')!,
      day: c.get('day')!,
      certain,
      relative: relative || dayOnly || /yesterday|today|tonight|tomorrow/i.test(r.text),
      tense: certain.year ? null : tenseBefore(text.slice(Math.max(0, start - 60), start)),
    });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const UNKNOWN_DATE: ContactDate = { value: null, precision: 'unknown', text: null, basis: 'unknown' };

const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();

/** The occurrence after publication of a date chrono put on or before it; null when it names one day only. */
function nextOccurrence(m: DateMention, date: Date, pub: Date): Date | null {
  const { certain } = m;
  if (certain.weekday && !certain.day) return new Date(date.getTime() + 7 * DAY_MS);
  if (!certain.year && certain.month && certain.day) return utcDate(m.year + 1, m.month, m.day);
  if (certain.day && !certain.month) return utcDate(m.year, m.month + 1, m.day); // "will meet on the 20th"
  // "will meet in September", said in February: next September, not last.
  if (!certain.year && certain.month && !certain.day && monthIndex(date) < monthIndex(pub)) return utcDate(m.year + 1, m.month, m.day);
  return null;
}

/**
 * Turn a date mention into the record's date. `preferFuture` is for planned/proposed contacts: a bare
 * "Tuesday" or "March 3" in "will meet on Tuesday" points forward from publication, not back. The tense before
 * the date can overrule the status: a plan told in the past ("was due to be held in Muscat on 15 June") and a
 * day ahead of a contact that is not to come (a cancelled one "scheduled for June 15") may each be the day gone
 * or the one to come, and the nearer one to publication is taken.
 */
export function resolveContactDate(m: DateMention, published: string | null, preferFuture = false): ContactDate {
  const { certain } = m;
  if (m.anchored) return { value: `${m.year}-${pad(m.month)}-${pad(m.day)}`, precision: 'day', text: m.text, basis: 'relative' };
  const fullStated = certain.year && certain.month && certain.day && !m.relative;
  if (fullStated) return { value: `${m.year}-${pad(m.month)}-${pad(m.day)}`, precision: 'day', text: m.text, basis: 'stated' };
  if (certain.year && certain.month && !certain.day && !certain.weekday) {
    return { value: `${m.year}-${pad(m.month)}`, precision: 'month', text: m.text, basis: m.relative ? 'relative' : 'stated' };
  }
  // "will be held in Greece in 2027", "next year": a year alone dates a plan that has no month yet
  // (year-phrases.ts). A contact already held or called off is dated by a sharper date or none: its sentence
  // may hold a plan's year too ("met briefly, and their ministers will meet early next year").
  if (certain.year && !certain.month && !certain.day && !certain.weekday) {
    if (!preferFuture) return { ...UNKNOWN_DATE };
    if (!m.relative) return { value: String(m.year), precision: 'year', text: m.text, basis: 'stated' };
    return published ? { value: String(m.year), precision: 'year', text: m.text, basis: 'relative' } : { value: null, precision: 'unknown', text: m.text, basis: 'unknown' };
  }
  const needsReference = m.relative || (certain.weekday && !certain.day) || (!certain.year && certain.month);
  if (!needsReference) return { value: null, precision: 'unknown', text: m.text, basis: 'unknown' };
  if (!published) {
    if (certain.month && certain.day && !m.relative) return { value: `--${pad(m.month)}-${pad(m.day)}`, precision: 'month-day', text: m.text, basis: 'stated' };
    return { value: null, precision: 'unknown', text: m.text, basis: 'unknown' };
  }
  // chrono's reading: the last such day on or before publication (or after it for "next", "the 22nd" ahead).
  let date = utcDate(m.year, m.month, m.day);
  const pub = new Date(`${published}T00:00:00Z`);
  const nearer = m.tense === 'past-plan' || (!preferFuture && m.tense === 'forward');
  if ((preferFuture || nearer) && date < pub && !LAST_WORD.test(m.text)) {
    const ahead = nextOccurrence(m, date, pub);
    if (ahead && (!nearer || ahead.getTime() - pub.getTime() < pub.getTime() - date.getTime())) date = ahead;
  }
  const iso = date.toISOString().slice(0, 10);
  if (!certain.day && !certain.weekday && !/yesterday|today|tonight|tomorrow/i.test(m.text)) {
    return { value: iso.slice(0, 7), precision: 'month', text: m.text, basis: 'relative' };
  }
  return { value: iso, precision: 'day', text: m.text, basis: 'relative' };
}
