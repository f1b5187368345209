/**
 * Can this report be the same real-world contact as that group of reports? The rules, in order:
 *
 *  hard (never merge): two contacts from one article (extraction already told them apart); different
 *    countries beyond a host; different people for one country (Rubio–Lavrov is not Trump–Putin);
 *    dates more than a day apart; a "planned" report published after the contact was already held.
 *  soft (a dispute, allowed only with a strong anchor — same day plus same people or city — and at
 *    most one): a call against an in-person mode, different initiators, dates a day apart, different
 *    cities, held against cancelled. Two calls a day apart with the same person named for both
 *    countries are one call too: each side's press dates it in its own time zone.
 *  weak links (nothing but the absence of contradictions: no date or city to compare) need positive
 *    evidence — a shared participant or the identical mode — and reports close in time when known; a
 *    weak link that moves a contact from planned to held/cancelled needs both publication dates.
 *
 * A group is summarised in a Profile (sets of the values its reports gave), so checking a newcomer
 * costs the same however many copies of the story the group already holds.
 */
import type { ContactMode, ContactStatus } from '../record/schema.js';
import { relateDates, weekdayOfDay, type DateFact } from './dates.js';
import { samePerson, type Mention, type Person } from './mentions.js';

export type ModeClass = 'remote' | 'in-person';
export const modeClass = (mode: ContactMode): ModeClass | null =>
  mode === 'call' ? 'remote' : mode === 'other' ? null : 'in-person';

const MAX_DATES = 8;
/** Reports of an undated contact further apart than this are not linked on absence of contradiction alone. */
export const WEAK_LINK_MAX_DAYS = 45;
/** Anchor needed before a soft conflict is accepted as a dispute rather than a different contact. */
const STRONG_ANCHOR = 5;

/** Small sets as arrays: a profile holds one or a few values per field, and there are 100k of them. */
export interface Profile {
  countries: string[];
  /** Named people: participant country ('' = unknown) and name parts. */
  people: Person[];
  modes: ContactMode[];
  modeClasses: ModeClass[];
  initiators: string[];
  cities: string[];
  locationCountries: string[];
  dates: DateFact[];
  weekdays: number[];
  statuses: ContactStatus[];
  publishedMin: number | null;
  publishedMax: number | null;
  /** Latest published day of a report calling the contact planned or proposed. */
  plannedReportedMax: number | null;
  /** Earliest day on which a report says the contact was held. */
  heldDayMin: number | null;
  /** Latest published day of a report saying the contact was moved to its date (see rescheduling.ts). */
  rescheduledAt: number | null;
}

/**
 * Shared by every newcomer profile and never written (groupProfileOf copies each array before a group
 * grows). Not frozen: a frozen array has its own element kind, and loops over a mix of frozen and plain
 * arrays fell back to allocating iterators, over 100 MB of garbage per run at 100k reports.
 */
const EMPTY: never[] = [];
const one = <T>(x: T | null | undefined): T[] => (x === null || x === undefined ? EMPTY : [x]);

/**
 * A newcomer's profile: read-only, sharing the mention's arrays and one empty array, because one
 * is built per report and most are discarded as soon as the report joins a group.
 */
export function profileOf(m: Mention): Profile {
  const c = m.contact;
  const forward = c.status === 'planned' || c.status === 'proposed';
  return {
    countries: m.countries,
    people: m.people,
    modes: c.mode === 'other' ? EMPTY : [c.mode],
    modeClasses: one(modeClass(c.mode)),
    initiators: one(c.initiator),
    cities: one(m.city),
    locationCountries: one(m.locationCountry),
    dates: one(m.date),
    weekdays: one(m.weekday),
    statuses: [c.status],
    publishedMin: m.publishedDay,
    publishedMax: m.publishedDay,
    plannedReportedMax: forward ? m.publishedDay : null,
    heldDayMin: c.status === 'held' ? (m.date?.dayNumber ?? null) : null,
    rescheduledAt: m.rescheduled ? m.publishedDay : null,
  };
}

/** A group's own, growable copy of its first report's profile. */
export function groupProfileOf(p: Profile): Profile {
  return {
    ...p,
    countries: p.countries.slice(),
    people: p.people.slice(),
    modes: p.modes.slice(),
    modeClasses: p.modeClasses.slice(),
    initiators: p.initiators.slice(),
    cities: p.cities.slice(),
    locationCountries: p.locationCountries.slice(),
    dates: p.dates.slice(),
    weekdays: p.weekdays.slice(),
    statuses: p.statuses.slice(),
  };
}

const minN = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxN = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

function addAll<T>(into: T[], from: readonly T[]): void {
  for (const x of from) if (!into.includes(x)) into.push(x);
}

/** Fold a newcomer's profile into a group's (mutates `into`). */
export function absorb(into: Profile, p: Profile): void {
  addAll(into.countries, p.countries);
  for (const x of p.people) if (!into.people.some((y) => y.surname === x.surname && y.country === x.country)) into.people.push(x);
  addAll(into.modes, p.modes);
  addAll(into.modeClasses, p.modeClasses);
  addAll(into.initiators, p.initiators);
  addAll(into.cities, p.cities);
  addAll(into.locationCountries, p.locationCountries);
  if (into.rescheduledAt !== null || p.rescheduledAt !== null) absorbMovedDates(into, p);
  else for (const d of p.dates) if (into.dates.length < MAX_DATES && !into.dates.some((e) => e.value === d.value)) into.dates.push(d);
  addAll(into.weekdays, p.weekdays);
  addAll(into.statuses, p.statuses);
  into.publishedMin = minN(into.publishedMin, p.publishedMin);
  into.publishedMax = maxN(into.publishedMax, p.publishedMax);
  into.plannedReportedMax = maxN(into.plannedReportedMax, p.plannedReportedMax);
  into.heldDayMin = minN(into.heldDayMin, p.heldDayMin);
  into.rescheduledAt = maxN(into.rescheduledAt, p.rescheduledAt);
}

/**
 * Before absorbing a report into a rescheduled contact (or a rescheduling report into a contact): the
 * dates the move superseded are dropped, so later reports are compared with the date the contact has now.
 */
function absorbMovedDates(into: Profile, p: Profile): void {
  const conflicting = (d: DateFact, others: readonly DateFact[]) => others.some((o) => relateDates(d, o) === 'conflict');
  if ((p.rescheduledAt ?? -Infinity) > (into.rescheduledAt ?? -Infinity)) {
    into.dates = into.dates.filter((d) => !conflicting(d, p.dates));
  } else if (p.dates.some((d) => conflicting(d, into.dates))) {
    // An older plan joining a contact already moved: its date is history, not a fact to compare with.
    p = { ...p, dates: p.dates.filter((d) => !conflicting(d, into.dates)) };
  }
  for (const d of p.dates) if (into.dates.length < MAX_DATES && !into.dates.some((e) => e.value === d.value)) into.dates.push(d);
}

export interface Verdict {
  ok: boolean;
  /** Positive evidence that the two are one contact (higher is better). */
  anchor: number;
  /** Linked only because nothing contradicts (no date, no city to compare). */
  weak: boolean;
  /** Why not, or which soft conflicts were accepted: for tests and debugging. */
  reasons: string[];
}

// Refusals are shared constants: most checks refuse, and they must not allocate.
const refusal = (reason: string): Verdict => Object.freeze({ ok: false, anchor: 0, weak: false, reasons: Object.freeze([reason]) as unknown as string[] });
const REFUSED = {
  countries: refusal('countries'),
  participants: refusal('participants'),
  date: refusal('date'),
  weekday: refusal('weekday'),
  plannedAfterHeld: refusal('planned-after-held'),
  soft: refusal('soft-conflicts'),
  weak: refusal('weak-no-evidence'),
  farApart: refusal('weak-far-apart'),
  lifecycleUnordered: refusal('weak-lifecycle-unordered'),
};

const terminalOf = (p: Profile) => (p.statuses.includes('held') ? 'held' : p.statuses.includes('cancelled') ? 'cancelled' : null);
const hasForward = (p: Profile) => p.statuses.includes('planned') || p.statuses.includes('proposed');
const hasTerminal = (p: Profile) => p.statuses.includes('held') || p.statuses.includes('cancelled');

function intersects<T>(a: readonly T[], b: readonly T[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

function speaksFor(p: Profile, country: string): boolean {
  for (const x of p.people) if (x.country === country) return true;
  return false;
}

/** A country only one side lists is fine if it is a host (a location's country) or nobody named speaks for it. */
function countriesCompatible(a: Profile, b: Profile): boolean {
  for (const c of a.countries) {
    if (!b.countries.includes(c) && !a.locationCountries.includes(c) && !b.locationCountries.includes(c) && speaksFor(a, c)) return false;
  }
  for (const c of b.countries) {
    if (!a.countries.includes(c) && !a.locationCountries.includes(c) && !b.locationCountries.includes(c) && speaksFor(b, c)) return false;
  }
  return true;
}

/**
 * 'conflict' if some country has named people on both sides and none in common; else 'overlap' when any
 * person of one side is a person of the other (people whose country is unknown count as evidence too).
 */
function participantRelation(a: Profile, b: Profile): 'overlap' | 'conflict' | 'unknown' {
  for (const x of a.people) {
    if (x.country === '') continue;
    let otherSide = false;
    let same = false;
    for (const y of b.people) {
      if (y.country !== x.country) continue;
      otherSide = true;
      // Any of a's people of this country may match any of b's.
      for (const z of a.people) {
        if (z.country === x.country && samePerson(z, y)) {
          same = true;
          break;
        }
      }
      if (same) break;
    }
    if (otherSide && !same) return 'conflict';
  }
  for (const x of a.people) for (const y of b.people) if (samePerson(x, y)) return 'overlap';
  return 'unknown';
}

function weekdayCheck(days: readonly number[], dates: readonly DateFact[]): 'conflict' | 'match' | 'none' {
  for (const w of days) {
    for (const d of dates) {
      if (d.dayNumber === null) continue;
      return weekdayOfDay(d.dayNumber) === w ? 'match' : 'conflict';
    }
  }
  return 'none';
}

/** Countries for which both sides name the same person. */
function countriesWithSamePerson(a: Profile, b: Profile): number {
  const matched: string[] = [];
  for (const x of a.people) {
    if (x.country === '' || matched.includes(x.country)) continue;
    for (const y of b.people) {
      if (y.country === x.country && samePerson(x, y)) {
        matched.push(x.country);
        break;
      }
    }
  }
  return matched.length;
}

/** A move is believed when reported up to this many days after the plan it moves. */
const RESCHEDULE_MAX_DAYS = 180;

/**
 * Dates that conflict are one contact when one side reports moving it ("postponed to April 10") after
 * the other side's reports, the other side only ever planned it (a held contact is not moved), the same
 * person is named for two countries, and the kind (call or in person) is the same.
 */
function rescheduledPlan(group: Profile, m: Profile): boolean {
  const g = group.rescheduledAt ?? -Infinity;
  const n = m.rescheduledAt ?? -Infinity;
  if (g === -Infinity && n === -Infinity) return false;
  const [moved, older] = n > g ? [n, group] : [g, m];
  if (hasTerminal(older) || older.publishedMin === null || older.publishedMax === null || older.publishedMax > moved) return false;
  if (moved - older.publishedMin > RESCHEDULE_MAX_DAYS) return false;
  if (!intersects(group.modeClasses, m.modeClasses)) return false;
  return countriesWithSamePerson(group, m) >= 2;
}

/**
 * Soft conflicts as bits, in the order their reasons are listed: most checks end in a refusal, and a
 * list of reasons allocated for each of them was garbage at a million checks.
 */
const enum Soft {
  Date = 1,
  Mode = 2,
  Initiator = 4,
  Location = 8,
  Status = 16,
}
const SOFT_REASONS: ReadonlyArray<[Soft, string]> = [
  [Soft.Date, 'date'],
  [Soft.Mode, 'mode'],
  [Soft.Initiator, 'initiator'],
  [Soft.Location, 'location'],
  [Soft.Status, 'status'],
];
const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];
/** The reasons of accepted soft conflicts; most accepted checks have none, and share one frozen empty list. */
function reasonsOf(soft: number, moved: boolean): string[] {
  if (soft === 0 && !moved) return NO_REASONS;
  const reasons = SOFT_REASONS.filter(([bit]) => soft & bit).map(([, reason]) => reason);
  if (moved) reasons.push('rescheduled');
  return reasons;
}
/** More than one soft conflict (the bits of `soft` other than its lowest). */
const severalSoft = (soft: number) => (soft & (soft - 1)) !== 0;

const onlyCalls = (p: Profile) => p.modeClasses.length === 1 && p.modeClasses[0] === 'remote';

/**
 * Each side's press dates a call in its own time zone ("Thursday" in Washington, "Friday" in Beijing).
 * A call has no city to anchor it, so a date a day apart is accepted as a dispute when it is the only
 * disagreement, both are calls, and the same person is named for two countries.
 */
function callDayApart(group: Profile, m: Profile, soft: number, sameMode: boolean): boolean {
  return soft === Soft.Date && sameMode && onlyCalls(group) && onlyCalls(m) && countriesWithSamePerson(group, m) >= 2;
}

/**
 * Every rule but "two contacts of one article", which the caller checks: the resolver knows it in O(1)
 * from the groups each article's reports went to. Looking the article up in each candidate group's own
 * list of articles was a cache miss per candidate, the largest single cost of resolution at 100k
 * reports, and keeping that list was an array per report.
 */
export function compatibleAcrossArticles(group: Profile, m: Profile): Verdict {
  if (!countriesCompatible(group, m)) return REFUSED.countries;
  const people = participantRelation(group, m);
  if (people === 'conflict') return REFUSED.participants;

  let soft = 0;
  let anchor = people === 'overlap' ? 2 : 0;

  // Dates: every pair must be at worst a day apart (unless one side moved the contact); the best pair
  // sets the anchor.
  let sameDay = false;
  let dated = false;
  let moved = false;
  for (const a of group.dates) {
    for (const b of m.dates) {
      const rel = relateDates(a, b);
      if (rel === 'conflict') {
        if (!moved && !(moved = rescheduledPlan(group, m))) return REFUSED.date;
        dated = true;
        continue;
      }
      dated = true;
      if (rel === 'near') soft |= Soft.Date;
      if (rel === 'same') sameDay = true;
    }
  }
  if (sameDay) anchor += 3;
  else if (dated && !(soft & Soft.Date)) anchor += 1;
  // A weekday named without a date ("on Tuesday") checked against the other side's days.
  const w1 = weekdayCheck(m.weekdays, group.dates);
  const w2 = weekdayCheck(group.weekdays, m.dates);
  if (w1 === 'conflict' || w2 === 'conflict') return REFUSED.weekday;
  if (w1 === 'match' || w2 === 'match') {
    dated = true;
    anchor += 2;
  }

  // Mode: a call is not a meeting; meeting/talks/summit/visit are one kind.
  if (group.modeClasses.length && m.modeClasses.length && !intersects(group.modeClasses, m.modeClasses)) soft |= Soft.Mode;
  const sameMode = intersects(group.modes, m.modes);
  if (sameMode) anchor += 1;

  if (group.initiators.length && m.initiators.length) {
    if (intersects(group.initiators, m.initiators)) anchor += 1;
    else soft |= Soft.Initiator;
  }

  let sameCity = false;
  if (group.cities.length && m.cities.length) {
    if (intersects(group.cities, m.cities)) {
      sameCity = true;
      anchor += 2;
    } else soft |= Soft.Location;
  } else if (group.locationCountries.length && m.locationCountries.length && !intersects(group.locationCountries, m.locationCountries)) {
    soft |= Soft.Location;
  }

  // Lifecycle: planned/proposed then held/cancelled is one contact, but a report that still calls it
  // planned after it was held is about another (the next) contact.
  const forwardG = group.plannedReportedMax;
  const forwardM = m.plannedReportedMax;
  if ((forwardM !== null && group.heldDayMin !== null && forwardM > group.heldDayMin + 1) || (forwardG !== null && m.heldDayMin !== null && forwardG > m.heldDayMin + 1)) {
    return REFUSED.plannedAfterHeld;
  }
  const tg = terminalOf(group);
  const tm = terminalOf(m);
  if (tg && tm && tg !== tm) soft |= Soft.Status;

  if (soft !== 0 && (severalSoft(soft) || anchor < STRONG_ANCHOR) && !callDayApart(group, m, soft, sameMode)) return REFUSED.soft;

  const weak = !dated && !sameCity;
  if (weak) {
    if (people !== 'overlap' && !sameMode) return REFUSED.weak;
    // "A summit is planned" then "the summit was cancelled", with no date or place on either side and
    // no publication dates to order them: it may be this summit or the next one. Do not guess.
    const stageChange = (hasForward(group) && hasTerminal(m) && !hasTerminal(group)) || (hasForward(m) && hasTerminal(group) && !hasTerminal(m));
    if (stageChange && (group.publishedMin === null || m.publishedMin === null)) return REFUSED.lifecycleUnordered;
    // Distance from the newcomer's report to the nearest report of the group.
    if (group.publishedMin !== null && group.publishedMax !== null && m.publishedMin !== null && m.publishedMax !== null) {
      const gap = m.publishedMin > group.publishedMax ? m.publishedMin - group.publishedMax : group.publishedMin > m.publishedMax ? group.publishedMin - m.publishedMax : 0;
      if (gap > WEAK_LINK_MAX_DAYS) return REFUSED.farApart;
    }
  }
  return { ok: true, anchor, weak, reasons: reasonsOf(soft, moved) };
}
