/**
 * Contact resolution: reports of one real-world contact become one group of mentions.
 *
 * Blocking keeps it near-linear: a group is indexed under (country pair × time bucket) keys — the exact
 * day, the month, the year, a year-less month-day, the report's published month — and under
 * (country pair × participant surname) for reports with no time anchor at all. A newcomer only meets
 * the groups found under its own keys, and only the most recent BUCKET_SCAN groups of each bucket.
 *
 * Mentions are placed best-anchored first (dated reports, then undated ones with a published date,
 * then reports with neither), so an undated report joins a dated group rather than founding its own.
 * When an undated report fits two groups equally well and only on absence of contradictions, it is
 * not guessed into either: it stays its own contact.
 */
import { absorb, compatible, profileOf, type Profile, type Verdict } from './compatibility.js';
import { monthIndex, monthIndexOfDay } from './dates.js';
import { compareMentions, type Mention } from './mentions.js';

export interface ContactGroup {
  /** Creation order: stable tie-breaker. */
  seq: number;
  mentions: Mention[];
  profile: Profile;
  keys: Set<string>;
}

/** Groups scanned per bucket: bounds the work per mention however dense a country pair is. */
const BUCKET_SCAN = 64;
/** A contact with more countries than this is indexed under the pairs of its first ones only. */
const MAX_COUNTRIES_FOR_PAIRS = 5;

function pairsOf(countries: string[]): string[] {
  const cs = countries.slice(0, MAX_COUNTRIES_FOR_PAIRS);
  const out: string[] = [];
  for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) out.push(`${cs[i]}-${cs[j]}`);
  if (out.length === 0 && cs.length === 1) out.push(cs[0]);
  return out;
}

const mmdd = (month: number, day: number) => `${month}-${day}`;

/** The facts a group is findable by, once this mention belongs to it. */
function indexKeys(m: Mention): string[] {
  const facts: string[] = ['x'];
  const d = m.date;
  if (d) {
    if (d.dayNumber !== null) facts.push(`d:${d.dayNumber}`, `m:${monthIndexOfDay(d.dayNumber)}`, `dd:${mmdd(d.month!, d.day!)}`);
    else if (d.precision === 'month') facts.push(`mo:${monthIndex(d.year!, d.month!)}`, `m:${monthIndex(d.year!, d.month!)}`);
    else if (d.precision === 'year') facts.push(`y:${d.year}`);
    else if (d.precision === 'month-day') facts.push(`md:${mmdd(d.month!, d.day!)}`);
  }
  if (m.publishedDay !== null) facts.push(`p:${monthIndexOfDay(m.publishedDay)}`);
  for (const names of m.surnames.values()) for (const s of names) facts.push(`n:${s}`);
  return facts;
}

/** The buckets this mention looks in. */
function lookupKeys(m: Mention): string[] {
  const d = m.date;
  const keys: string[] = [];
  if (d && d.dayNumber !== null) {
    const month = monthIndexOfDay(d.dayNumber);
    keys.push(`d:${d.dayNumber - 1}`, `d:${d.dayNumber}`, `d:${d.dayNumber + 1}`, `mo:${month}`, `y:${d.year}`, `md:${mmdd(d.month!, d.day!)}`);
  } else if (d && d.precision === 'month') {
    const month = monthIndex(d.year!, d.month!);
    keys.push(`m:${month}`, `y:${d.year}`);
  } else if (d && d.precision === 'year') {
    keys.push(`y:${d.year}`);
    for (let mo = 1; mo <= 12; mo++) keys.push(`m:${monthIndex(d.year!, mo)}`);
  } else if (d && d.precision === 'month-day') {
    keys.push(`dd:${mmdd(d.month!, d.day!)}`, `md:${mmdd(d.month!, d.day!)}`);
  } else {
    // Undated: look around the report's own month (held contacts are reported soon after, planned
    // ones may lie a few months ahead), then by the people named.
    if (m.publishedDay !== null) {
      const pm = monthIndexOfDay(m.publishedDay);
      const forward = m.contact.status === 'planned' || m.contact.status === 'proposed';
      for (let k = forward ? -1 : -2; k <= (forward ? 3 : 1); k++) keys.push(`m:${pm + k}`, `mo:${pm + k}`);
      keys.push(`p:${pm - 1}`, `p:${pm}`, `p:${pm + 1}`);
    }
    let named = false;
    for (const names of m.surnames.values()) for (const s of names) {
      keys.push(`n:${s}`);
      named = true;
    }
    if (!named) keys.push('x');
  }
  return keys;
}

function timeDistance(g: Profile, m: Mention): number {
  if (m.publishedDay === null || g.publishedMin === null || g.publishedMax === null) return Infinity;
  if (m.publishedDay < g.publishedMin) return g.publishedMin - m.publishedDay;
  if (m.publishedDay > g.publishedMax) return m.publishedDay - g.publishedMax;
  return 0;
}

export function resolveContacts(input: readonly Mention[]): ContactGroup[] {
  const mentions = [...input].sort(compareMentions);
  const groups: ContactGroup[] = [];
  const index = new Map<string, ContactGroup[]>();
  const seenAt = new Map<ContactGroup, number>();

  const addToIndex = (g: ContactGroup, m: Mention) => {
    for (const pair of pairsOf(m.countries)) {
      for (const fact of indexKeys(m)) {
        const key = `${pair}|${fact}`;
        if (g.keys.has(key)) continue;
        g.keys.add(key);
        const bucket = index.get(key);
        if (bucket) bucket.push(g);
        else index.set(key, [g]);
      }
    }
  };

  mentions.forEach((m, step) => {
    const profile = profileOf(m);
    const scored: Array<{ g: ContactGroup; v: Verdict; dist: number }> = [];
    for (const pair of pairsOf(m.countries)) {
      for (const fact of lookupKeys(m)) {
        const bucket = index.get(`${pair}|${fact}`);
        if (!bucket) continue;
        for (let k = bucket.length - 1; k >= 0 && k >= bucket.length - BUCKET_SCAN; k--) {
          const g = bucket[k];
          if (seenAt.get(g) === step) continue;
          seenAt.set(g, step);
          const v = compatible(g.profile, profile);
          if (v.ok) scored.push({ g, v, dist: timeDistance(g.profile, m) });
        }
      }
    }
    scored.sort((a, b) => b.v.anchor - a.v.anchor || a.dist - b.dist || a.g.seq - b.g.seq);
    let target: ContactGroup | null = scored[0]?.g ?? null;
    if (target && scored[0].v.weak && scored.length > 1 && scored[1].v.anchor === scored[0].v.anchor && scored[1].dist === scored[0].dist) {
      target = null; // two equally plausible homes and no anchor to choose by: do not guess
    }
    if (target) {
      target.mentions.push(m);
      absorb(target.profile, profile);
    } else {
      target = { seq: groups.length, mentions: [m], profile, keys: new Set() };
      groups.push(target);
    }
    addToIndex(target, m);
  });
  return groups;
}
