/**
 * The order contacts are read in. A contact is placed by its reported date; a day without a year takes the year of
 * its earliest report's publication date; with neither it is never given a guessed year.
 */
import type { BriefingContact } from '../briefing/model.js';

/** Sort key for "newest first": full dates as-is; a day without a year takes the year of its earliest report. */
export function contactSortKey(c: BriefingContact): string | null {
  const v = c.date.value;
  if (!v) return null;
  switch (c.date.precision) {
    case 'day':
      return v.slice(0, 10);
    case 'month':
      return `${v.slice(0, 7)}-15`;
    case 'year':
      return `${v.slice(0, 4)}-07-01`;
    case 'month-day': {
      const reported = c.sources.map((s) => s.published).filter((p): p is string => !!p).sort()[0];
      return reported ? `${reported.slice(0, 4)}-${v.slice(2, 7)}` : null;
    }
    default:
      return null;
  }
}

/** Month and day of a contact whose year is unknown and cannot be taken from a report ("--02-18" → "02-18"). */
export function yearlessKey(c: BriefingContact): string | null {
  return !contactSortKey(c) && c.date.precision === 'month-day' && c.date.value ? c.date.value.slice(2) : null;
}

/**
 * Newest first: dated contacts, then those whose year is not known (by month and day; they cannot be placed
 * among the dated ones without guessing a year), then undated ones; ties by id. Sort keys are worked out once
 * per contact.
 */
export function sortNewestFirst(contacts: BriefingContact[]): BriefingContact[] {
  const keyed = contacts.map((c) => {
    const full = contactSortKey(c);
    const yearless = full ? null : yearlessKey(c);
    return { c, rank: full ? 0 : yearless ? 1 : 2, key: full ?? yearless ?? '' };
  });
  keyed.sort((a, b) => a.rank - b.rank || (a.key !== b.key ? b.key.localeCompare(a.key) : a.c.id.localeCompare(b.c.id)));
  return keyed.map((x) => x.c);
}

export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number);
  const [yb, mb, db] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma) + (db - da) / 30;
}
