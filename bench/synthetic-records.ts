/**
 * Synthetic normalized records (schema v1) at any scale, for the merge and digest benchmarks. They mimic what
 * extraction writes over months of collection: many country pairs (about 40% on the benchmarked track), each
 * real-world contact reported by several articles with differing date precision, status and location
 * (duplicates the merge must resolve), conditions and open questions restated across articles, and ~15%
 * syndicated copies (same story, another outlet, a near-identical MinHash fingerprint). Deterministic by seed.
 */
import { createHash } from 'node:crypto';
import { COUNTRIES, MONTHS, OUTLETS, TOPICS, VENUES, WEEKDAYS, type Country } from './lib/cast.js';
import { createRng, type Rng } from './lib/rng.js';
import { sentence } from './lib/sentences.js';
import { MINHASH_SIZE } from '../lambdas/core/syndication/minhash.js';
import type { Contact, ContactMode, ContactStatus, DatePrecision, NormalizedRecord } from '../lambdas/core/record/schema.js';

export interface SyntheticRecordOptions {
  seed?: number;
  /** The track most records are about (the digest benchmarks compose this one). */
  track?: [string, string];
  /** Share of real-world contacts on the track pair; the rest spread over other pairs. */
  trackShare?: number;
  /** Share of records that are syndicated copies of an earlier record. */
  syndicatedShare?: number;
}

export const DEFAULT_RECORDS_SEED = 1_000_003;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);
const SPAN_DAYS = 1_035; // 2024-01-01 .. 2026-10-31

interface WorldContact {
  pair: [Country, Country];
  mode: ContactMode;
  status: ContactStatus;
  day: number;
  venue: { city: string; venue: string | null; country: string } | null;
  leaders: boolean;
  initiator: string | null;
  topics: string[];
}

interface PairPools {
  conditions: Array<{ actor: { name: string; country: string }; text: string; quoted: boolean; kind: string }>;
  questions: Array<{ text: string; kind: string }>;
}

const isoDay = (day: number) => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function countryByCode(code: string): Country {
  const c = COUNTRIES.find((x) => x.code === code);
  if (!c) throw new Error(`bench cast has no country ${code}`);
  return c;
}

function otherPair(rng: Rng, track: [Country, Country]): [Country, Country] {
  for (;;) {
    const [a, b] = rng.shuffle(COUNTRIES).slice(0, 2) as [Country, Country];
    // Half of the off-track pairs still involve one track country: the "around the track" section.
    const onTrack = [a, b].filter((c) => track.includes(c)).length;
    if (onTrack < 2) return [a, b];
  }
}

function worldContact(rng: Rng, track: [Country, Country], trackShare: number): WorldContact {
  const pair = rng.chance(trackShare) ? (rng.shuffle(track) as [Country, Country]) : otherPair(rng, track);
  const r = rng.next();
  const status: ContactStatus = r < 0.65 ? 'held' : r < 0.75 ? 'cancelled' : r < 0.9 ? 'planned' : 'proposed';
  return {
    pair,
    mode: rng.pick<ContactMode>(['call', 'call', 'meeting', 'meeting', 'talks', 'summit', 'visit', 'other']),
    status,
    day: rng.int(0, SPAN_DAYS),
    venue: rng.chance(0.2) ? null : rng.chance(0.6) ? rng.pick(VENUES) : { city: pair[1].capital, venue: null, country: pair[1].code },
    leaders: rng.chance(0.3),
    initiator: rng.chance(0.4) ? null : rng.pick(pair).code,
    topics: rng.shuffle(TOPICS).slice(0, rng.int(1, 3)),
  };
}

function pairPools(rng: Rng, a: Country, b: Country): PairPools {
  const kinds = ['demand', 'precondition', 'red-line', 'offer', 'position'];
  const qkinds = ['unscheduled', 'awaiting', 'no-comment', 'undisclosed', 'whether', 'uncertain'];
  return {
    conditions: Array.from({ length: 12 }, () => {
      const side = rng.chance(0.5) ? a : b;
      const actor = rng.chance(0.7) ? side.minister : side.leader;
      return { actor: { name: actor.name, country: side.code }, text: sentence('condition', rng, side === a ? b : a, side), quoted: rng.chance(0.4), kind: rng.pick(kinds) };
    }),
    questions: Array.from({ length: 8 }, () => ({ text: sentence('question', rng, a, b), kind: rng.pick(qkinds) })),
  };
}

function evidence(rng: Rng, text: string) {
  const start = rng.int(0, 6_000);
  return [{ text, start, end: start + text.length }];
}

/** How one article reports a contact: precision, status and location vary between reports of the same event. */
function reportedContact(rng: Rng, world: WorldContact, publishedDay: number, contactId: string): Contact {
  const [a, b] = world.pair;
  const iso = isoDay(world.day);
  const month = MONTHS[Number(iso.slice(5, 7)) - 1];
  const r = rng.next();
  const precision: DatePrecision = r < 0.65 ? 'day' : r < 0.77 ? 'month' : r < 0.87 ? 'month-day' : r < 0.9 ? 'year' : 'unknown';
  const relative = precision === 'day' && publishedDay - world.day >= 0 && publishedDay - world.day < 7 && rng.chance(0.5);
  const date = {
    day: { value: iso, text: relative ? `on ${rng.pick(WEEKDAYS)}` : `on ${month} ${Number(iso.slice(8))}`, basis: relative ? ('relative' as const) : ('stated' as const) },
    month: { value: iso.slice(0, 7), text: `in ${month}`, basis: 'stated' as const },
    'month-day': { value: `--${iso.slice(5)}`, text: `on ${month} ${Number(iso.slice(8))}`, basis: 'stated' as const },
    year: { value: iso.slice(0, 4), text: `in ${iso.slice(0, 4)}`, basis: 'stated' as const },
    unknown: { value: null, text: null, basis: 'unknown' as const },
  }[precision];
  // Reports published before the contact took place can only know it as planned or proposed.
  const status: ContactStatus = publishedDay < world.day && world.status === 'held' ? rng.pick(['planned', 'proposed']) : world.status;
  const people = world.leaders ? [a.leader, b.leader] : [a.minister, b.minister];
  const participants = [
    { name: people[0].name, role: people[0].role, country: a.code },
    { name: people[1].name, role: rng.chance(0.8) ? people[1].role : null, country: rng.chance(0.9) ? b.code : null },
  ].slice(0, rng.chance(0.9) ? 2 : 1);
  return {
    id: contactId,
    mode: world.mode,
    status,
    date: { ...date, precision },
    location: world.venue && rng.chance(0.85) ? { city: world.venue.city, venue: rng.chance(0.5) ? world.venue.venue : null, country: world.venue.country } : null,
    participants,
    countries: [a.code, b.code].sort(),
    initiator: rng.chance(0.8) ? world.initiator : null,
    topics: world.topics.slice(0, rng.int(1, world.topics.length)),
    evidence: evidence(rng, sentence('contact', rng, a, b)),
  };
}

function originalRecord(rng: Rng, seed: number, index: number, world: WorldContact[], pools: (a: Country, b: Country) => PairPools): NormalizedRecord {
  const id = hex(`synthetic-${seed}-${index}`);
  const primary = rng.pick(world);
  const publishedDay = Math.max(0, primary.day + rng.int(-12, 6));
  const reported = [primary, ...Array.from({ length: rng.chance(0.5) ? rng.int(1, 2) : 0 }, () => rng.pick(world))];
  const { conditions, questions } = pools(primary.pair[0], primary.pair[1]);
  const outlet = rng.pick(OUTLETS);
  const hasDate = rng.chance(0.9);
  return {
    schemaVersion: 1,
    id,
    source: {
      bucket: 'bench-bucket',
      key: `incoming/${slug(outlet)}/${id.slice(0, 12)}.txt`,
      url: rng.chance(0.8) ? `https://${slug(outlet)}.example/news/${id.slice(0, 10)}` : null,
      outlet: rng.chance(0.9) ? outlet : null,
      contentType: 'text/plain; charset=utf-8',
      size: rng.int(2_000, 12_000),
    },
    title: `${primary.pair[0].minister.surname} and ${primary.pair[1].minister.surname} ${rng.pick(['hold talks', 'discuss', 'speak by phone about', 'fail to agree on'])} ${primary.topics[0]}`,
    published: { date: hasDate ? isoDay(publishedDay) : null, source: hasDate ? rng.pick(['metadata', 'text'] as const) : null },
    extractedAt: new Date(EPOCH + (publishedDay + 1) * DAY_MS + rng.int(0, DAY_MS - 1)).toISOString(),
    contacts: reported.map((w, k) => reportedContact(rng, w, publishedDay, `${id.slice(0, 12)}-c${k}`)),
    conditions: rng.shuffle(conditions).slice(0, rng.int(0, 2)).map((c) => ({
      actor: c.actor,
      text: c.text,
      quote: c.quoted ? c.text.match(/“([^”]+)”/)?.[1] ?? null : null,
      evidence: evidence(rng, c.text),
      kind: c.kind,
    })),
    openQuestions: rng.shuffle(questions).slice(0, rng.int(0, 2)).map((q) => ({ text: q.text, evidence: evidence(rng, q.text), kind: q.kind })),
    warnings: hasDate ? [] : [{ code: 'no-published-date', message: 'no published date in metadata or text; relative dates left unresolved' }],
    wordCount: rng.int(300, 1_500),
    fingerprint: { minhash: Array.from({ length: MINHASH_SIZE }, () => rng.int(0, 0xffffffff)) },
  };
}

/** The same story re-published by another outlet: new id and source, a fingerprint a few slots apart. */
function syndicatedCopy(rng: Rng, seed: number, index: number, of: NormalizedRecord): NormalizedRecord {
  const copy = structuredClone(of);
  const id = hex(`synthetic-${seed}-${index}`);
  const outlet = rng.pick(OUTLETS);
  copy.id = id;
  copy.source = { ...copy.source, key: `incoming/${slug(outlet)}/${id.slice(0, 12)}.txt`, url: `https://${slug(outlet)}.example/wire/${id.slice(0, 10)}`, outlet };
  if (copy.published.date && rng.chance(0.4)) copy.published.date = new Date(Date.parse(copy.published.date) + DAY_MS).toISOString().slice(0, 10);
  copy.contacts.forEach((c, k) => (c.id = `${id.slice(0, 12)}-c${k}`));
  const minhash = copy.fingerprint!.minhash;
  for (let k = rng.int(0, 6); k > 0; k--) minhash[rng.int(0, MINHASH_SIZE - 1)] = rng.int(0, 0xffffffff);
  return copy;
}

export function syntheticRecords(count: number, options: SyntheticRecordOptions = {}): NormalizedRecord[] {
  const seed = options.seed ?? DEFAULT_RECORDS_SEED;
  const rng = createRng(seed);
  const track = (options.track ?? ['US', 'RU']).map(countryByCode) as [Country, Country];
  // About three reports per real-world contact: the duplicates the merge has to resolve.
  const world = Array.from({ length: Math.max(20, Math.round(count / 3)) }, () => worldContact(rng, track, options.trackShare ?? 0.4));
  const poolCache = new Map<string, PairPools>();
  const pools = (a: Country, b: Country) => {
    const key = [a.code, b.code].sort().join('-');
    let p = poolCache.get(key);
    if (!p) poolCache.set(key, (p = pairPools(rng, a, b)));
    return p;
  };
  const records: NormalizedRecord[] = [];
  for (let i = 0; i < count; i++) {
    records.push(i > 0 && rng.chance(options.syndicatedShare ?? 0.15) ? syndicatedCopy(rng, seed, i, records[rng.int(0, i - 1)]) : originalRecord(rng, seed, i, world, pools));
  }
  return records;
}
