/**
 * Dates as facts that can be compared across reports. A record's contact date keeps its real precision
 * ("2025-02-15", "2025-02", "2025", "--02-18", unknown); here it becomes year/month/day parts, with a
 * year inferred for a month-day when the report's published date makes it unambiguous.
 */
import type { ContactDate, ContactStatus } from '../record/schema.js';
import { BoundedCache } from './bounded-cache.js';

export interface DateFact {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Precision after inference: a month-day whose year was inferred becomes 'day'. */
  precision: 'day' | 'month' | 'year' | 'month-day';
  yearInferred: boolean;
  /** Days since 1970-01-01 when year, month and day are known. */
  dayNumber: number | null;
  /** ISO-shaped value at `precision` (same conventions as the record). */
  value: string;
}

export type DateRelation = 'same' | 'near' | 'consistent' | 'conflict';

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Day number → [year, month, day] without a Date object (Howard Hinnant's civil_from_days). */
export function civilOfDay(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function isoOfDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// Published dates and contact dates repeat across thousands of reports: parse each distinct one once.
const CACHE_MAX = 100_000;
const dayCache = new BoundedCache<number | null>(CACHE_MAX);
const factCache = new BoundedCache<DateFact | null>(CACHE_MAX);

/** "2025-02-16" → day number, anything else → null. */
export function publishedDay(published: string | null | undefined): number | null {
  if (!published) return null;
  return dayCache.get(published, parseDay);
}

function parseDay(published: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  return m && validDay(+m[1], +m[2], +m[3]) ? dayNumber(+m[1], +m[2], +m[3]) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function validDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(m) || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && leap(y) ? 29 : MONTH_DAYS[m - 1]);
}

/**
 * Pick the year of a month-day from the report's published date: a held contact happened on or before
 * publication, a planned one lies ahead, a cancelled one is whichever is nearest.
 */
function inferYear(month: number, day: number, published: number, status: ContactStatus): number | null {
  const pubYear = civilOfDay(published)[0];
  const slack = 3;
  const options = [pubYear - 1, pubYear, pubYear + 1].filter((y) => validDay(y, month, day));
  if (options.length === 0) return null;
  const dist = (y: number) => dayNumber(y, month, day) - published;
  if (status === 'held') {
    const past = options.filter((y) => dist(y) <= slack);
    return past.length ? Math.max(...past) : null;
  }
  if (status === 'planned' || status === 'proposed') {
    const ahead = options.filter((y) => dist(y) >= -slack);
    return ahead.length ? Math.min(...ahead) : null;
  }
  return options.reduce((best, y) => (Math.abs(dist(y)) < Math.abs(dist(best)) ? y : best));
}

/**
 * Turn a record's contact date into a comparable fact, or null when nothing is known. Facts are shared
 * (cached) and must not be mutated.
 */
export function dateFactOf(date: ContactDate, published: string | null, status: ContactStatus): DateFact | null {
  if (date.precision === 'unknown' || !date.value) return null;
  const key = date.precision === 'month-day' ? `${date.value}|${published}|${status}` : date.value;
  return factCache.get(key, () => parseFact(date, published, status));
}

function parseFact(date: ContactDate, published: string | null, status: ContactStatus): DateFact | null {
  const v = date.value ?? '';
  let m: RegExpExecArray | null;
  switch (date.precision) {
    case 'day':
      if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)) && validDay(+m[1], +m[2], +m[3])) {
        return { year: +m[1], month: +m[2], day: +m[3], precision: 'day', yearInferred: false, dayNumber: dayNumber(+m[1], +m[2], +m[3]), value: v };
      }
      return null;
    case 'month':
      if ((m = /^(\d{4})-(\d{2})$/.exec(v)) && +m[2] >= 1 && +m[2] <= 12) {
        return { year: +m[1], month: +m[2], day: null, precision: 'month', yearInferred: false, dayNumber: null, value: v };
      }
      return null;
    case 'year':
      if ((m = /^(\d{4})$/.exec(v))) return { year: +m[1], month: null, day: null, precision: 'year', yearInferred: false, dayNumber: null, value: v };
      return null;
    case 'month-day': {
      if (!(m = /^--(\d{2})-(\d{2})$/.exec(v)) || !validDay(2000, +m[1], +m[2])) return null;
      const [month, day] = [+m[1], +m[2]];
      const pub = publishedDay(published);
      const year = pub === null ? null : inferYear(month, day, pub, status);
      if (year !== null) {
        return { year, month, day, precision: 'day', yearInferred: true, dayNumber: dayNumber(year, month, day), value: `${year}-${pad(month)}-${pad(day)}` };
      }
      return { year: null, month, day, precision: 'month-day', yearInferred: false, dayNumber: null, value: v };
    }
    default:
      return null;
  }
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A weekday named in an unresolved date text ("on Saturday", "Tuesday's meeting"): lets an undated
 * report be checked against a dated one even when the report's own published date is unknown.
 */
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'gi');

export function weekdayOf(text: string | null): number | null {
  if (!text) return null;
  const found = new Set((text.match(WEEKDAY_WORD) ?? []).map((w) => w.toLowerCase()));
  return found.size === 1 ? WEEKDAYS.indexOf([...found][0]) : null;
}

export function weekdayOfDay(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

/** Circular day distance of two month-days when the year is not known on both sides. */
function monthDayDistance(a: DateFact, b: DateFact): number {
  const year = a.year ?? b.year ?? 2001;
  const da = dayNumber(year, a.month!, a.day!);
  const db = dayNumber(year, b.month!, b.day!);
  const d = Math.abs(da - db);
  return Math.min(d, 365 - d);
}

/**
 * How two reported dates relate: 'same' day, 'near' (one day apart: time zones, "late Monday"),
 * 'consistent' (one contains the other, e.g. "February 2025" and "2025-02-15"), or 'conflict'.
 */
export function relateDates(a: DateFact, b: DateFact): DateRelation {
  if (a.dayNumber !== null && b.dayNumber !== null) {
    const d = Math.abs(a.dayNumber - b.dayNumber);
    return d === 0 ? 'same' : d === 1 ? 'near' : 'conflict';
  }
  if (a.month !== null && a.day !== null && b.month !== null && b.day !== null) {
    if (a.year !== null && b.year !== null && a.year !== b.year) return 'conflict';
    const d = monthDayDistance(a, b);
    return d === 0 ? 'same' : d === 1 ? 'near' : 'conflict';
  }
  if (a.year !== null && b.year !== null && a.year !== b.year) return 'conflict';
  if (a.month !== null && b.month !== null && a.month !== b.month) return 'conflict';
  return 'consistent';
}

/** Months (yyyy-mm) as integers for blocking: 2025-02 → 2025*12+1. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function monthIndexOfDay(n: number): number {
  const [y, m] = civilOfDay(n);
  return monthIndex(y, m);
}

/**
 * Sort position of a date, newest first: a partial date sits at the start of its period, after the
 * precise dates of that period ("2025-02" after "2025-02-15"; "2025" after every dated 2025 contact).
 * Returns [startDay, precisionRank]; compare descending on both.
 */
export function sortPosition(f: DateFact, fallbackYear: number | null): [number, number] | null {
  const year = f.year ?? fallbackYear;
  if (year === null) return null;
  if (f.month !== null && f.day !== null && validDay(year, f.month, f.day)) return [dayNumber(year, f.month, f.day), f.year === null ? 1 : 2];
  if (f.month !== null) return [dayNumber(year, f.month, 1), 0];
  return [dayNumber(year, 1, 1), -1];
}
