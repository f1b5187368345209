/**
 * Merge refiner: one article often names the same contact several times ("had a phone conversation" in
 * the summary, "engaged in a phone call on Saturday" in the body). Contacts with the same parties, the same
 * status and no conflicting date or place are one contact; the merged one keeps the most specific mode,
 * date and place, and all the evidence.
 */
import { DATE_SHARPNESS } from '../../record/date-precision.js';
import type { ContactDate, ContactMode, ContactStatus, Evidence, Location, Participant } from '../../record/schema.js';
import { strongerMode } from '../contacts.js';

export interface DraftContact {
  mode: ContactMode;
  status: ContactStatus;
  date: ContactDate;
  location: Location | null;
  participants: Participant[];
  countries: string[];
  initiator: string | null;
  evidence: Evidence[];
}

function modesCompatible(a: ContactMode, b: ContactMode): boolean {
  if (a === b || a === 'other' || b === 'other') return true;
  // A visit is where a meeting happens: "expected to meet in Tokyo …, Lee's first visit to Japan".
  const meetingLike = new Set<ContactMode>(['talks', 'meeting', 'summit', 'visit']);
  return meetingLike.has(a) && meetingLike.has(b);
}

function subsetEither(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return a.every((x) => sb.has(x)) || b.every((x) => sa.has(x));
}

function datesCompatible(a: ContactDate, b: ContactDate): boolean {
  // "next month" (2025-12) and "on 3 December" (2025-12-03) can be one day: a coarser date that contains the other agrees.
  if (a.value !== null && b.value !== null) return a.value === b.value || a.value.startsWith(b.value) || b.value.startsWith(a.value);
  // Two unresolved dates ("Tuesday" and "Saturday") still disagree.
  if (a.value === null && b.value === null && a.text && b.text) return a.text === b.text;
  return true;
}

function sameParties(a: DraftContact, b: DraftContact): boolean {
  const pa = a.participants.map((p) => p.name);
  const pb = b.participants.map((p) => p.name);
  if (pa.length > 0 && pb.length > 0) {
    // "When Tusk sits down with his Ukrainian counterpart next month" and "the consultations with the government of
    // Ukrainian Prime Minister Svyrydenko, due in Warsaw on 3 December": each names one side's person, the two sides
    // the same. Complementary people of one pair are one contact.
    if (complementarySides(a, b)) return true;
    const shared = pa.filter((n) => pb.includes(n)).length;
    if (shared < Math.min(2, Math.min(pa.length, pb.length))) return false;
    return subsetEither(pa, pb) && subsetEither(a.countries, b.countries);
  }
  return a.countries.length === b.countries.length && subsetEither(a.countries, b.countries);
}

/** Both name the same two countries, and each names people of one side only, a side the other names no one of. */
function complementarySides(a: DraftContact, b: DraftContact): boolean {
  if (a.countries.length !== 2 || b.countries.length !== 2 || !subsetEither(a.countries, b.countries)) return false;
  const sidesOf = (d: DraftContact) => new Set(d.participants.map((p) => p.country));
  const sa = sidesOf(a);
  const sb = sidesOf(b);
  if (sa.size !== 1 || sb.size !== 1 || sa.has(null) || sb.has(null)) return false;
  return ![...sa].some((c) => sb.has(c));
}

/**
 * A proposal and a plan of the same kind of contact ("Xi invited him to visit China", "a Trump visit … no date has
 * been set") are one; not a proposed visit and a planned meeting, which are often two occasions.
 */
function statusesCompatible(a: DraftContact, b: DraftContact): boolean {
  return a.status === b.status || (FORTHCOMING.has(a.status) && FORTHCOMING.has(b.status) && a.mode === b.mode);
}
const FORTHCOMING: ReadonlySet<ContactStatus> = new Set(['proposed', 'planned']);

export function canMerge(a: DraftContact, b: DraftContact): boolean {
  if (!statusesCompatible(a, b)) return false;
  if (!modesCompatible(a.mode, b.mode)) return false;
  if (!sameParties(a, b)) return false;
  if (!datesCompatible(a.date, b.date)) return false;
  if (a.location?.city && b.location?.city && a.location.city !== b.location.city) return false;
  return true;
}

function mergeInto(a: DraftContact, b: DraftContact): void {
  a.mode = strongerMode(a.mode, b.mode);
  // A proposal that is also said to be planned is planned.
  if (a.status !== b.status) a.status = 'planned';
  if (DATE_SHARPNESS[b.date.precision] > DATE_SHARPNESS[a.date.precision] || (a.date.text === null && b.date.text !== null)) a.date = b.date;
  a.location = {
    city: a.location?.city ?? b.location?.city ?? null,
    venue: a.location?.venue ?? b.location?.venue ?? null,
    country: a.location?.country ?? b.location?.country ?? null,
  };
  if (!a.location.city && !a.location.venue && !a.location.country) a.location = null;
  for (const p of b.participants) if (!a.participants.some((q) => q.name === p.name)) a.participants.push(p);
  a.countries = [...new Set([...a.countries, ...b.countries])];
  a.initiator ??= b.initiator;
  for (const e of b.evidence) if (!a.evidence.some((x) => x.start === e.start)) a.evidence.push(e);
  a.evidence.sort((x, y) => x.start - y.start);
}

export function mergeContacts<T extends DraftContact>(drafts: T[]): T[] {
  const out: T[] = [];
  for (const d of drafts) {
    const target = out.find((o) => canMerge(o, d));
    if (target) mergeInto(target, d);
    else out.push(d);
  }
  return out;
}
