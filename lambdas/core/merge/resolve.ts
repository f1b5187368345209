/**
 * Contact resolution: reports of one real-world contact become one group of mentions.
 *
 * Blocking keeps it near-linear: a group is indexed under (country pair × time bucket) keys — the exact
 * day, the month, the year, a year-less month-day, the report's published month — and under
 * (country pair × participant surname or first word of the name) for reports with no time anchor at all. A newcomer only meets
 * the groups found under its own keys, and only the most recent BUCKET_SCAN groups of each bucket.
 *
 * Mentions are placed best-anchored first (dated reports, then undated ones with a published date,
 * then reports with neither), so an undated report joins a dated group rather than founding its own.
 * When an undated report fits two groups equally well and only on absence of contradictions, it is
 * not guessed into either: it stays its own contact.
 */
import { absorb, compatibleAcrossArticles, groupProfileOf, profileOf, type Profile, type Verdict } from './compatibility.js';
import { monthIndex, monthIndexOfDay } from './dates.js';
import { Interner } from './interner.js';
import { inProcessingOrder, type Mention } from './mentions.js';

export interface ContactGroup {
  /** Creation order: stable tie-breaker. */
  seq: number;
  mentions: Mention[];
  profile: Profile;
  /**
   * Buckets (country pair × fact, see filedKey) this group is already filed under: each bucket holds a
   * group once. A flat list, not a Map of Sets: a group is filed under a handful of buckets, and a Map
   * plus a Set per group were tens of MiB at 100k reports.
   */
  filed: number[];
  /** Last placement step that evaluated this group (de-duplicates candidates across buckets). */
  seenAt: number;
}

/**
 * Groups scanned per bucket (most recent first): bounds the work per mention however dense a country
 * pair is. Day buckets are small and exact; month/published/name buckets are wide and get a tighter cap.
 */
const NARROW_SCAN = 64;
const WIDE_SCAN = 16;
/** A contact with more countries than this is indexed under the pairs of its first ones only. */
const MAX_COUNTRIES_FOR_PAIRS = 5;

// Keys are small integers (no string building, no boxed numbers): one map per country pair, keyed by
// fact kind × 2^22 + fact value.
const enum Fact {
  Any = 0,
  Day = 1,
  Month = 2,
  MonthOnly = 3,
  Year = 4,
  MonthDayInYear = 5,
  MonthDayNoYear = 6,
  PublishedMonth = 7,
  Name = 8,
}
const FACT_SPAN = 2 ** 22;
/** Day numbers can be negative (before 1970): shift them into the positive value range. */
const DAY_OFFSET = 2 ** 21;
const fact = (kind: Fact, value: number) => kind * FACT_SPAN + value;
/** One number per (country pair, fact): facts stay below 2^26, and pair ids are far below 2^26. */
const filedKey = (pair: number, f: number) => pair * 2 ** 26 + f;
const isNarrow = (f: number) => {
  const kind = Math.floor(f / FACT_SPAN);
  return kind === Fact.Day || kind === Fact.MonthDayInYear || kind === Fact.MonthDayNoYear;
};

function pairIdsOf(countries: string[], pairs: Interner): number[] {
  const cs = countries.slice(0, MAX_COUNTRIES_FOR_PAIRS);
  const out: number[] = [];
  for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) out.push(pairs.id(`${cs[i]}-${cs[j]}`));
  if (out.length === 0 && cs.length === 1) out.push(pairs.id(cs[0]));
  return out;
}

const monthDayCode = (month: number, day: number) => month * 32 + day;

/** The facts a group is findable by, once this mention belongs to it. */
function indexFacts(m: Mention): number[] {
  const facts: number[] = [fact(Fact.Any, 0)];
  const d = m.date;
  if (d) {
    if (d.dayNumber !== null) {
      facts.push(fact(Fact.Day, d.dayNumber + DAY_OFFSET), fact(Fact.Month, monthIndexOfDay(d.dayNumber)), fact(Fact.MonthDayInYear, monthDayCode(d.month!, d.day!)));
    } else if (d.precision === 'month') {
      facts.push(fact(Fact.MonthOnly, monthIndex(d.year!, d.month!)), fact(Fact.Month, monthIndex(d.year!, d.month!)));
    } else if (d.precision === 'year') {
      facts.push(fact(Fact.Year, d.year!));
    } else if (d.precision === 'month-day') {
      facts.push(fact(Fact.MonthDayNoYear, monthDayCode(d.month!, d.day!)));
    }
  }
  if (m.publishedDay !== null) facts.push(fact(Fact.PublishedMonth, monthIndexOfDay(m.publishedDay)));
  for (const p of m.people) {
    facts.push(fact(Fact.Name, p.surname));
    // A report naming one word ("Lee") looks under that word: it may be the first word of a full name
    // written family name first ("Lee Jae-myung"), so such names are filed under it as well.
    if (p.leading !== null) facts.push(fact(Fact.Name, p.leading));
  }
  return facts;
}

/** The buckets this mention looks in. */
function lookupFacts(m: Mention): number[] {
  const d = m.date;
  const keys: number[] = [];
  if (d && d.dayNumber !== null) {
    const dn = d.dayNumber + DAY_OFFSET;
    keys.push(fact(Fact.Day, dn), fact(Fact.MonthOnly, monthIndexOfDay(d.dayNumber)), fact(Fact.Year, d.year!), fact(Fact.MonthDayNoYear, monthDayCode(d.month!, d.day!)));
    // A day apart is a dispute only with the same city, or for calls (looked up below, only when needed).
    if (m.city) keys.push(fact(Fact.Day, dn - 1), fact(Fact.Day, dn + 1));
  } else if (d && d.precision === 'month') {
    keys.push(fact(Fact.Month, monthIndex(d.year!, d.month!)), fact(Fact.Year, d.year!));
  } else if (d && d.precision === 'year') {
    keys.push(fact(Fact.Year, d.year!));
    // "a summit later this year", dated in a later report: the months around publication, within that year.
    if (m.publishedDay !== null) lookAroundPublication(m, m.publishedDay, keys, d.year!);
  } else if (d && d.precision === 'month-day') {
    keys.push(fact(Fact.MonthDayInYear, monthDayCode(d.month!, d.day!)), fact(Fact.MonthDayNoYear, monthDayCode(d.month!, d.day!)));
  } else if (m.publishedDay !== null) {
    lookAroundPublication(m, m.publishedDay, keys, null);
  } else {
    // Neither a date nor a published day: only the people named can find it a home.
    for (const p of m.people) keys.push(fact(Fact.Name, p.surname));
    if (m.people.length === 0) keys.push(fact(Fact.Any, 0));
  }
  // A report moving a contact to a new date ("postponed to April 10") looks for the plan it moves under
  // the people it names: the old date is not among its own facts. Such reports are few.
  if (m.rescheduled && d) for (const p of m.people) keys.push(fact(Fact.Name, p.surname));
  return keys;
}

/**
 * An undated report (or one dated by its year only) looks around its own month: held contacts are reported
 * soon after, planned ones may lie a little ahead. `year`: only months of that year.
 */
function lookAroundPublication(m: Mention, publishedDay: number, keys: number[], year: number | null): void {
  const pm = monthIndexOfDay(publishedDay);
  const forward = m.contact.status === 'planned' || m.contact.status === 'proposed';
  for (let k = forward ? 0 : -1; k <= (forward ? 2 : 0); k++) {
    if (year === null || Math.floor((pm + k) / 12) === year) keys.push(fact(Fact.Month, pm + k), fact(Fact.MonthOnly, pm + k));
  }
  if (year === null) keys.push(fact(Fact.PublishedMonth, pm), fact(Fact.PublishedMonth, pm + (forward ? 1 : -1)));
}

function timeDistance(g: Profile, m: Mention): number {
  if (m.publishedDay === null || g.publishedMin === null || g.publishedMax === null) return Infinity;
  if (m.publishedDay < g.publishedMin) return g.publishedMin - m.publishedDay;
  if (m.publishedDay > g.publishedMax) return m.publishedDay - g.publishedMax;
  return 0;
}

interface Candidate {
  g: ContactGroup;
  v: Verdict;
  dist: number;
}

const better = (a: Candidate, b: Candidate) => a.v.anchor - b.v.anchor || b.dist - a.dist || b.g.seq - a.g.seq;

export function resolveContacts(input: readonly Mention[]): ContactGroup[] {
  const mentions = inProcessingOrder(input);
  const groups: ContactGroup[] = [];
  const index: Array<Map<number, ContactGroup[]>> = [];
  const pairs = new Interner();
  // Two contacts of one article are never one (extraction told them apart): the groups that already hold
  // a report of each article (by the article's position, a number: no id string to reach and hash), so a
  // candidate is excluded without looking into its own list of articles.
  const groupsOfArticle = new Map<number, ContactGroup[]>();

  mentions.forEach((m, step) => {
    const profile = profileOf(m);
    const sameArticle = groupsOfArticle.get(m.position);
    const pairIds = pairIdsOf(m.countries, pairs);
    // Best and runner-up are enough: no array of candidates per mention.
    // (Typed with `as`: they are assigned inside scan(), which control-flow narrowing does not follow.)
    let best = null as Candidate | null;
    let second = null as Candidate | null;
    const scan = (lookups: number[]) => {
      for (const pair of pairIds) {
        const byFact = index[pair];
        if (!byFact) continue;
        for (const f of lookups) {
          const bucket = byFact.get(f);
          if (!bucket) continue;
          const limit = isNarrow(f) ? NARROW_SCAN : WIDE_SCAN;
          for (let k = bucket.length - 1; k >= 0 && k >= bucket.length - limit; k--) {
            const g = bucket[k];
            if (g.seenAt === step) continue;
            g.seenAt = step;
            if (sameArticle?.includes(g)) continue;
            const v = compatibleAcrossArticles(g.profile, profile);
            if (!v.ok) continue;
            const c = { g, v, dist: timeDistance(g.profile, m) };
            if (!best || better(c, best) > 0) [second, best] = [best, c];
            else if (!second || better(c, second) > 0) second = c;
          }
        }
      }
    };
    scan(lookupFacts(m));
    // A call between people in distant time zones is often dated a day apart by each side's press:
    // only when its own day found no home, look at the neighbouring days (compatibility.ts decides).
    if (!best && m.date?.dayNumber != null && !m.city && m.contact.mode === 'call') {
      const dn = m.date.dayNumber + DAY_OFFSET;
      scan([fact(Fact.Day, dn - 1), fact(Fact.Day, dn + 1)]);
    }
    let target: ContactGroup | null = best?.g ?? null;
    // Two equally plausible homes and no anchor to choose by: do not guess.
    if (best && second && best.v.weak && second.v.anchor === best.v.anchor && second.dist === best.dist) target = null;
    if (target) {
      target.mentions.push(m);
      absorb(target.profile, profile);
    } else {
      target = { seq: groups.length, mentions: [m], profile: groupProfileOf(profile), filed: [], seenAt: step };
      groups.push(target);
    }
    if (sameArticle) sameArticle.push(target);
    else groupsOfArticle.set(m.position, [target]);
    const facts = indexFacts(m);
    for (const pair of pairIds) {
      const byFact = (index[pair] ??= new Map());
      for (const f of facts) {
        const key = filedKey(pair, f);
        if (target.filed.includes(key)) continue;
        target.filed.push(key);
        const bucket = byFact.get(f);
        if (bucket) bucket.push(target);
        else byFact.set(f, [target]);
      }
    }
  });
  return groups;
}
