/**
 * A mention is one contact as one article reports it, with what merging needs at hand: the article's
 * family and published day, the date as a comparable fact, and the folded participant surnames.
 */
import { DATE_SHARPNESS } from '../record/date-precision.js';
import type { Contact, NormalizedRecord } from '../record/schema.js';
import { BoundedCache } from './bounded-cache.js';
import { stableSortBy } from './counting-sort.js';
import { dateFactOf, publishedDay, weekdayOf, type DateFact } from './dates.js';
import { reportsRescheduling } from './rescheduling.js';
import type { Interner } from './interner.js';
import { fold, sortStrings, surname } from './text.js';

/** The parts of a name people are matched by: as folded words, or as their numbers in one run's Interner. */
export interface NameParts<K> {
  surname: K;
  /**
   * First word of a name of several words, null for a one-word name. In name orders that put the
   * family name first ("Lee Jae-myung", "Xi Jinping") this is what a report naming one word ("Lee") gives.
   */
  leading: K | null;
}

/**
 * A named person of a report: the folded surname and leading word as numbers of the run's Interner, so
 * the million comparisons of contact resolution compare numbers, not strings.
 */
export interface Person extends NameParts<number> {
  country: string;
}

export interface Mention {
  /** Position in the deterministic processing order; also the mention's identity. */
  index: number;
  record: NormalizedRecord;
  /** The article's position in the merge's id-sorted records: per-article state is keyed by this number, not by the id string. */
  position: number;
  contact: Contact;
  familyId: string;
  /** Independent source (the outlet behind the family, see syndication/origins.ts): what support counts. */
  origin: string;
  published: string | null;
  publishedDay: number | null;
  date: DateFact | null;
  /** Weekday named by an unresolved date text ("Tuesday"), when no date is known. */
  weekday: number | null;
  countries: string[];
  /** Named people as (participant country or '' when unknown, folded surname), without repeats. */
  people: Person[];
  /**
   * The name parts of each of the contact's participants, in their order (a name without a surname is
   * matched by its whole folded name): merging the participants compares these numbers.
   */
  participantNames: Array<NameParts<number>>;
  city: string | null;
  locationCountry: string | null;
  /** The report says the contact was moved to its date (postponed, rescheduled): see rescheduling.ts. */
  rescheduled: boolean;
}

/** What the merge worked out about a report's article before reading its contacts. */
export interface ReportProvenance {
  /** Position of the article in the merge's id-sorted records. */
  position: number;
  familyId: string;
  /** Independent source; by default the family itself. */
  origin?: string;
  /** Published date of the first report of the article's source family. */
  familyPublished?: string | null;
}

/**
 * `familyPublished` is the published date of the first report of the article's source family. A copy
 * of a wire story published days after it still says "on Monday" or "yesterday", which extraction
 * resolved against the copy's own date: that date is wrong, so such a copy keeps only the weekday to
 * compare with. A date written with its day number ("October 6") does not move with publication.
 */
export function mentionOf(record: NormalizedRecord, contact: Contact, index: number, provenance: ReportProvenance, names: Interner): Mention {
  const { position, familyId, origin = `family:${familyId}`, familyPublished = null } = provenance;
  const published = record.published.date;
  const lateCopy =
    contact.date.basis === 'relative' && published !== null && familyPublished !== null && published > familyPublished && !/\d/.test(contact.date.text ?? '');
  const date = lateCopy ? null : dateFactOf(contact.date, published, contact.status);
  const people: Person[] = [];
  const participantNames: Person[] = [];
  const countries: string[] = [];
  for (const c of contact.countries) if (!countries.includes(c)) countries.push(c);
  for (const p of contact.participants) {
    if (p.country && !countries.includes(p.country)) countries.push(p.country);
    const parts = namePartsOf(p.name);
    const country = p.country ?? '';
    const person = { country, surname: names.id(parts.surname ?? parts.folded), leading: parts.leading === null ? null : names.id(parts.leading) };
    participantNames.push(person);
    if (!parts.surname) continue;
    if (people.some((x) => x.surname === person.surname && x.country === country)) continue;
    people.push(person);
  }
  sortStrings(countries);
  return {
    index,
    record,
    position,
    contact,
    familyId,
    origin,
    published,
    publishedDay: publishedDay(published),
    date,
    weekday: date ? null : weekdayOf(contact.date.text),
    countries,
    people,
    participantNames,
    city: contact.location?.city ? fold(contact.location.city) : null,
    locationCountry: contact.location?.country ?? null,
    rescheduled: contact.status !== 'held' && contact.status !== 'cancelled' && reportsRescheduling(contact),
  };
}

// Names repeat across thousands of reports: their parts are worked out once per distinct name (one
// cache lookup, where the surname and the leading word were three).
const namePartsCache = new BoundedCache<{ surname: string | null; leading: string | null; folded: string }>(50_000);

function namePartsOf(name: string): { surname: string | null; leading: string | null; folded: string } {
  return namePartsCache.get(name, (n) => ({ surname: surname(n), leading: leadingName(n), folded: fold(n) }));
}

/** First word of a folded name of several words ("lee" of "Lee Jae-myung"), else null. */
export function leadingName(name: string): string | null {
  const folded = fold(name);
  const space = folded.indexOf(' ');
  return space > 0 ? folded.slice(0, space) : null;
}

/**
 * One person in two reports: same surname, or one report gives a single word that is the other's
 * first or last word ("Lee" and "Lee Jae-myung", "Xi" and "Xi Jinping", "Lavrov" and "Sergey Lavrov").
 */
export function samePerson<K extends string | number>(a: NameParts<K>, b: NameParts<K>): boolean {
  return a.surname === b.surname || (a.leading === null && a.surname === b.leading) || (b.leading === null && b.surname === a.leading);
}

/** How well anchored in time a mention is: better-anchored mentions are placed first. */
export function anchorRank(m: Mention): number {
  if (!m.date) return m.publishedDay !== null ? 5 : 6;
  // Sharper dates first: a day is 0, a year 3.
  return DATE_SHARPNESS.day - DATE_SHARPNESS[m.date.precision];
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

const compareReports = (a: Mention, b: Mention): number =>
  (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0) || (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0);

/**
 * The mentions in `compareMentions` order, in three stable passes: by article and contact id (nearly
 * free when they come in that order, as buildBriefingModel lists them), then by published day, then by
 * anchor rank (each pass keeps the order of the one before among its ties). Rank and day take few
 * distinct values, so those two passes are counting sorts (counting-sort.ts). One comparator reading
 * all four keys through each mention and its record was a large share of resolution at 100k reports.
 */
export function inProcessingOrder(mentions: readonly Mention[]): Mention[] {
  const byReport = [...mentions].sort(compareReports);
  const byDay = stableSortBy(byReport, (m) => m.publishedDay ?? Number.MAX_SAFE_INTEGER);
  return stableSortBy(byDay, anchorRank);
}
