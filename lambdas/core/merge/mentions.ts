/**
 * A mention is one contact as one article reports it, with what merging needs at hand: the article's
 * family and published day, the date as a comparable fact, and the folded participant surnames.
 */
import type { Contact, NormalizedRecord } from '../record/schema.js';
import { dateFactOf, publishedDay, weekdayOf, type DateFact } from './dates.js';
import { fold, surname } from './text.js';

export interface Mention {
  /** Position in the deterministic processing order; also the mention's identity. */
  index: number;
  record: NormalizedRecord;
  contact: Contact;
  familyId: string;
  published: string | null;
  publishedDay: number | null;
  date: DateFact | null;
  /** Weekday named by an unresolved date text ("Tuesday"), when no date is known. */
  weekday: number | null;
  countries: string[];
  /** Participant surnames per participant country ('' when the country is not known). */
  surnames: Map<string, Set<string>>;
  city: string | null;
  locationCountry: string | null;
}

export function mentionOf(record: NormalizedRecord, contact: Contact, familyId: string, index: number): Mention {
  const published = record.published.date;
  const date = dateFactOf(contact.date, published, contact.status);
  const surnames = new Map<string, Set<string>>();
  for (const p of contact.participants) {
    const s = surname(p.name);
    if (!s) continue;
    const key = p.country ?? '';
    if (!surnames.has(key)) surnames.set(key, new Set());
    surnames.get(key)!.add(s);
  }
  const countries = [...new Set([...contact.countries, ...contact.participants.flatMap((p) => (p.country ? [p.country] : []))])].sort();
  return {
    index,
    record,
    contact,
    familyId,
    published,
    publishedDay: publishedDay(published),
    date,
    weekday: date ? null : weekdayOf(contact.date.text),
    countries,
    surnames,
    city: contact.location?.city ? fold(contact.location.city) : null,
    locationCountry: contact.location?.country ?? null,
  };
}

/** How well anchored in time a mention is: better-anchored mentions are placed first. */
export function anchorRank(m: Mention): number {
  if (!m.date) return m.publishedDay !== null ? 5 : 6;
  return { day: 0, 'month-day': 1, month: 2, year: 3 }[m.date.precision] ?? 4;
}

/** Deterministic processing order: anchored first, then by published date, article id, contact id. */
export function compareMentions(a: Mention, b: Mention): number {
  return (
    anchorRank(a) - anchorRank(b) ||
    (a.publishedDay ?? Infinity) - (b.publishedDay ?? Infinity) ||
    (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0) ||
    (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0)
  );
}
