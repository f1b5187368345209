/**
 * One group of mentions → one briefing contact. Every field shows the value with the most independent
 * support (source families, not copies, and one outlet's several stories once); a field whose reports disagree keeps the dissent, with its
 * sources, in `disputes`. Fields a report left open are filled from the reports that give them.
 */
import type { BriefingContact, Dispute, MergedDate, StatusChange } from '../briefing/model.js';
import { DATE_SHARPNESS } from '../record/date-precision.js';
import type { ContactMode, ContactStatus, Location, Participant } from '../record/schema.js';
import { modeClass } from './compatibility.js';
import { relateDates, type DateFact } from './dates.js';
import { samePerson, type Mention, type NameParts } from './mentions.js';
import { supersededReports } from './rescheduling.js';
import type { ContactGroup } from './resolve.js';
import { compareByPublished, independentCount, itemSource } from './sources.js';
import { fold, shortHash, sortStrings } from './text.js';

interface Tally<T> {
  key: string;
  value: T;
  mentions: Mention[];
  /** Independent sources (origins: families, one outlet counted once) giving the value. */
  families: Set<string>;
}

/**
 * Group mentions by a field's value (nulls skipped), strongest first: independent sources, then reports,
 * then first seen. `keyOf` may read the mention too, for a key the mention already holds worked out.
 */
function tally<T>(mentions: readonly Mention[], valueOf: (m: Mention) => T | null, keyOf: (v: T, m: Mention) => string): Tally<T>[] {
  const byKey = new Map<string, Tally<T>>();
  for (const m of mentions) {
    const v = valueOf(m);
    if (v === null || v === undefined) continue;
    const key = keyOf(v, m);
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { key, value: v, mentions: [], families: new Set() }));
    t.mentions.push(m);
    t.families.add(m.origin);
  }
  return [...byKey.values()].sort((a, b) => b.families.size - a.families.size || b.mentions.length - a.mentions.length || a.mentions[0].index - b.mentions[0].index);
}

function disputeOf<T>(field: Dispute['field'], tallies: Tally<T>[], shownKey: string, label: (t: Tally<T>) => string = (t) => t.key): Dispute {
  return {
    field,
    values: tallies.map((t) => ({
      value: label(t),
      articleIds: [...new Set(t.mentions.map((m) => m.record.id))],
      families: t.families.size,
      shown: t.key === shownKey,
    })),
  };
}

// When in-person reports differ only in wording, the more specific word is shown on a tie.
const MODE_SPECIFICITY: ContactMode[] = ['summit', 'talks', 'meeting', 'visit', 'call', 'other'];

function mergeMode(mentions: Mention[], disputes: Dispute[]): ContactMode {
  const classes = tally(mentions, (m) => modeClass(m.contact.mode), (c) => c);
  if (classes.length === 0) return 'other';
  const shownClass = classes[0];
  if (classes.length > 1) {
    const modes = tally(mentions, (m) => (m.contact.mode === 'other' ? null : m.contact.mode), (x) => x);
    disputes.push({
      field: 'mode',
      values: modes.map((t) => ({
        value: t.key,
        articleIds: [...new Set(t.mentions.map((m) => m.record.id))],
        families: t.families.size,
        shown: false,
      })),
    });
  }
  const modes = tally(shownClass.mentions, (m) => m.contact.mode, (x) => x);
  const top = modes.filter((t) => t.families.size === modes[0].families.size);
  const mode = top.sort((a, b) => MODE_SPECIFICITY.indexOf(a.value) - MODE_SPECIFICITY.indexOf(b.value))[0].value;
  const d = disputes.find((x) => x.field === 'mode');
  if (d) for (const v of d.values) v.shown = v.value === mode;
  return mode;
}

const RANK: Record<ContactStatus, number> = { proposed: 0, planned: 1, held: 2, cancelled: 2 };

/**
 * Lifecycle: reports ordered by stage, then by publication, give the history; the shown status is the
 * furthest stage reached. Held against cancelled is a dispute decided by independent support.
 */
function mergeStatus(mentions: Mention[], disputes: Dispute[]): { status: ContactStatus; history: StatusChange[] } {
  const terminal = tally(mentions, (m) => (RANK[m.contact.status] === 2 ? m.contact.status : null), (s) => s);
  let finalStatus: ContactStatus | null = null;
  if (terminal.length) {
    // Ties go to the most recent report.
    const best = terminal.filter((t) => t.families.size === terminal[0].families.size);
    const latest = (t: Tally<ContactStatus>) => Math.max(...t.mentions.map((m) => m.publishedDay ?? -Infinity));
    finalStatus = best.sort((a, b) => latest(b) - latest(a))[0].value;
    if (terminal.length > 1) disputes.push(disputeOf('status', terminal, finalStatus));
  }
  const ordered = mentions
    .filter((m) => RANK[m.contact.status] < 2 || m.contact.status === finalStatus)
    .sort((a, b) => RANK[a.contact.status] - RANK[b.contact.status] || (a.publishedDay ?? Infinity) - (b.publishedDay ?? Infinity) || a.index - b.index);
  const history: StatusChange[] = [];
  // The date the contact had at each step: a report moving it to a conflicting date is a step of its own.
  let dateSoFar: DateFact | null = null;
  for (const m of ordered) {
    const from = dateSoFar;
    const move = m.rescheduled && m.date !== null && from !== null && relateDates(from, m.date) === 'conflict';
    // A plan's date; a vaguer report of the same date ("in March" after "March 20") does not replace it.
    const sharper = m.date && (!from || relateDates(from, m.date) === 'conflict' || DATE_SHARPNESS[m.date.precision] > DATE_SHARPNESS[from.precision]);
    if (sharper && (RANK[m.contact.status] < 2 || !from)) dateSoFar = m.date;
    if (history.at(-1)?.status === m.contact.status && !move) continue;
    const step: StatusChange = { status: m.contact.status, asOf: m.published, articleId: m.record.id, outlet: m.record.source.outlet };
    if (move) step.rescheduled = { from: from!.value, to: m.date!.value };
    history.push(step);
  }
  return { status: history.at(-1)!.status, history };
}

/** The most specific date with the most independent support; other days become a date dispute. */
function mergeDate(mentions: Mention[], disputes: Dispute[]): MergedDate {
  const dated = tally(mentions, (m) => m.date, (d) => d.value);
  if (dated.length === 0) {
    const withText = mentions.find((m) => m.contact.date.text);
    return { value: null, precision: 'unknown', text: withText?.contact.date.text ?? null, basis: 'unknown', reportedBasis: null, suppliedBy: [] };
  }
  const topSharpness = Math.max(...dated.map((t) => DATE_SHARPNESS[t.value.precision]));
  const candidates = dated.filter((t) => DATE_SHARPNESS[t.value.precision] === topSharpness);
  const stated = (t: Tally<DateFact>) => t.mentions.some((m) => m.contact.date.basis === 'stated' && !m.date?.yearInferred);
  candidates.sort((a, b) => b.families.size - a.families.size || Number(stated(b)) - Number(stated(a)) || b.mentions.length - a.mentions.length);
  const shown = candidates[0];
  const exact = mentions.filter((m) => m.date && (m.date.value === shown.value.value || relateDates(m.date, shown.value) === 'same'));
  const dissent = dated.filter((t) => t.key !== shown.key && relateDates(t.value, shown.value) !== 'same' && relateDates(t.value, shown.value) !== 'consistent');
  if (dissent.length) disputes.push(disputeOf('date', [shown, ...dissent], shown.key, (t) => t.value.value));
  const reportedBasis = exact.some((m) => m.contact.date.basis === 'stated' && !m.date!.yearInferred) ? 'stated' : 'relative';
  // Filled: some report of this contact did not give the date (or gave it less precisely).
  const filled = mentions.some((m) => !m.date || DATE_SHARPNESS[m.date.precision] < topSharpness);
  // Show the words of a report that states the date ("November 18, 2025") rather than one that only
  // implies it ("on Tuesday"), so the text reads as the date it supports.
  const statesIt = (m: Mention) => m.contact.date.basis === 'stated' && !!m.contact.date.text;
  const textFrom = exact.find((m) => statesIt(m) && !m.date!.yearInferred) ?? exact.find(statesIt) ?? exact.find((m) => m.contact.date.text) ?? shown.mentions[0];
  return {
    value: shown.value.value,
    precision: shown.value.precision,
    text: textFrom.contact.date.text,
    basis: filled ? 'corroborated' : reportedBasis,
    reportedBasis,
    suppliedBy: [...new Set(exact.map((m) => m.record.id))],
  };
}

function mergeInitiator(mentions: Mention[], disputes: Dispute[]): string | null {
  const t = tally(mentions, (m) => m.contact.initiator, (x) => x);
  if (t.length > 1) disputes.push(disputeOf('initiator', t, t[0].key));
  return t[0]?.value ?? null;
}

function mergeLocation(mentions: Mention[], disputes: Dispute[]): Location | null {
  // Keyed by the mention's city, which is the location's city folded.
  const byCity = tally(mentions, (m) => (m.city ? m.contact.location : null), (_, m) => m.city!);
  if (byCity.length) {
    if (byCity.length > 1) disputes.push(disputeOf('location', byCity, byCity[0].key, (t) => t.value.city!));
    const locs = byCity[0].mentions.map((m) => m.contact.location!);
    // Fill venue and country from any report of the same city.
    return {
      city: locs[0].city,
      venue: tally(byCity[0].mentions, (m) => m.contact.location?.venue ?? null, (v) => fold(v))[0]?.value ?? null,
      country: locs.find((l) => l.country)?.country ?? null,
    };
  }
  const byCountry = tally(mentions, (m) => m.contact.location?.country ?? null, (c) => c);
  if (byCountry.length > 1) disputes.push(disputeOf('location', byCountry, byCountry[0].key));
  if (byCountry.length) return { city: null, venue: null, country: byCountry[0].value };
  const venue = mentions.find((m) => m.contact.location?.venue)?.contact.location ?? null;
  return venue;
}

/**
 * Everyone any report names, once: the same person (see samePerson: "Lee" and "Lee Jae-myung") with a
 * compatible country is one participant (longest name kept).
 */
function mergeParticipants(mentions: Mention[]): Participant[] {
  const people: Participant[] = [];
  // The name parts of people[i] (numbers, worked out once per report in mentionOf), kept beside it:
  // a contact with hundreds of reports compares every participant with everyone found so far.
  const parts: Array<NameParts<number>> = [];
  for (const m of mentions) {
    const participants = m.contact.participants;
    for (let j = 0; j < participants.length; j++) {
      const p = participants[j];
      const k = m.participantNames[j];
      const at = people.findIndex((q, i) => samePerson(parts[i], k) && (!q.country || !p.country || q.country === p.country));
      if (at < 0) {
        people.push({ ...p });
        parts.push(k);
        continue;
      }
      const same = people[at];
      if (p.name.length > same.name.length) {
        same.name = p.name;
        parts[at] = k;
      }
      same.role ??= p.role;
      same.country ??= p.country;
    }
  }
  return people;
}

function mergeTopics(mentions: Mention[]): string[] {
  const seen = new Map<string, string>();
  for (const m of mentions) {
    for (const t of m.contact.topics) {
      const key = fold(t);
      if (!seen.has(key)) seen.set(key, t);
    }
  }
  return [...seen.values()];
}

/** Id from the earliest report (published, article id, contact id): stable while that report exists. */
export function canonicalContactId(mentions: readonly Mention[]): string {
  // The earliest in one pass, not a sort of the group's reports (each comparison reads two records).
  const earlier = (a: Mention, b: Mention) => (a.publishedDay ?? Infinity) - (b.publishedDay ?? Infinity) || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0) || (a.contact.id < b.contact.id ? -1 : 1);
  let first = mentions[0];
  for (let i = 1; i < mentions.length; i++) if (earlier(mentions[i], first) < 0) first = mentions[i];
  return `ct-${shortHash(`${first.record.id}#${first.contact.id}`)}`;
}

export function mergeGroup(group: ContactGroup): BriefingContact {
  const mentions = group.mentions;
  const disputes: Dispute[] = [];
  const mode = mergeMode(mentions, disputes);
  const { status, history } = mergeStatus(mentions, disputes);
  // A date a later report moved ("postponed to April 10") is history, not a dissenting value.
  const superseded = supersededReports(mentions);
  const date = mergeDate(superseded.size ? mentions.filter((m) => !superseded.has(m)) : mentions, disputes);
  const initiator = mergeInitiator(mentions, disputes);
  const location = mergeLocation(mentions, disputes);
  const sources = mentions.map((m) => itemSource(m.record, m, m.contact.evidence, m.contact.id)).sort(compareByPublished);
  const countries: string[] = [];
  for (const m of mentions) for (const c of m.countries) if (!countries.includes(c)) countries.push(c);
  sortStrings(countries);
  disputes.sort((a, b) => a.field.localeCompare(b.field));
  return {
    id: canonicalContactId(mentions),
    mode,
    status,
    date,
    location,
    participants: mergeParticipants(mentions),
    countries,
    initiator,
    topics: mergeTopics(mentions),
    sources,
    statusHistory: history,
    disputes,
    statusSince: history.at(-1)?.asOf ?? null,
    change: null,
    confidence: { date: date.basis, families: independentCount(sources), disputed: disputes.length > 0 },
  };
}
