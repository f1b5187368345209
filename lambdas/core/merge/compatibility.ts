/**
 * Can this report be the same real-world contact as that group of reports? The rules, in order:
 *
 *  hard (never merge): two contacts from one article (extraction already told them apart); different
 *    countries beyond a host; different people for one country (Rubio–Lavrov is not Trump–Putin);
 *    dates more than a day apart; a "planned" report published after the contact was already held.
 *  soft (a dispute, allowed only with a strong anchor — same day plus same people or city — and at
 *    most one): a call against an in-person mode, different initiators, dates a day apart, different
 *    cities, held against cancelled.
 *  weak links (nothing but the absence of contradictions: no date or city to compare) need positive
 *    evidence — a shared participant or the identical mode — and reports close in time when known.
 *
 * A group is summarised in a Profile (sets of the values its reports gave), so checking a newcomer
 * costs the same however many copies of the story the group already holds.
 */
import type { ContactMode, ContactStatus } from '../record/schema.js';
import { relateDates, weekdayOfDay, type DateFact } from './dates.js';
import type { Mention } from './mentions.js';

export type ModeClass = 'remote' | 'in-person';
export const modeClass = (mode: ContactMode): ModeClass | null =>
  mode === 'call' ? 'remote' : mode === 'other' ? null : 'in-person';

const MAX_DATES = 8;
/** Reports of an undated contact further apart than this are not linked on absence of contradiction alone. */
export const WEAK_LINK_MAX_DAYS = 45;
/** Anchor needed before a soft conflict is accepted as a dispute rather than a different contact. */
const STRONG_ANCHOR = 5;

export interface Profile {
  records: Set<string>;
  countries: Set<string>;
  /** Participant surnames per participant country ('' = unknown country). */
  surnames: Map<string, Set<string>>;
  modes: Set<ContactMode>;
  modeClasses: Set<ModeClass>;
  initiators: Set<string>;
  cities: Set<string>;
  locationCountries: Set<string>;
  dates: DateFact[];
  weekdays: Set<number>;
  statuses: Set<ContactStatus>;
  publishedMin: number | null;
  publishedMax: number | null;
  /** Latest published day of a report calling the contact planned or proposed. */
  plannedReportedMax: number | null;
  /** Earliest day on which a report says the contact was held. */
  heldDayMin: number | null;
}

export function profileOf(m: Mention): Profile {
  const c = m.contact;
  const cls = modeClass(c.mode);
  const forward = c.status === 'planned' || c.status === 'proposed';
  return {
    records: new Set([m.record.id]),
    countries: new Set(m.countries),
    surnames: new Map([...m.surnames].map(([k, v]) => [k, new Set(v)])),
    modes: new Set(c.mode === 'other' ? [] : [c.mode]),
    modeClasses: new Set(cls ? [cls] : []),
    initiators: new Set(c.initiator ? [c.initiator] : []),
    cities: new Set(m.city ? [m.city] : []),
    locationCountries: new Set(m.locationCountry ? [m.locationCountry] : []),
    dates: m.date ? [m.date] : [],
    weekdays: new Set(m.weekday !== null ? [m.weekday] : []),
    statuses: new Set([c.status]),
    publishedMin: m.publishedDay,
    publishedMax: m.publishedDay,
    plannedReportedMax: forward ? m.publishedDay : null,
    heldDayMin: c.status === 'held' ? (m.date?.dayNumber ?? null) : null,
  };
}

const minN = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxN = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** Fold a newcomer's profile into a group's (mutates `into`). */
export function absorb(into: Profile, p: Profile): void {
  for (const r of p.records) into.records.add(r);
  for (const c of p.countries) into.countries.add(c);
  for (const [k, v] of p.surnames) {
    if (!into.surnames.has(k)) into.surnames.set(k, new Set());
    for (const s of v) into.surnames.get(k)!.add(s);
  }
  for (const x of p.modes) into.modes.add(x);
  for (const x of p.modeClasses) into.modeClasses.add(x);
  for (const x of p.initiators) into.initiators.add(x);
  for (const x of p.cities) into.cities.add(x);
  for (const x of p.locationCountries) into.locationCountries.add(x);
  for (const d of p.dates) {
    if (into.dates.length < MAX_DATES && !into.dates.some((e) => e.value === d.value)) into.dates.push(d);
  }
  for (const x of p.weekdays) into.weekdays.add(x);
  for (const x of p.statuses) into.statuses.add(x);
  into.publishedMin = minN(into.publishedMin, p.publishedMin);
  into.publishedMax = maxN(into.publishedMax, p.publishedMax);
  into.plannedReportedMax = maxN(into.plannedReportedMax, p.plannedReportedMax);
  into.heldDayMin = minN(into.heldDayMin, p.heldDayMin);
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

const no = (reason: string): Verdict => ({ ok: false, anchor: 0, weak: false, reasons: [reason] });

function intersects<T>(a: Set<T>, b: Set<T>): boolean {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of s) if (l.has(x)) return true;
  return false;
}

/** Countries may differ only by a host (the location's country) or a country no named person speaks for. */
function countriesCompatible(a: Profile, b: Profile): boolean {
  const explained = (c: string, side: Profile) =>
    a.locationCountries.has(c) || b.locationCountries.has(c) || !(side.surnames.get(c)?.size);
  for (const c of a.countries) if (!b.countries.has(c) && !explained(c, a)) return false;
  for (const c of b.countries) if (!a.countries.has(c) && !explained(c, b)) return false;
  return true;
}

/** 'conflict' if some country has named people on both sides and none in common. */
function participantRelation(a: Profile, b: Profile): 'overlap' | 'conflict' | 'unknown' {
  let overlap = false;
  for (const [country, names] of a.surnames) {
    if (country === '') continue;
    const other = b.surnames.get(country);
    if (!other || other.size === 0 || names.size === 0) continue;
    if (!intersects(names, other)) return 'conflict';
    overlap = true;
  }
  if (!overlap) {
    // People whose country is unknown still count as positive evidence when the names meet.
    const all = (p: Profile) => new Set([...p.surnames.values()].flatMap((s) => [...s]));
    if (intersects(all(a), all(b))) overlap = true;
  }
  return overlap ? 'overlap' : 'unknown';
}

export function compatible(group: Profile, m: Profile): Verdict {
  for (const r of m.records) if (group.records.has(r)) return no('same-article');
  if (!countriesCompatible(group, m)) return no('countries');
  const people = participantRelation(group, m);
  if (people === 'conflict') return no('participants');

  const soft: string[] = [];
  let anchor = people === 'overlap' ? 2 : 0;

  // Dates: every pair must be at worst a day apart; the best pair sets the anchor.
  let sameDay = false;
  let dated = false;
  for (const a of group.dates) {
    for (const b of m.dates) {
      const rel = relateDates(a, b);
      if (rel === 'conflict') return no('date');
      dated = true;
      if (rel === 'near' && !soft.includes('date')) soft.push('date');
      if (rel === 'same') sameDay = true;
    }
  }
  if (sameDay) anchor += 3;
  else if (dated && !soft.includes('date')) anchor += 1;
  // A weekday named without a date ("on Tuesday") checked against the other side's days.
  const weekdayCheck = (days: Set<number>, dates: DateFact[]) => {
    for (const w of days) {
      for (const d of dates) {
        if (d.dayNumber === null) continue;
        if (weekdayOfDay(d.dayNumber) !== w) return 'conflict';
        dated = true;
        anchor += 2;
        return 'match';
      }
    }
    return 'none';
  };
  if (weekdayCheck(m.weekdays, group.dates) === 'conflict' || weekdayCheck(group.weekdays, m.dates) === 'conflict') {
    return no('weekday');
  }

  // Mode: a call is not a meeting; meeting/talks/summit/visit are one kind.
  if (group.modeClasses.size && m.modeClasses.size && !intersects(group.modeClasses, m.modeClasses)) soft.push('mode');
  const sameMode = group.modes.size > 0 && m.modes.size > 0 && intersects(group.modes, m.modes);
  if (sameMode) anchor += 1;

  if (group.initiators.size && m.initiators.size) {
    if (intersects(group.initiators, m.initiators)) anchor += 1;
    else soft.push('initiator');
  }

  let sameCity = false;
  if (group.cities.size && m.cities.size) {
    if (intersects(group.cities, m.cities)) {
      sameCity = true;
      anchor += 2;
    } else soft.push('location');
  } else if (group.locationCountries.size && m.locationCountries.size && !intersects(group.locationCountries, m.locationCountries)) {
    soft.push('location');
  }

  // Lifecycle: planned/proposed then held/cancelled is one contact, but a report that still calls it
  // planned after it was held is about another (the next) contact.
  const forwardG = group.plannedReportedMax;
  const forwardM = m.plannedReportedMax;
  if ((forwardM !== null && group.heldDayMin !== null && forwardM > group.heldDayMin + 1) || (forwardG !== null && m.heldDayMin !== null && forwardG > m.heldDayMin + 1)) {
    return no('planned-after-held');
  }
  const terminal = (p: Profile) => (p.statuses.has('held') ? 'held' : p.statuses.has('cancelled') ? 'cancelled' : null);
  const [tg, tm] = [terminal(group), terminal(m)];
  if (tg && tm && tg !== tm) soft.push('status');

  if (soft.length > 0 && (soft.length > 1 || anchor < STRONG_ANCHOR)) return no(`soft:${soft.join(',')}`);

  const weak = !dated && !sameCity;
  if (weak) {
    if (people !== 'overlap' && !sameMode) return no('weak-no-evidence');
    // Distance from the newcomer's report to the nearest report of the group.
    if (group.publishedMin !== null && group.publishedMax !== null && m.publishedMin !== null && m.publishedMax !== null) {
      const gap = m.publishedMin > group.publishedMax ? m.publishedMin - group.publishedMax : group.publishedMin > m.publishedMax ? group.publishedMin - m.publishedMax : 0;
      if (gap > WEAK_LINK_MAX_DAYS) return no('weak-far-apart');
    }
  }
  return { ok: true, anchor, weak, reasons: soft };
}
