/**
 * Merging: validated normalized records (+ the previous briefing of the track) → the briefing model.
 *
 *   records ─▶ source families (MinHash + LSH)          syndication/families.ts
 *           ─▶ contact mentions on or around the track   mentions.ts, tracks.ts
 *           ─▶ contact groups (blocked resolution)       resolve.ts, compatibility.ts
 *           ─▶ merged contacts (votes, disputes, life)   contact.ts
 *           ─▶ conditions / open questions over time     conditions.ts, questions.ts, statements.ts
 *           ─▶ ids carried over, "what changed"          changes.ts
 *
 * Pure and deterministic: the same records and previous model always give the same model (the input
 * order does not matter). See docs/merging.md.
 */
import type { BriefingContact, BriefingModel, TrackDefinition } from '../briefing/model.js';
import type { NormalizedRecord } from '../record/schema.js';
import { familyRepresentatives } from '../syndication/families.js';
import { originsByPosition } from '../syndication/origins.js';
import { isWireAgency } from '../syndication/wires.js';
import { carryOverIds, diffAgainst } from './changes.js';
import { mergeConditions, type ConditionMention } from './conditions.js';
import { mergeGroup } from './contact.js';
import { dateFactOf, publishedDay, sortPosition } from './dates.js';
import { Interner } from './interner.js';
import { mentionOf, type Mention } from './mentions.js';
import { mergeQuestions, type QuestionMention } from './questions.js';
import { MergedContactsOfReports } from './report-contacts.js';
import { resolveContacts } from './resolve.js';
import { briefingSource, publishedSpan, sortByPublished } from './sources.js';
import { TrackTouches } from './track-touches.js';
import { countryShortNames, scopeOf, trackName } from './tracks.js';

export interface BuildBriefingInput {
  records: NormalizedRecord[];
  track: TrackDefinition;
  /** The model of the last briefing sent for this track, if any. */
  previous: BriefingModel | null;
  now: Date;
  stats: { skippedRecords: number; quarantined: number };
  /** Country code → display name for the track name; defaults to knowledge/countries.json. */
  countryNames?: Map<string, string>;
  /** When given, filled with milliseconds spent per stage (for the benchmark). */
  timings?: Record<string, number>;
}

/**
 * Sort key of a contact, newest first: [group, position, latest report]. Dated contacts first, by the
 * start of their period (a partial date sits after the precise dates in it; a year-less month-day takes
 * the year of its latest report); then month-days whose year nothing tells, latest in the year first;
 * then undated contacts, most recently reported first.
 */
function sortKeyOf(c: BriefingContact): [number, number, number] {
  let latest: string | null = null;
  for (const s of c.sources) if (s.published && (!latest || s.published > latest)) latest = s.published;
  const fact = dateFactOf({ value: c.date.value, precision: c.date.precision, text: c.date.text, basis: 'stated' }, latest, c.status);
  const at = fact ? sortPosition(fact, latest ? Number(latest.slice(0, 4)) : null) : null;
  const reported = publishedDay(latest) ?? -1e9;
  if (at) return [2, at[0] * 8 + at[1] + 1, reported];
  if (fact && fact.month !== null && fact.day !== null) return [1, fact.month * 32 + fact.day, reported];
  return [0, reported, 0];
}

function sortContacts(contacts: BriefingContact[]): void {
  const keys = new Map(contacts.map((c) => [c, sortKeyOf(c)]));
  contacts.sort((a, b) => {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!];
    return kb[0] - ka[0] || kb[1] - ka[1] || kb[2] - ka[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * Source families, their first publications and origins, by position in `records`, not by article id:
 * at 100k articles, maps keyed by id strings cost a cache miss per lookup, several lookups per article.
 */
function familiesOf(records: readonly NormalizedRecord[]) {
  // What families and origins need of each article, read in one pass over the scattered records (one
  // object serves as both a family member and an origin member).
  const members = records.map((r) => ({
    id: r.id,
    minhash: r.fingerprint?.minhash ?? null,
    wordCount: r.wordCount ?? null,
    published: r.published.date,
    wire: isWireAgency(r.source.outlet, r.source.url),
    outlet: r.source.outlet,
    url: r.source.url,
  }));
  const representative = familyRepresentatives(members);
  // The first publication of each family (its representative, a news agency's copy, may be later),
  // stored at the representative's position.
  const familyPublished: Array<string | null> = new Array(records.length).fill(null);
  members.forEach(({ published }, i) => {
    const first = familyPublished[representative[i]];
    if (published && (!first || published < first)) familyPublished[representative[i]] = published;
  });
  // Independent sources: the outlet behind each family, so one outlet's several stories count once.
  const originAt = originsByPosition(members, representative);
  return { representative, familyPublished, originAt };
}

interface Provenances {
  familyIdAt: (position: number) => string;
  /** First publication of the family of the record at this position. */
  firstPublishedAt: (position: number) => string | null;
  originAt: readonly string[];
}

/**
 * Records → merged contacts, and each report's contact. In a function of its own so the mentions, the
 * groups and their profiles (one of each per report) can be collected as soon as the contacts exist.
 */
function contactsOf(records: readonly NormalizedRecord[], trackCountries: readonly string[], provenance: Provenances, touches: TrackTouches, lap: (stage: string) => void) {
  const mentions: Mention[] = [];
  const names = new Interner();
  records.forEach((r, i) => {
    for (const c of r.contacts) {
      // Cheap test first: a contact with no track country (or person of one) is not this briefing's.
      if (!touches.noteContact(i, c)) continue;
      const m = mentionOf(r, c, mentions.length, { position: i, familyId: provenance.familyIdAt(i), origin: provenance.originAt[i], familyPublished: provenance.firstPublishedAt(i) }, names);
      if (scopeOf(m.countries, trackCountries)) mentions.push(m);
    }
  });
  lap('mentions');
  const groups = resolveContacts(mentions);
  lap('resolve');
  const merged = groups.map(mergeGroup);
  lap('mergeContacts');
  // The group of each mention, by its index (mentions are listed in article order).
  const groupOfMention = new Int32Array(mentions.length);
  // What each article reports, by position in `records`: later passes test a number, not an id in a Set.
  const reported = new Uint8Array(records.length);
  groups.forEach((g, i) => {
    const scope = scopeOf(merged[i].countries, trackCountries) === 'track' ? Reports.TrackContact : Reports.AroundContact;
    for (const m of g.mentions) {
      groupOfMention[m.index] = i;
      reported[m.position] |= scope;
    }
  });
  const contactOfReport = new MergedContactsOfReports(mentions, records.length, (k) => merged[groupOfMention[k]]);
  return { merged, contactOfReport, reported, contactReports: mentions.length };
}

/** Bits of what an article reports (see contactsOf). */
const enum Reports {
  AroundContact = 1,
  TrackContact = 2,
}

export function buildBriefingModel(input: BuildBriefingInput): BriefingModel {
  const { now } = input;
  let clock = performance.now();
  const lap = (stage: string) => {
    if (!input.timings) return;
    const t = performance.now();
    input.timings[stage] = (input.timings[stage] ?? 0) + (t - clock);
    clock = t;
  };
  const names = input.countryNames ?? countryShortNames();
  const allNamed = input.track.countries.every((c) => names.has(c));
  const track: TrackDefinition = { ...input.track, name: allNamed || !input.track.name ? trackName(input.track.countries, names) : input.track.name };
  const trackCountries = track.countries;
  const previous = input.previous && input.previous.track?.id === track.id ? input.previous : null;

  // One record per article id, in id order: the result does not depend on the order records were listed.
  const byId = new Map<string, NormalizedRecord>();
  for (const r of input.records) if (!byId.has(r.id)) byId.set(r.id, r);
  // The ids are sorted, not the records: a comparator reaching into 100k scattered records is slow.
  const records = [...byId.keys()].sort().map((id) => byId.get(id)!);

  const { representative, familyPublished, originAt } = familiesOf(records);
  const familyIdAt = (i: number) => records[representative[i]].id;

  lap('families');
  // Mentions, groups and their profiles end here: released before statements are collected.
  const touches = new TrackTouches(trackCountries, records.length);
  const { merged, contactOfReport, reported, contactReports } = contactsOf(records, trackCountries, { familyIdAt, firstPublishedAt: (i) => familyPublished[representative[i]], originAt }, touches, lap);
  // Conditions and questions come from articles about the track: ones reporting a track contact or
  // touching two track countries. A third party's condition there is kept as 'around'.
  const trackContacts = merged.filter((c) => scopeOf(c.countries, trackCountries) === 'track');
  const aroundContacts = merged.filter((c) => scopeOf(c.countries, trackCountries) === 'around');
  const conditionMentions: ConditionMention[] = [];
  const questionMentions: QuestionMention[] = [];
  // Articles the briefing cites, by position: every report of a contact, every article stating a condition or raising a question.
  const used = new Uint8Array(records.length);
  records.forEach((r, i) => {
    if (reported[i]) used[i] = 1;
    const needed = Math.min(2, trackCountries.length);
    const relevant = reported[i] & Reports.TrackContact || touches.countTouched(i, r, needed) >= needed;
    if (!relevant) return;
    if (r.conditions.length || r.openQuestions.length) used[i] = 1;
    const familyId = familyIdAt(i);
    const origin = originAt[i];
    r.conditions.forEach((condition, index) =>
      conditionMentions.push({ record: r, familyId, origin, index, condition, scope: condition.actor.country && trackCountries.includes(condition.actor.country) ? 'track' : condition.actor.country ? 'around' : 'track' }),
    );
    r.openQuestions.forEach((question, index) => questionMentions.push({ record: r, position: i, familyId, origin, index, question }));
  });
  lap('collectStatements');
  const conditions = mergeConditions(conditionMentions);
  lap('conditions');
  const openQuestions = mergeQuestions(questionMentions, [...trackContacts, ...aroundContacts], (position, c) => contactOfReport.get(position, c));

  lap('questions');
  // Stable ids, then "what changed" against the previous briefing of this track.
  const contactByFirstId = new Map(merged.map((c) => [c.id, c]));
  carryOverIds([...trackContacts, ...aroundContacts], previous ? [...(previous.contacts ?? []), ...(previous.aroundTrack ?? [])] : []);
  carryOverIds(conditions, previous?.conditions ?? []);
  carryOverIds(openQuestions, previous?.openQuestions ?? []);
  // Answers point at contacts: follow any id carried over above.
  for (const q of openQuestions) if (q.answered?.contactId) q.answered.contactId = contactByFirstId.get(q.answered.contactId)?.id ?? q.answered.contactId;
  const changes = diffAgainst(previous, [...trackContacts, ...aroundContacts], conditions, openQuestions);

  lap('changes');
  sortContacts(trackContacts);
  sortContacts(aroundContacts);
  conditions.sort((a, b) => (b.lastRestated ?? b.firstStated ?? '').localeCompare(a.lastRestated ?? a.firstStated ?? '') || (a.id < b.id ? -1 : 1));
  openQuestions.sort((a, b) => Number(!!a.answered) - Number(!!b.answered) || (b.lastRaised ?? '').localeCompare(a.lastRaised ?? '') || (a.id < b.id ? -1 : 1));

  // Records are in id order: a stable sort by published date gives compareByPublished's order.
  const usedPositions: number[] = [];
  for (let i = 0; i < records.length; i++) if (used[i]) usedPositions.push(i);
  const sources = sortByPublished(usedPositions, (i) => records[i].published.date).map((i) =>
    briefingSource(records[i], { familyId: familyIdAt(i), origin: originAt[i] }),
  );
  const span = publishedSpan(sources);
  lap('sortAndSources');

  return {
    schemaVersion: 1,
    track,
    generatedAt: now.toISOString(),
    window: { from: span.first, to: span.last },
    contacts: trackContacts,
    aroundTrack: aroundContacts,
    conditions,
    openQuestions,
    sources,
    changes,
    stats: {
      articles: records.length,
      families: new Set(sources.map((s) => s.familyId)).size,
      ...input.stats,
      articlesUsed: sources.length,
      contactReports,
    },
  };
}
