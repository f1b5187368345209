/**
 * Article-level contact pass: runs the contact extractor over every prose sentence in order, links
 * references back ("the call…") and continuations ("a subsequent meeting…", "the two met once more…") to
 * the contacts they extend, drops historical mentions, merges repeats, and finishes each contact with
 * topics, evidence and a stable id.
 */
import { createHash } from 'node:crypto';
import type { Contact, Evidence, Participant } from '../record/schema.js';
import type { PersonMention } from './actors.js';
import { dateOf, locationOf, readSentence, type PreviousSentence, type SegmentReading } from './contacts.js';
import type { SentenceContext } from './context.js';
import { placeAtGatheringCity, placeAtVenueSeats } from './contact-place.js';
import { findDateline, placeAtDateline } from './dateline.js';
import { officeHolderCountry } from './initiator.js';
import { pickAntecedent } from './refine/anaphora.js';
import { delegationLeaders, mayNameDelegationLeaders } from './refine/delegations.js';
import { articlePair, completeHomeSide, introductionCountries } from './refine/home-side.js';
import { type DraftContact, mergeContacts } from './refine/merge.js';
import { settingOfEarlierOccasion } from './same-occasion.js';
import { findTopics } from './topics.js';

function participantOf(p: PersonMention): Participant {
  return { name: p.name, role: p.role, country: p.country };
}

function evidenceOf(ctx: SentenceContext): Evidence {
  return { text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end };
}

function addEvidence(d: DraftContact, e: Evidence): void {
  if (!d.evidence.some((x) => x.start === e.start)) d.evidence.push(e);
}

function draftFrom(r: SegmentReading, ctx: SentenceContext, published: string | null): DraftContact {
  return {
    mode: r.mode,
    status: r.status,
    date: dateOf(r.dateMention, published, r.status),
    location: locationOf(r.place, r.places),
    participants: r.persons.map(participantOf),
    countries: [...r.countries],
    initiator: r.initiator,
    evidence: [evidenceOf(ctx)],
  };
}

/** A contact that goes on from `last`: its pair (`countries`), and its people unless the reading named other people's. */
function continuing(d: DraftContact, last: DraftContact, withPeople: boolean, countries: readonly string[]): DraftContact {
  const named = new Set(d.participants.map((p) => p.name));
  if (withPeople) d.participants.push(...last.participants.filter((p) => !named.has(p.name)));
  d.countries = [...new Set([...countries, ...d.countries])];
  return d;
}

/** How many sentences back the talks an elliptic round continues may have been reported. */
const ELLIPTIC_REACH = 3;

export function assembleContacts(contexts: readonly SentenceContext[], published: string | null, refYear: number | null, articleId: string): Contact[] {
  const drafts: DraftContact[] = [];
  let previous: SentenceContext | null = null;
  // The sentence (its index) that last reported or referred to a contact: an elliptic round only continues a recent one.
  let lastReported = -Infinity;
  const pair = articlePair(contexts);
  for (const [index, ctx] of contexts.entries()) {
    // What a pronoun or "the three leaders" may stand for: the sentence before, in the same paragraph.
    const before: PreviousSentence | null =
      previous?.sentence.paragraph === ctx.sentence.paragraph
        ? { subject: previous.persons.find((p) => p.country !== null) ?? null, countries: previous.countries.map((c) => c.code) }
        : null;
    previous = ctx;
    const readings = readSentence(ctx, refYear, published, before);
    // The contact this sentence speaks of, if it only refers back to one ("the talks were conducted by …").
    let referred: DraftContact | null = null;
    for (const r of readings) {
      if (r.kind === 'none' || r.historical) continue;
      if (r.kind === 'new') {
        drafts.push(draftFrom(r, ctx, published));
        continue;
      }
      const last = drafts[drafts.length - 1];
      if (r.kind === 'continuation') {
        if (!last) continue;
        // "Tau held talks with Greer on Tuesday. … A second round is expected next month": the round of talks just reported.
        if (r.elliptic && (index - lastReported > ELLIPTIC_REACH || (last.mode !== 'talks' && last.mode !== 'meeting'))) continue;
        // A gathering only implies a meeting when the article is walking through this same pair's contacts.
        if (r.gathering && !r.countries.every((c) => last.countries.includes(c))) continue;
        // "the two countries' army chiefs": the article's pair, which the last contact (a call with a mediator) may not be.
        // "The two sides held their first meeting in July" after a contact of three countries (a proposal to host both
        // leaders, a mediated round): two sides are the article's pair, and the last contact's people are not theirs.
        const twoOfMore = r.pairSubject && pair !== null && last.countries.length > 2 && pair.every((c) => last.countries.includes(c));
        const continued = pair && ((r.pairPeople && r.countries.every((c) => pair.includes(c))) || twoOfMore) ? pair : last.countries;
        drafts.push(continuing(draftFrom(r, ctx, published), last, !r.gathering && !r.sides && !twoOfMore, continued));
        continue;
      }
      // anaphor — a question ("will these talks bring progress?") is no evidence about the contact.
      if (/\?\s*$/.test(ctx.sentence.text)) continue;
      const target = pickAntecedent(drafts, r.mode, r.status, r.statusExplicit);
      if (!target) {
        // Nothing of its kind reported before. "At the talks in Istanbul, Russian and Ukrainian delegations agreed …" names
        // its pair: a new contact. "That conversation, a phone call of almost an hour on Jan. 7, was requested by Bogotá",
        // after a sentence saying the two presidents spoke: a contact of its own date, of the pair just reported.
        if (r.countries.length >= 2) drafts.push(draftFrom(r, ctx, published));
        else if (last && r.datedAtCue && !r.historical) drafts.push(continuing(draftFrom(r, ctx, published), last, true, last.countries));
        continue;
      }
      referred = target;
      addEvidence(target, evidenceOf(ctx));
      if (target.date.value === null && target.date.text === null && r.dateMention) target.date = dateOf(r.dateMention, published, target.status);
      if (!target.location && r.place) target.location = locationOf(r.place, r.places);
      else if (target.location && r.place) {
        const extra = locationOf(r.place, r.places)!;
        target.location = { city: target.location.city ?? extra.city, venue: target.location.venue ?? extra.venue, country: target.location.country ?? extra.country };
      }
      target.initiator ??= r.initiator ?? officeHolderCountry(r.initiatorOffice, target.participants);
      if (r.statusExplicit && r.status === 'cancelled') target.status = 'cancelled';
    }
    if (readings.some((r) => r.kind !== 'none' && !r.historical)) lastReported = index;
    // "Ukraine's delegation was led by …": the people of the contact just reported.
    const reportsNew = readings.some((r) => !r.historical && (r.kind === 'new' || r.kind === 'continuation'));
    const target = referred ?? drafts[drafts.length - 1];
    if (!reportsNew && target && mayNameDelegationLeaders(ctx.sentence.text)) {
      const leaders = delegationLeaders(ctx, target.countries);
      if (leaders.length > 0) {
        for (const p of leaders) if (!target.participants.some((q) => q.name === p.name)) target.participants.push(p);
        addEvidence(target, evidenceOf(ctx));
      }
    }
  }
  completeHomeSide(drafts, pair, introductionCountries(contexts, pair));
  const merged = mergeContacts(drafts);
  // "at the National Palace": the building of the one party country that has one.
  placeAtVenueSeats(merged);
  // "on the sidelines of the APEC summit": in the city the article's other contacts at it give.
  placeAtGatheringCity(merged);
  // "On the sidelines of the same summit, X also met Y": where and when that summit's contact was.
  settingOfEarlierOccasion(merged);
  // "NARA —": a recent meeting that names no place took place where the story was filed.
  placeAtDateline(merged, findDateline(contexts), published);
  return merged.map((d) => finish(d, articleId));
}

function finish(d: DraftContact, articleId: string): Contact {
  d.evidence.sort((a, b) => a.start - b.start);
  const countries = [...new Set(d.countries)].sort();
  const participants = d.participants;
  const key = [articleId, d.mode, participants.map((p) => p.name).sort().join('+'), countries.join('+'), d.date.value ?? d.date.text ?? '', d.evidence[0]?.start ?? 0].join('|');
  return {
    id: createHash('sha256').update(key).digest('hex').slice(0, 16),
    mode: d.mode,
    status: d.status,
    date: d.date,
    location: d.location,
    participants,
    countries,
    initiator: d.initiator,
    topics: findTopics(d.evidence.map((e) => e.text)),
    evidence: d.evidence,
  };
}
