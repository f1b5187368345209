/**
 * Contact extractor. Reads one clause at a time: finds contact cues (call, meeting, talks, summit, visit),
 * cuts the clause into one segment per cue, and for each segment decides the parties (people and the
 * countries named as parties — not as topics or places), status, date and place. A segment without two
 * parties is either a reference back to an earlier contact ("the call, initiated by the U.S.") or a
 * continuation of the same pair ("a subsequent meeting on February 27 in Istanbul", "the two met once
 * more"); the article-level pass in `extractContacts` resolves those.
 */
import type { ContactDate, ContactMode, ContactStatus, Location } from '../record/schema.js';
import type { PersonMention } from './actors.js';
import type { CountryMention } from './countries.js';
import { type Clause, splitClauses } from './clauses.js';
import type { SentenceContext } from './context.js';
import { type CueStarts, SCAN_ALL } from './contacts-cues.js';
import { contactPlace } from './contact-place.js';
import { isMovedAwayDate } from './date-words.js';
import { type DateMention, resolveContactDate, UNKNOWN_DATE } from './dates.js';
import {
  CONTACT_CUE_RE,
  CONTACT_NEGATIVE_RE,
  CONTACT_NEGATION_RE,
  CONTINUATION_RE,
  CUES,
  SIDE_GROUP_RE,
  GATHERING_NAME_TEST,
  GATHERING_RE,
  GENERIC_PLURAL_RE,
  GROUP_REFERENCE_RE,
  HISTORY_RE,
  modeOfCue,
  NOUN_PHRASE_MODIFIERS,
  PARTY_NOUN_RE,
  PROPOSER_RE,
  RECEIVED_PARTY_RE,
  STATUS_RES,
  UNSCHEDULED_ALL_RE,
} from './knowledge.js';
import type { PlaceMention } from './places.js';
import { findInitiator, officeHolderCountry } from './initiator.js';
import { insideDeniedReport } from './report-denial.js';
import { isHistoricalSegment, isLastYearBackground } from './refine/history.js';
import { execAll } from './regex.js';
import { compilePhraseList } from '../ingest/phrases.js';
import { capitalizeWords } from '../text/capitalize-words.js';
import { escapeRegex } from '../text/escape-regex.js';
import { phraseAlternation } from '../text/phrase-alternation.js';

export interface Cue {
  start: number;
  end: number;
  text: string;
  mode: ContactMode;
  /** A named gathering ("during the U.N. General Assembly") standing in for a meeting verb. */
  gathering: boolean;
  /** A trip named for the contact it is for ("visit Moscow … for the next round of talks"): its destination is a party. */
  trip?: boolean;
}

export type SegmentKind = 'new' | 'anaphor' | 'continuation' | 'none';

export interface SegmentReading {
  kind: SegmentKind;
  mode: ContactMode;
  status: ContactStatus;
  /** Status read from explicit words (not the default); an anaphor only passes on explicit statuses. */
  statusExplicit: boolean;
  persons: PersonMention[];
  countries: string[];
  dateMention: DateMention | null;
  place: PlaceMention | null;
  /** All places in the segment (a venue and its city may both be named). */
  places: PlaceMention[];
  initiator: string | null;
  /** "requested by the foreign secretary": the office that asked for it, when no country could be read. */
  initiatorOffice: string | null;
  historical: boolean;
  gathering: boolean;
  /** The subject is the sides' teams or delegations: a continuation keeps the pair but not the last contact's people. */
  sides: boolean;
  /** The date is the contact noun's own, within a few words of it ("a phone call of almost an hour on Jan. 7"). */
  datedAtCue: boolean;
  /** "the two countries' ministers met", "a meeting of the two countries' officials": the people of the pair the article is about. */
  pairPeople: boolean;
  /** "The two sides held their first meeting in July": the subject is the pair itself, two countries and no one named. */
  pairSubject: boolean;
  /** The contact word is left out ("A second round is expected next month", "The first took place in Istanbul"): it continues only talks or a meeting just reported. */
  elliptic: boolean;
  /** Offsets of the segment within the sentence. */
  start: number;
  end: number;
}

const DATELINE = /^[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,\s*[\p{L}.]+\.?\s*\d{1,2}(?:,\s*\d{4})?)?\s*\([\p{L} .&-]{2,30}\)\s*[-–—]\s*/u;

/** Offset of a cancelling word ("cancel", "called off", …) between `from` and the cue, or -1. */
function cancellationVerbAt(text: string, from: number, cueStart: number): number {
  // STATUS_RES regexes are compiled without the g flag, so exec keeps no state between calls.
  const match = STATUS_RES.cancelled.exec(text.slice(from, cueStart));
  return match ? from + match.index : -1;
}

function distance(d: { start: number; end: number }, cue: { start: number; end: number }): number {
  return d.end <= cue.start ? cue.start - d.end : Math.max(0, d.start - cue.end);
}

const MODE_STRENGTH: Record<ContactMode, number> = { summit: 4, call: 4, visit: 4, meeting: 3, talks: 2, other: 1 };

export function strongerMode(a: ContactMode, b: ContactMode): ContactMode {
  return MODE_STRENGTH[b] > MODE_STRENGTH[a] ? b : a;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The contact cues of a sentence; `starts` from contactCueStarts lets the scans skip what it has read. */
export function findCues(text: string, starts: CueStarts = SCAN_ALL): Cue[] {
  const found = starts.cue < 0 ? [] : execAll(CONTACT_CUE_RE, text, starts.cue);
  // Look-alikes ("met with criticism") are only looked for where there is a cue to veto. Built by push, not
  // filter().map(), whose arrays change hidden class with their length and deoptimized this function.
  const negatives: Array<{ start: number; end: number }> = [];
  if (found.length > 0) {
    for (const m of execAll(CONTACT_NEGATIVE_RE, text)) {
      if (/^(?:received|hosted|hosting|hosts)\b/i.test(m[0]) && RECEIVED_PARTY_RE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
      negatives.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  const cues: Cue[] = [];
  for (const m of found) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (negatives.some((n) => overlaps(n, span))) continue;
    // "regular phone calls and meetings": plurals without a specific occasion are habits, not contacts.
    if (GENERIC_PLURAL_RE.test(m[0]) && m[0].length === GENERIC_PLURAL_RE.exec(m[0])![0].length) continue;
    if (/^\s+(?:meetings|calls|talks|visits)\b/i.test(text.slice(span.end))) continue;
    cues.push({ ...span, text: m[0], mode: modeOfCue(m[0], text.slice(span.end, span.end + 40)), gathering: false });
  }
  for (const m of GATHERING_NAME_TEST.test(text) ? execAll(GATHERING_RE, text, starts.gathering) : []) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (cues.some((c) => overlaps(c, span))) continue;
    cues.push({ ...span, text: m[0], mode: 'meeting', gathering: true });
  }
  return cues.sort((a, b) => a.start - b.start);
}

function isNounPhraseWord(word: string): boolean {
  if (NOUN_PHRASE_MODIFIERS.has(word.toLowerCase())) return true;
  return /^[\p{Lu}][\p{L}.’'-]*$/u.test(word) || /^[\p{L}]+-[\p{L}-]+$/u.test(word);
}

/**
 * Where a gathering's opening phrase ends: the first comma after it, if that comes before the next contact's noun
 * phrase and neither a report nor an infinitive stands between them ("At the summit in Rio, Modi said India would
 * hold talks with Brazil", "…, EU leaders agreed to open talks with Kyiv": the summit is where that was said or
 * decided, not where the talks will be).
 */
function openingPhraseEnd(text: string, gatheringEnd: number, npStart: number): number {
  const comma = text.indexOf(',', gatheringEnd);
  if (comma < 0 || comma >= npStart) return npStart;
  const between = text.slice(comma, npStart);
  return MAY_ATTRIBUTE.test(between) || /\sto\s/.test(between) ? npStart : comma;
}

// "At the G20 summit in Rio on Monday, Modi held talks with Lula": a summit in a fronted phrase (at, during, on the
// sidelines of) is the occasion of the contact after it, as a named gathering is.
const FRONTED_OCCASION = /^(?:[^,;]{0,60},\s+)?(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of|in\s+the\s+margins\s+of)\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}$/iu;

/** Walk back word by word from the cue over determiners, modifiers and names (linear, no regex backtracking). */
function nounPhraseStart(text: string, cueStart: number, floor: number): number {
  let start = cueStart;
  let i = cueStart;
  while (i > floor) {
    let j = i;
    while (j > floor && /\s/.test(text[j - 1])) j--;
    if (j === i || j <= floor) break;
    let k = j;
    while (k > floor && !/\s/.test(text[k - 1])) k--;
    if (!isNounPhraseWord(text.slice(k, j))) break;
    start = k;
    i = k;
  }
  return start;
}

const DEFINITE = /^(?:the|this|that|these|those|their|its|his|her|both|[A-Z][a-z]+day['’]s|today['’]s|yesterday['’]s)\b/i;
// "the Ukraine conflict", "U.S. sanctions", "Russia's position": a country before one of these words is a topic.
const TOPIC_AFTER = new RegExp(`^(?:['’]s)?\\s*(?:[-–]\\s*\\S+\\s+)?(?:${CUES.topicWordsAfterCountry.join('|')})\\b`, 'i');
const TOPIC_BEFORE = /(?:\bon|\babout|\bover|\bregarding|\bconcerning|\bagainst|\bin|\binto|\bof|\btoward|\btowards|\bunder)\s+(?:the\s+)?$/i;
// "the foreign ministers of Pakistan and India", "the DGMOs of …": people of a country, so it is a party.
// "the political directors of France", "the DGMOs of …" (an initialism's plural): a country's people.
const PEOPLE_OF = new RegExp(`\\b(?:${CUES.peopleOfNouns.join('|')}|[A-Z]{2,}s\\)?)\\s+of\\s+(?:the\\s+)?$`);
// "Trump's special envoy for Ukraine and Russia", "the EU's representative on Kosovo": the countries of an
// official's remit are no parties of the official's contact.
const REMIT_BEFORE = new RegExp(`\\b(?:${CUES.remitHolders.join('|')})\\s+(?:for|on)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:and|&)\\s+(?:the\\s+)?)?$`, 'iu');
// "UK-China strategic dialogue", "Russia-Ukraine peace talks": up to two lower-case modifiers before the contact word.
const words = (list: readonly string[]) => list.map(escapeRegex).join('|');
const CONTACT_WORD_AFTER = new RegExp(`^\\s*(?:[-–]\\s*\\S+\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${words(CUES.pairContactWords)})\\b`, 'i');
// The name of a standing format: "the Japan-Philippines Foreign and Defence Ministerial Meeting", "… Strategic Dialogue".
const NAMED_CONTACT_AFTER = new RegExp(`^\\s*(?:[-–]\\s*\\S+\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*|and|of)\\s+){1,4}(?:${words(CUES.formatNameEnds)})\\b`, 'u');

// The nouns of the joint bodies (`jointBodies` without "the (joint)"), and the words that make a body joint.
const BODY_NOUNS = [...new Set(CUES.jointBodies.map((p) => p.replace(/^the\s+(?:joint\s+)?/i, '')))];
const BODY_MODIFIERS = 'bilateral|joint|intergovernmental|mixed';
// A joint body named after the pair: "the Kuwaiti-Iraqi Joint Technical Committee", "the India-China Working Group" (the
// body nouns capitalised as a name).
const NAMED_BODY_AFTER = new RegExp(
  `^\\s*(?:[-–]\\s*\\S+\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(?:${BODY_NOUNS.map((n) => capitalizeWords(n).replace(/\s+/g, '\\s+')).join('|')})\\b`,
  'u',
);

/** A contact word after a country of a hyphenated pair ("Japan-Philippines talks"), or a format's or a joint body's name. */
function pairNamesContact(text: string, end: number, after: string): boolean {
  return CONTACT_WORD_AFTER.test(after.replace(/^[-–]\s*\S+/, '')) || CONTACT_WORD_AFTER.test(after) || NAMED_CONTACT_AFTER.test(text.slice(end, end + 90)) || NAMED_BODY_AFTER.test(text.slice(end, end + 90));
}
// "urged Putin to … engage in talks": a contact others are pressed into, not one reported.
const URGED = new RegExp(`\\b(?:${CUES.urgingVerbs.join('|')})\\s+(?:\\S+\\s+){0,4}?to\\b`, 'i');
// "Lukashenko had invited Trump to visit Minsk", "invited Trump to attend the summit", "invited Iran for talks": the
// invitation is a proposed contact of inviter and invitee (the contact words follow within a few words).
const INVITED = new RegExp(`\\b(?:${CUES.invitationVerbs.join('|')})\\s+(?:\\S+\\s+){0,6}?(?:to|for)\\s+(?:\\S+\\s+){0,5}$`, 'i');
// "Modi was invited to attend …": the subject is the invitee, not the inviter.
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;
// "a meeting with Trump \"is not on the agenda for now\"": the predicate after the contact noun denies it.
const DENIED_AFTER = new RegExp(
  `^\\s*(?:(?:between|with|involving|by)\\s[^,;]{0,80}?)?\\s*["“]?(?:is|was|are|were|has been|had been|have been|will be|would be|remains|remained)\\s+(?:still\\s+|currently\\s+|now\\s+|also\\s+)?(?:${CUES.contactDenialsAfter.map((p) => escapeRegex(p).replace(/\s+/g, '\\s+')).join('|')})\\b`,
  'i',
);
// "Ramaphosa also hoped to meet Vance, but no such meeting took place": a hoped-for contact that did not happen.
// "The committee will meet again on the 19th", "The format has met twice": a body the two sides formed, opening the
// clause, continues the last pair's contacts without its people (like the sides' teams, `sideGroups`).
const JOINT_BODY_SUBJECT = new RegExp(`^\\s*(?:${CUES.jointBodies.map((p) => escapeRegex(p).replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
// "The practical work is run by a bilateral working group that met in Lviv on Tuesday", "proposed that the joint commission
// of historians meet in Kyiv": a joint body as the subject of the verb cue, wherever it stands in the clause.
const JOINT_BODY_BEFORE_VERB = new RegExp(
  `\\b(?:a|an|the|its|their)\\s+(?:(?:${BODY_MODIFIERS})\\s+)+(?:${BODY_NOUNS.map((p) => escapeRegex(p).replace(/\s+/g, '\\s+')).join('|')})(?:\\s+of\\s+[\\p{L}\\s-]{1,30}?)?(?:,[^,;]{1,40},)?\\s+(?:(?:that|which|who)\\s+)?(?:(?:has|had|have|will|would|last|first|also|again|then)\\s+){0,2}$`,
  'iu',
);
// "The two countries' culture ministers met", "a meeting of the two countries' anti-narcotics officials", "talks between
// the two sides": the people of the pair's two sides, a pair named before, not the people of the last contact.
// The pair as a noun phrase ("the two countries", "both sides"; `pairSubjects` but "the sides", which has no people).
const PAIR_NOUN_PHRASE = phraseAlternation(CUES.pairSubjects.filter((p) => p !== 'the sides'));
const PAIR_PEOPLE_BEFORE = new RegExp(`\\b(?:${PAIR_NOUN_PHRASE})['’]\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+,?\\s+(?:[^,;]{1,80},\\s+)?$`, 'iu');
// "The two sides held their first meeting in Baku", "Both countries will meet again in March": the pair opening the clause
// as the contact's own subject, with only lower-case words between; not "The two sides agreed that their ministers would meet".
const PAIR_SUBJECT = new RegExp(
  `^\\s*(?:${CUES.pairSubjects.map((p) => escapeRegex(p).replace(/\s+/g, '\\s+').replace(/^\p{Ll}/u, (c) => `[${c.toUpperCase()}${c}]`)).join('|')})\\s+(?:(?!(?:that|which|who|whose|whom)\\b)[\\p{Ll}-]+\\s+){0,6}$`,
  'u',
);
const PAIR_PEOPLE_AFTER = new RegExp(`^\\s+(?:of|between)\\s+(?:${PAIR_NOUN_PHRASE})\\b`, 'i');
// After the noun, its modifiers and appositive ("a phone call of almost an hour on Jan. 7"); before it, only a
// premodifier ("Tuesday's call", "the Jan. 7 call"), not a date of the clause before ("revoked in September, … for the visit").
// "travel to Brussels for talks", "visit Moscow in the autumn for the next round of the strategic dialogue": what the trip is for.
const TRIP_PURPOSE = new RegExp(`\\bfor\\s+(?:(?:the|a|an)\\s+)?(?:(?:${words(CUES.laterRoundWords)})\\s+)?$|\\bfor\\s*$`, 'i');
const DATED_AT_CUE = 40;
const DATED_BEFORE_CUE = 6;
const OPENING_OCCASION = /^\s*(?:At|During|Throughout)\s+(?:the|these|those|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const DID_NOT_HAPPEN = compilePhraseList(CUES.contactDidNotHappen, 'i');
const FUTURE_NEAR = /\b(?:will|would|shall|'ll|to be|is to|are to|plans? to|hopes? to|intends? to)\b[^,;]{0,40}$/i;
// "to hold the next round of talks" is still to come; "held the next round of talks" is not. The same for a
// contact noun right after "next" ("the next meeting of the commission would be held in India", "their next
// summit"): the next one has not happened yet. Not "next to": a position, not an occasion.
const NEXT_ROUND = /\bnext\s+round\b/i;
const NEXT_BEFORE_CUE = /\bnext\s+(?!to\b)(?:[\p{L}-]+\s+){0,2}$/iu;
// A later occasion named right before its contact noun ("another meeting", "the next high-level meeting").
const LATER_OCCASION = /\b(?:next|another|subsequent|follow-up)\s+(?!to\b)(?:[\p{L}-]+\s+){0,2}$/iu;
const ROUND_OF_BEFORE = new RegExp(`\\b(?:${words(CUES.laterRoundWords)})\\s+(?:round\\s+of\\s+)?$`, 'i');
const PAST_HOLDING = new RegExp(`\\b(?:${words(CUES.pastHoldingVerbs)})\\b`, 'i');
const ATTENDED = /\battend(?:s|ed|ing)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$/i;
// Every unscheduled phrase ("no date has been set", "will be scheduled", "no timetable") has one of these words.
const MAY_BE_UNSCHEDULED = /\b(?:no|not|yet|be|timing|timeline|timetable)\b/i;
// "he could play the role of pacemaker for a Trump–Kim meeting": a contact in a hypothetical.
const HYPOTHETICAL_VERB = /\b(?:could|might|may)\s+(?!(?:meet|hold|talk|visit|host|travel|sit|speak|call)\b)[a-z]+\b[^,;]*$/i;
const CUE_TEST = new RegExp(CONTACT_CUE_RE.source, 'iu');
// Cues that are verbs ("met", "hosted"): they need a subject, and what they report has happened or will.
const VERB_CUE = new RegExp(`^(?:${CUES.verbCues.map(escapeRegex).join('|')})\\b`, 'i');
const QUOTED = /[“"][^”"]{1,300}[”"]/g;
// "Question: Will Prime Minister Pashinyan visit Türkiye again?": a yes/no question asks whether there will be a contact.
const YES_NO_QUESTION = new RegExp(`^(?:[\\p{L} ]{1,20}:\\s*)?(?:${words(CUES.yesNoQuestionOpeners)})\\s[^?]*\\?[”"’']?\\s*$`, 'u');
// The pattern's optional speaker label makes every sentence cost a scan; without a question mark it cannot match.
const isYesNoQuestion = (text: string) => text.includes('?') && YES_NO_QUESTION.test(text);
// "On Tuesday he hosted …", "she later met …": a pronoun as the subject of the verb cue that follows.
// "He will travel on to Quito on Thursday", "she is due to visit …": an auxiliary may stand between them.
const PRONOUN_SUBJECT = new RegExp(`\\b(?:he|she)\\s+(?:(?:[a-z]+ly|${CUES.pronounSubjectBridges.map((p) => escapeRegex(p).replace(/\s+/g, '\\s+')).join('|')})\\s+){0,3}$`, 'i');
// "A second round is expected in Washington next month", "The first took place in Istanbul on 25 July": a round or
// an occasion of the talks just reported, its contact word left out (cues.json, talks and meeting).
const ELLIPTIC_CUE = /\bround$|^the\s+(?:first|previous|last|earlier)(?:\s+one)?$/i;
const QUOTE_MARKS = /["“”]/g;
const PLURAL_PRONOUN_SUBJECT = /(?:^|[,;]\s*|\band\s+)they\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|last\s+|first\s+)?$/i;
const SUPERSEDED_DATE = /\b(?:originally|initially|previously|first)\s+(?:planned|scheduled|set|due)\s+(?:for|on)\s+(?:the\s+)?$/i;
const COORDINATED_VERB = /\sand\s+(?:then\s+|later\s+|also\s+)?$/i;
const SECOND_PREDICATE = /,?\s+and\s+(?:is|was|are|were|will|would|has|had|plans?|then|later)\b/i;
const POSSESSOR_OF_AGENT = new RegExp(`^['’]s?\\s+(?:(?:[\\p{L}-]+\\s+){0,2}(?:${words(CUES.agentNouns)})|special\\s+envoy)\\b`, 'iu');
// "Russian and Ukrainian delegations": a demonym coordinated with another before the party noun.
const COORDINATED_DEMONYM = /^\s+(?:and|&)\s+[\p{Lu}][\p{L}.]+/u;
// "Rubio, who has long pushed for a hard line, spoke …": a relative clause says nothing about the contact's status.
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose)\b[^,]*,/g;
// The predicate after the contact noun, past its parties ("The summit between Xi and Modi has been postponed …",
// "the talks with Iran would take place …") or an inserted phrase ("The visit, announced Monday, will …").
const POST_AUX = /^\s*(?:(?:between|with|involving)\s[^,;]{0,80}?\s)?(?:,[^,]{0,60},\s*|\([^()]{0,40}\)\s*)?(?:was|were|is|are|has been|have been|had been|will be|would be|is being|got|will|would)\s+(?:\w+\s+)?/i;
// "…, that had been planned for August 31, has been postponed": a plan's date followed by the move is the old date.
const PLANNED_FOR = /\b(?:planned|scheduled|set|due|slated)\s+(?:for|on)\s+(?:the\s+)?$/i;
const MOVED = new RegExp(`\\b(?:${CUES.movedWords.map(escapeRegex).join('|')})\\b`, 'i');
// "…, officials said on Saturday", "…, the presidential office in Seoul said", "…, according to a statement on
// Monday": the tail says when and where the statement was made, not the contact.
const ATTRIBUTION_TAIL =
  /,\s+(?:(?:[^,]{0,60}?\s)?(?:said|says|told reporters|added|reported|announced|confirmed)(?:\s+(?:in\s+an?\s+(?:statement|briefing|interview|readout|post)|to\s+reporters|on\s+\w+|late\s+\w+|early\s+\w+|\w+day|yesterday|today)){0,3}|according\s+to\s+[^,;]{1,80}?)(?=[,.;]|\s*$)/g;
const MAY_ATTRIBUTE = / (?:said|says|told|added|reported|announced|confirmed|according to)\b/;

// "agreed on Monday to hold talks", "officials said on Saturday that …": the date of the decision or statement.
const STATEMENT_VERB_BEFORE = /\b(?:agreed|agree|agrees|decided|announced|confirmed|said|says|pledged|promised|vowed)(?:\s+on)?\s+$/i;
const CLAUSE_AFTER = /^,?\s+(?:that|to)\s/i;

/**
 * A date in a contact's segment that is not the contact's: the statement's (in an attribution tail or right
 * after a reporting or deciding verb), or a plan's old date ("originally planned for …", "planned for August 31
 * … has been postponed").
 */
function datesSomethingElse(text: string, d: DateMention, segEnd: number, attributions: ReadonlyArray<{ start: number; end: number }>, cue?: { start: number }): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  if (SUPERSEDED_DATE.test(before)) return true;
  if (PLANNED_FOR.test(before) && MOVED.test(text.slice(d.end, segEnd))) return true;
  if (isMovedAwayDate(text, d.start, d.end, segEnd)) return true;
  if (STATEMENT_VERB_BEFORE.test(before) && CLAUSE_AFTER.test(text.slice(d.end, d.end + 8))) return true;
  if (cue && insideReportedContent(text, d, cue)) return true;
  return inside(attributions, d);
}

// "Putin told Aliyev that Russian missiles were behind the crash last December, …, in a meeting that …": what was said
// holds its own dates; the occasion named after it, in a trailing adverbial, is dated by none of them.
const REPORTED_CONTENT = /\b(?:told|tells|said|says|assured|informed|acknowledged|admitted|conceded)\b[^,;]{0,60}?\bthat\b/gi;
const OCCASION_ADVERBIAL = /,\s+(?:in|at|during)\s+(?:a|an|the|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function insideReportedContent(text: string, d: DateMention, cue: { start: number }): boolean {
  if (d.end > cue.start || !OCCASION_ADVERBIAL.test(text.slice(Math.max(d.end, cue.start - 50), cue.start))) return false;
  REPORTED_CONTENT.lastIndex = 0;
  const content = REPORTED_CONTENT.exec(text.slice(0, d.start));
  return content !== null;
}

/** Spans of a sentence that report who said it, and when or where they said it. */
export function attributionSpans(text: string): Array<{ start: number; end: number }> {
  return MAY_ATTRIBUTE.test(text) ? execAll(ATTRIBUTION_TAIL, text).map((m) => ({ start: m.index!, end: m.index! + m[0].length })) : [];
}
const inside = (spans: ReadonlyArray<{ start: number; end: number }>, x: { start: number; end: number }) => spans.some((s) => x.start >= s.start && x.end <= s.end);

/** Countries a segment names as parties: not places, not a person's nationality, not topics. */
export function partyCountries(
  text: string,
  countries: CountryMention[],
  persons: PersonMention[],
  places: PlaceMention[],
  excluded: Array<{ start: number; end: number }> = [],
): string[] {
  const out: string[] = [];
  for (const c of countries) {
    if (places.some((p) => overlaps(p, c))) continue;
    if (persons.some((p) => c.start >= p.titleStart && c.end <= p.end)) continue;
    if (excluded.some((e) => overlaps(e, c))) continue;
    const after = text.slice(c.end, c.end + 40);
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    // "the Kuwaiti-Iraqi Joint Technical Committee held its twelfth meeting": a pair of nationality words naming a joint body.
    const pairedBody = (/^[-–]/.test(after) || /[-–]$/.test(before)) && NAMED_BODY_AFTER.test(text.slice(c.end, c.end + 90));
    if (c.kind === 'demonym' && !PARTY_NOUN_RE.test(after) && !pairedBody) {
      const coordinated = COORDINATED_DEMONYM.exec(after);
      if (!coordinated || !PARTY_NOUN_RE.test(text.slice(c.end + coordinated[0].length, c.end + coordinated[0].length + 40))) continue;
    }
    const hyphenAfter = /^[-–]/.test(after);
    if ((hyphenAfter || /[-–]$/.test(before)) && !pairNamesContact(text, c.end, after)) continue;
    if (TOPIC_AFTER.test(after)) continue;
    if (REMIT_BEFORE.test(before)) continue;
    // "the next round of the Japan-Philippines Strategic Dialogue": past the check above, a pair's first country
    // names the contact, so it is a party even after "of".
    if (TOPIC_BEFORE.test(before) && !PEOPLE_OF.test(before) && !hyphenAfter) continue;
    out.push(c.code);
  }
  return out;
}

const MAIN_PREDICATE = /^,\s*(?:was|were|has been|have been|had been|is|are|will be|would be)\s+(?:\w+\s+)?/i;
// What may follow a contact noun inside its noun phrase: "the next meeting of the HLCC", "talks between X and Y".
const NOUN_PHRASE_TAIL = /^(?:\s+(?:of|between|with|on)\s[^,;]{0,60})?\s*$/;

/** The status of a contact described by a relative clause after it (from `clauseEnd`): its words win over the default. */
function describedStatus(
  text: string,
  seg: { start: number; end: number; cue: Cue; windowStart: number },
  clauseEnd: number,
  unscheduledAt: () => readonly number[],
): { status: ContactStatus; explicit: boolean } {
  // "The sixth round …, which was due to be held in Muscat on 15 June, was cancelled": the predicate after the relative
  // clause is the contact's own, and a cancellation or a move there outranks what the relative clause says.
  const main = MAIN_PREDICATE.exec(text.slice(seg.end));
  if (main) {
    const predicate = text.slice(seg.end, seg.end + main[0].length + 25);
    if (STATUS_RES.cancelled.test(predicate)) return { status: 'cancelled', explicit: true };
    if (MOVED.test(predicate)) return { status: 'planned', explicit: true };
  }
  const read = readStatus(text, seg.start, clauseEnd, seg.cue, seg.windowStart, unscheduledAt);
  if (read.explicit) return read;
  const description = text.slice(clauseEnd, seg.end);
  for (const status of ['cancelled', 'proposed', 'planned'] as const) if (STATUS_RES[status].test(description)) return { status, explicit: true };
  return read;
}

// "The consultations between A and B, due in Warsaw on 3 December, are meant …", "a summit, scheduled for June,": a
// participle of scheduling right after the contact's noun phrase (and its parties) says the contact is to come. Not
// "originally scheduled for" (an old plan) nor "due in part to" (a cause).
const SCHEDULING_ASIDE =
  /^(?:\s+(?:between|with|involving)\s[^,;]{0,120}?)?,?\s+(?:(?:due|scheduled|planned|slated)\s+(?:for|on|in(?!\s+(?:part|large)\b)|at|next|later|this|early)|set\s+(?:for|on))\b/i;

const SCHEDULING_WORDS = /due|schedul|planned|slated|set /i;
const JOINT_BODY_WORDS = new RegExp(BODY_MODIFIERS, 'i');
const FUTURE_TIME_STARTS = ['next ', 'later ', 'tomorrow', 'coming ', 'weekend'];
/** A cheap test before FUTURE_TIME_AFTER: does the stretch hold a word that opens one of `futureTimes`? */
function mayNameFutureTime(text: string, from: number, to: number): boolean {
  for (const word of FUTURE_TIME_STARTS) {
    const at = text.indexOf(word, from);
    if (at >= 0 && at < to) return true;
  }
  return false;
}
/** "sits down with Y next month", "travels to Lima next week to meet Y": a present-tense contact word with a time to come after it, before the next comma. */
function presentWithTimeToCome(text: string, seg: { cue: Cue; end: number }): boolean {
  return PRESENT_VERB_CUE.test(seg.cue.text) && mayNameFutureTime(text, seg.cue.end, seg.end) && FUTURE_TIME_AFTER.test(text.slice(seg.cue.end, seg.end));
}

/** "The two countries' culture ministers met", "a meeting of the two countries' officials" (substring tests first). */
function namesPairPeople(text: string, before: string, cue: Cue, verbCue: boolean): boolean {
  if (!text.includes('two ') && !text.includes('both ') && !text.includes('Both ')) return false;
  return (verbCue && PAIR_PEOPLE_BEFORE.test(before)) || PAIR_PEOPLE_AFTER.test(text.slice(cue.end, cue.end + 40));
}

function jointBodyBeforeVerb(before: string): boolean {
  return JOINT_BODY_WORDS.test(before) && JOINT_BODY_BEFORE_VERB.test(before);
}

function datedAtCue(date: DateMention, cue: Cue): boolean {
  return date.start >= cue.end ? date.start - cue.end <= DATED_AT_CUE : cue.start - date.end <= DATED_BEFORE_CUE;
}

const PRESENT_VERB_CUE = /^(?:meets?|sits?\s+down|hosts?|visits?|receives?|speaks?|talks?|travels?)\b/i;
// Not "next month's summit" (a thing of that time) nor "plans for next month" (what the contact is about).
const FUTURE_TIME_AFTER = new RegExp(`^[^,;]*?(?<!\\b(?:for|of|until|before|by|about|on)\\s)\\b(?:${words(CUES.futureTimes)})\\b(?!['’]s)`, 'i');

function readStatus(
  clauseText: string,
  segStart: number,
  segEnd: number,
  cue: Cue,
  windowStart: number,
  unscheduledAt: () => readonly number[],
): { status: ContactStatus; explicit: boolean } {
  const relative = clauseText.includes(', wh');
  const blank = (t: string) => (relative ? t.replace(RELATIVE_CLAUSE, (m) => ' '.repeat(m.length)) : t);
  const segment = blank(clauseText.slice(segStart, segEnd));
  const pre = blank(clauseText.slice(windowStart, cue.end));
  const post = clauseText.slice(cue.end, segEnd);
  const aux = POST_AUX.exec(post);
  const postWindow = aux ? post.slice(0, aux[0].length + 25) : '';
  if (STATUS_RES.cancelled.test(segment) || STATUS_RES.cancelled.test(pre)) return { status: 'cancelled', explicit: true };
  if (STATUS_RES.proposed.test(pre) || STATUS_RES.proposed.test(postWindow)) return { status: 'proposed', explicit: true };
  if (
    STATUS_RES.planned.test(pre) ||
    STATUS_RES.planned.test(postWindow) ||
    (SCHEDULING_WORDS.test(post) && SCHEDULING_ASIDE.test(post)) ||
    FUTURE_NEAR.test(clauseText.slice(windowStart, cue.start)) ||
    ((NEXT_ROUND.test(pre) || NEXT_BEFORE_CUE.test(clauseText.slice(windowStart, cue.start))) && !PAST_HOLDING.test(pre))
  ) {
    // "had been planned" / "was planned for Tuesday" that then happened is still planned wording; fine.
    return { status: 'planned', explicit: true };
  }
  // "A Trump visit to Beijing has been discussed for months, but no date has been set": not yet held. Not
  // "…met on Friday, but no date has been set for a second meeting": that names its own contact.
  // Only a contact noun can be left unscheduled ("a visit … has been discussed"); "they met" happened.
  if (!VERB_CUE.test(cue.text)) {
    const unscheduled = unscheduledAt().find((at) => at >= cue.end);
    if (unscheduled !== undefined && !CUE_TEST.test(clauseText.slice(unscheduled))) return { status: 'planned', explicit: true };
  }
  return { status: 'held', explicit: false };
}

// "Britain would only resume talks on a cyber agreement if China stops …", "would return to talks only if …",
// "he could meet Xi again at the APEC summit if both leaders attend": a contact offered on a condition, or
// imagined on one, is a position, not a planned contact (the condition extractor reports it).
const CONDITIONAL_CONTACT = CUES.conditionalContact;
const COUNTED_GROUP = new RegExp(`\\b[Tt]he\\s+(${Object.keys(CUES.countedGroups.numbers).join('|')})\\s+(?:${CUES.countedGroups.nouns.join('|')})\\b`, 'i');
const PURPOSE_TARGET = new RegExp(`\\bto\\s+(?:${CUES.purposeVerbs.join('|')})\\s+[^,;]{1,60}?\\s+to\\b`, 'g');
const LIMITER_BEFORE = new RegExp(`\\b(?:${CONDITIONAL_CONTACT.limiters.join('|')})\\s+(?:[a-z-]+\\s+){0,2}$`);
const CONDITION_AFTER = new RegExp(`^[^.;]{0,80}?\\b(?:${CONDITIONAL_CONTACT.conditions.join('|')})\\b`, 'i');
const IF_AFTER = new RegExp(`^[^.;]{0,80}?\\b(?:${CONDITIONAL_CONTACT.looseConditions.join('|')})\\b`, 'i');

// "…would postpone the decision only if Iran resumed full cooperation … and returned to negotiations with the United
// States": a contact inside the condition itself is imagined. A new main clause after the condition ("Unless the talks
// fail, Trump will visit …") ends it.
const CONDITION_WORDS = new RegExp(`\\b(?:${CONDITIONAL_CONTACT.conditions.join('|')})\\b`, 'gi');
const NEW_MAIN_CLAUSE = /,\s+(?:[^,;]{1,60}?\s)?(?:will|would|could|may|might|should|must|is|are|was|were|has|have|had|can)\b|[;:]/u;

function insideCondition(text: string, cue: Cue): boolean {
  const from = Math.max(0, cue.start - 160);
  const window = text.slice(from, cue.start);
  let end = -1;
  for (const m of execAll(CONDITION_WORDS, window)) end = m.index! + m[0].length;
  return end >= 0 && !NEW_MAIN_CLAUSE.test(window.slice(end));
}

function conditional(text: string, cue: Cue): boolean {
  const after = text.slice(cue.end, cue.end + 100);
  if (CONDITION_AFTER.test(after)) return true;
  if (insideCondition(text, cue)) return true;
  return LIMITER_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start)) && IF_AFTER.test(after);
}

// "held separate meetings with Serbian and Kosovo negotiators": one contact with each side, not a trilateral.
const SEPARATE = /\bseparate\s+(?:[a-z-]+\s+)?(?:meetings|talks|calls|phone calls)\b/i;
// The same for a trip to two capitals: "would travel to Belgrade and Pristina next week" is a visit to each.
const TWO_DESTINATIONS = /^\s+(?:to\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+and\s+(?:the\s+)?\p{Lu}/u;

function separateContacts(r: SegmentReading, text: string, cue: Cue, countriesIn: CountryMention[], people: PersonMention[]): SegmentReading[] {
  if (r.kind !== 'new' || r.countries.length < 3) return [r];
  if (!SEPARATE.test(text.slice(Math.max(0, cue.start - 25), cue.end)) && !(r.mode === 'visit' && TWO_DESTINATIONS.test(text.slice(cue.end, cue.end + 60)))) return [r];
  // Each side named in the phrase after the cue ("with Serbian and Kosovo negotiators") met, alone, the one
  // side named before it.
  const comma = text.slice(cue.end).search(/[,;]/);
  const phraseEnd = comma < 0 ? text.length : cue.end + comma;
  const where = (at: number) => (at < cue.start ? 'before' : at < phraseEnd ? 'phrase' : 'later');
  const named = (part: string) => new Set([...people.filter((p) => where(p.start) === part).map((p) => p.country), ...countriesIn.filter((c) => where(c.start) === part).map((c) => c.code)]);
  const inPhrase = named('phrase');
  const beforeCue = named('before');
  const others = r.countries.filter((c) => inPhrase.has(c));
  const hosts = r.countries.filter((c) => !others.includes(c) && beforeCue.has(c));
  if (hosts.length !== 1 || others.length < 2) return [r];
  const host = hosts[0];
  return others.map((other) => ({
    ...r,
    countries: [host, other],
    persons: r.persons.filter((p) => p.country === null || p.country === host || p.country === other),
    // Each trip is to its own destination.
    place: r.mode === 'visit' ? (r.places.find((p) => p.country === other) ?? null) : r.place,
  }));
}

// "The format has met twice this year, in Geneva in March and in New York in July": a counted contact whose occasions
// are listed, each with its place or its time, is one contact per occasion. A bare count ("have met three times") says
// only that they know each other: background (cues.json history).
const COUNT_WORDS = new RegExp(`\\b(?:${CUES.countedOccasions.join('|')})\\b`, 'i');

function countedOccasions(
  r: SegmentReading,
  text: string,
  ctx: SentenceContext,
  historicalFor: (occasionText: string, date: DateMention | null) => boolean,
): SegmentReading[] | null {
  if (r.kind === 'none' || !r.historical) return null;
  const count = COUNT_WORDS.exec(text.slice(r.start, r.end));
  if (!count) return null;
  const from = r.start + count.index + count[0].length;
  const places = ctx.places.filter((p) => p.start >= from && p.end <= r.end).sort((a, b) => a.start - b.start);
  const dates = ctx.dates.filter((d) => d.start >= from && d.end <= r.end).sort((a, b) => a.start - b.start);
  // Each listed place with the time named after it (before the next place); with no places, each time is an occasion.
  const occasions: Array<{ place: PlaceMention | null; date: DateMention | null }> =
    places.length > 0
      ? places.map((place, i) => ({ place, date: dates.find((d) => d.start >= place.end && (i + 1 >= places.length || d.end <= places[i + 1].start)) ?? null }))
      : dates.map((date) => ({ place: null, date }));
  if (occasions.length < 2) return null;
  // The sentence without its count word, so that the count itself no longer marks it as background.
  const uncounted = text.slice(r.start, r.start + count.index) + text.slice(from, r.end);
  return occasions.map(({ place, date }) => ({
    ...r,
    place,
    places: place ? [place] : [],
    dateMention: date,
    historical: historicalFor(uncounted, date),
  }));
}

function toSentenceSpan<T extends { start: number; end: number }>(items: T[], offset: number, end: number): T[] {
  return items.filter((i) => i.start >= offset && i.end <= end);
}

/**
 * Read every contact segment of one sentence. Pure: the same sentence context gives the same readings,
 * whatever came before it in the article.
 */
/** What a sentence may point back to in the one before it, in the same paragraph. */
export interface PreviousSentence {
  /** The first person with a country named there ("he" in "On Tuesday he hosted …"). */
  subject: PersonMention | null;
  /** The countries named there ("the three leaders" after "Canada, Australia and India announced …"). */
  countries: readonly string[];
}

export function readSentence(ctx: SentenceContext, refYear: number | null, published: string | null, previous: PreviousSentence | null = null): SegmentReading[] {
  const text = ctx.sentence.text;
  const readings: SegmentReading[] = [];
  // Most sentences have no cue at all: the context's cheap test already said so.
  if (!ctx.mayHoldContact) return readings;
  const sentenceCues = findCues(text, ctx.cueStarts ?? SCAN_ALL);
  if (sentenceCues.length === 0) return readings;
  const clauses = splitClauses(text);
  const attributions = attributionSpans(text);
  // Dates before this offset are in a wire dateline ("WASHINGTON, Sept 20 (Reuters) -"): the story's, not a contact's.
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? 0;
  let previousClauseHistorical = false;
  clauses.forEach((clause, i) => {
    const cues = sentenceCues.filter((c) => c.start >= clause.start && c.end <= clause.end);
    if (cues.length === 0) {
      previousClauseHistorical = false;
      return;
    }
    // "Previous attempts …, including a process that collapsed in December when a planned summit … was cancelled": a
    // "when" clause hanging on background is background too. So is a "where"/"when" clause after a contact read as
    // background: "paid a working visit to Istanbul on 20 June 2025, where he met President Erdoğan" met him then.
    const past =
      (clause.marker === 'when' && i > 0 && (clauses[i - 1].historical || HISTORY_RE.test(clauses[i - 1].text))) ||
      ((clause.marker === 'where' || clause.marker === 'when') && previousClauseHistorical);
    const read = readClause(ctx, past ? { ...clause, historical: true } : clause, cues, attributions, datelineEnd, refYear, published, previous);
    previousClauseHistorical = read.some((r) => r.historical);
    readings.push(...read);
  });
  // "Ramaphosa also hoped to meet Vance, but no such meeting took place": the hope named before is not a contact.
  const unfulfilled = readings.some((r) => r.status === 'proposed') ? DID_NOT_HAPPEN.exec(text) : null;
  if (unfulfilled) for (const r of readings) if (r.status === 'proposed' && r.start < unfulfilled.index) r.kind = 'none';
  const pastSpans = clauses.filter((c) => c.historical);
  // A sentence-level date (e.g. in an opening phrase) belongs to the only contact of the sentence.
  const fresh = readings.filter((r) => r.kind !== 'none');
  if (fresh.length === 1 && !fresh[0].dateMention) {
    const cue = sentenceCues.find((c) => c.start >= fresh[0].start && c.end <= fresh[0].end);
    const free = ctx.dates.filter(
      (d) =>
        d.start >= datelineEnd &&
        !readings.some((r) => r !== fresh[0] && d.start >= r.start && d.end <= r.end) &&
        !pastSpans.some((c) => d.start >= c.start && d.end <= c.end) &&
        !datesSomethingElse(text, d, fresh[0].end, attributions, cue) &&
        // An opening date followed by the cancelling verb dates the cancellation ("On Oct 31, the U.S. cancelled …").
        !(fresh[0].status === 'cancelled' && cancellationVerbAt(text, d.end, fresh[0].end) >= 0),
    );
    if (free.length === 1) fresh[0].dateMention = free[0];
  }
  return readings;
}

function readClause(
  ctx: SentenceContext,
  clause: Clause,
  cues: Cue[],
  attributions: ReadonlyArray<{ start: number; end: number }>,
  datelineEnd: number,
  refYear: number | null,
  published: string | null,
  previous: PreviousSentence | null,
): SegmentReading[] {
  const text = ctx.sentence.text;
  const clauseText = text.slice(clause.start, clause.end);
  // "a phone call …, which the White House said was requested by Beijing": the relative clause names the initiator.
  const relative = /^,?\s*which\b[^,;]*/.exec(text.slice(clause.end));
  const initiatorText = relative ? text.slice(clause.start, clause.end + relative[0].length) : clauseText;
  const { match: initiator, office: initiatorOffice } = findInitiator(initiatorText, ctx, clause.start);

  // One segment per cue; a later cue that brings no parties of its own is the same event ("discussed … in a call on Saturday").
  // `subject`: the person a new predicate of the same sentence still talks about ("…, and is due to visit Panama").
  type Seg = { cue: Cue; start: number; end: number; windowStart: number; subject?: PersonMention };
  const segs: Seg[] = [];
  cues.forEach((cue, i) => {
    if (i === 0) {
      segs.push({ cue, start: clause.start, end: clause.end, windowStart: clause.start });
      return;
    }
    const npStart = nounPhraseStart(text, cue.start, segs[segs.length - 1].cue.end);
    const prev = segs[segs.length - 1];
    // Own parties: people after the noun phrase starts, or countries inside it ("the first EU-UK summit").
    const ownPeople =
      ctx.persons.some((p) => p.start >= npStart && p.start < clause.end) ||
      ctx.countries.filter((c) => c.start >= npStart && c.end <= cue.start).length >= 2 ||
      (ctx.countries.some((c) => c.start >= npStart && c.end <= cue.start) && /[-–]\s*$/.test(text.slice(npStart, cue.start).replace(/\S+\s*$/, '')));
    const between = text.slice(prev.cue.end, npStart);
    // "On 14 February, on the sidelines of the Munich Security Conference, X met with Y": an opening gathering with no
    // one named in it is the occasion of the contact that follows; its date and place are that contact's.
    // The gathering's phrase may end at a comma before the contact's own subject: "In Kuala Lumpur on Thursday, on the
    // sidelines of the ASEAN meetings, Lavrov held his first meeting with Rubio". Its own head noun ("the ASEAN
    // meeting") stays the gathering.
    // Not a contact noun that took in a gathering named after it ("denied reports about a meeting … on the sidelines of
    // the X Conference, stressing that the meeting …"): that gathering is where the first contact was to be, no opening.
    const occasion = (prev.cue.gathering && !cues.some((c) => c.gathering && c.start > prev.cue.start && c.start < cue.start)) || (segs.length === 1 && prev.cue.mode === 'summit' && FRONTED_OCCASION.test(text.slice(clause.start, prev.cue.start)));
    if (occasion && !ctx.persons.some((p) => p.start >= prev.start && p.end <= openingPhraseEnd(text, prev.cue.end, npStart))) {
      prev.cue = cue.start - prev.cue.end <= 1 ? { ...cue, gathering: true } : cue;
      return;
    }
    // "travel to Brussels … for a further round of talks": the purpose is the same event, and names it.
    // Not "to Tianjin for the SCO summit": a multilateral summit is the occasion, not the bilateral contact.
    // "will travel on to Quito on Thursday to meet Noboa": the meeting the trip is for, the same event.
    if (prev.cue.mode === 'visit' && (cue.mode === 'talks' || cue.mode === 'meeting') && (TRIP_PURPOSE.test(between) || (/\bto\s*$/i.test(between) && VERB_CUE.test(cue.text)))) {
      prev.cue = { ...prev.cue, mode: cue.mode, trip: true };
      return;
    }
    // "Kellogg visited Minsk on June 21 and met Lukashenko": whom a visitor meets on the trip is the visit's party, and a
    // verb joined to another shares its subject ("called Lavrov on Monday and met Zelensky on Tuesday") — one whose
    // country is known: a subject of unknown side would make a one-sided contact.
    const coordinated = VERB_CUE.test(cue.text) && COORDINATED_VERB.test(between);
    const sharedSubject = coordinated ? ctx.persons.find((p) => p.start >= clause.start && p.end <= prev.cue.start && p.country !== null) : undefined;
    if (sharedSubject && prev.cue.mode === 'visit') return;
    // "spoke by phone on Thursday with X, and is due to visit Panama on Saturday": a second predicate, a second event.
    const predicate = SECOND_PREDICATE.exec(between);
    if (predicate && !ownPeople && cue.mode !== prev.cue.mode) {
      const at = prev.cue.end + predicate.index;
      const subject = ctx.persons.find((p) => p.start >= clause.start && p.end <= prev.cue.start);
      prev.end = at;
      segs.push({ cue, start: at, end: clause.end, windowStart: at, subject });
      return;
    }
    // "spoke with Netanyahu by phone": an adverbial cue only says how the same contact happened.
    const adverbial = /^(?:by|over|via)\b/i.test(cue.text);
    // "met on Friday and agreed to hold another meeting", "will report before the next meeting": a later
    // occasion, not the same contact, even with no parties of its own (the pair carries over to it).
    const later = LATER_OCCASION.exec(text.slice(prev.cue.end, cue.start));
    const laterOccasion = later !== null;
    if ((!ownPeople && !laterOccasion) || adverbial) {
      // The first cue names the event ("met … the first visit"); a vague first cue ("discussed … in a call") yields.
      // "held talks … on his first visit" stays talks; "held talks by phone" is a call.
      const yields = prev.cue.mode === 'other' || (prev.cue.mode === 'talks' && cue.mode === 'call');
      const mode = yields ? strongerMode(prev.cue.mode, cue.mode) : prev.cue.mode;
      prev.cue = { ...prev.cue, mode, gathering: prev.cue.gathering || cue.gathering };
      return;
    }
    // The segment of a later occasion starts at "next"/"another", which marks it as a continuation.
    const start = later ? Math.min(npStart, prev.cue.end + later.index) : npStart;
    prev.end = start;
    segs.push({ cue, start, end: clause.end, windowStart: Math.max(prev.cue.end, start - 30), subject: sharedSubject });
  });

  // "…the next meeting of the HLCC, which will be held in Greece in 2027", "The Japan–China–South Korea summit, which Japan
  // had hoped to hold in Tokyo in January, …": a relative clause right after the contact's noun phrase describes the
  // contact, so its date, place and status words are the contact's.
  const described = relative && segs.length > 0 && NOUN_PHRASE_TAIL.test(text.slice(segs[segs.length - 1].cue.end, clause.end)) ? segs[segs.length - 1] : null;
  if (described) described.end = clause.end + relative![0].length;
  // Where the sentence says a contact is unscheduled ("no date has been set"): found once, when first needed,
  // and only looked for where the sentence has a negation or a future passive at all.
  let unscheduled: number[] | null = null;
  const unscheduledAt = () => (unscheduled ??= MAY_BE_UNSCHEDULED.test(text) ? execAll(UNSCHEDULED_ALL_RE, text).map((m) => m.index!) : []);
  const statusText = initiator ? text.slice(0, initiator.span.start) + ' '.repeat(initiator.span.end - initiator.span.start) + text.slice(initiator.span.end) : text;
  const hedged = /\b(?:could|might|may)\s/i.test(text);
  const quoted = text.includes('"') || text.includes('“');
  const out: SegmentReading[] = [];
  for (const seg of segs) {
    const span = { start: seg.start, end: seg.end };
    const segText = text.slice(seg.start, seg.end);
    const persons = toSentenceSpan(ctx.persons, seg.start, seg.end);
    const places = toSentenceSpan(ctx.places, seg.start, seg.end).filter((p) => !inside(attributions, p));
    const countriesIn = toSentenceSpan(ctx.countries, seg.start, seg.end);
    // "…, Oman's foreign minister said": who reports the contact is not a party to it.
    const excluded = initiator ? [initiator.span, ...attributions] : [...attributions];
    // "… met in Washington to press Sudan's warring parties to accept a truce": those pressed are the target.
    for (const m of execAll(PURPOSE_TARGET, segText)) excluded.push({ start: seg.start + m.index!, end: seg.start + m.index! + m[0].length });
    let parties = partyCountries(text, countriesIn, persons, places, excluded);
    // "At the invitation of Erdoğan, Mitsotakis paid an official visit": who invited is the initiator; the
    // invitation does not make the visit a proposal.
    const read = seg === described ? describedStatus(statusText, seg, clause.end, unscheduledAt) : readStatus(statusText, seg.start, seg.end, seg.cue, seg.windowStart, unscheduledAt);
    // The date nearest the cue is the contact's; one in the dateline is the story's.
    // "On October 31, the U.S. decided to cancel a planned summit": a date that comes before the cancelling
    // verb, with the contact named after it, dates the cancellation, not the contact.
    const cancelAt = read.status === 'cancelled' ? cancellationVerbAt(text, seg.start, seg.cue.start) : -1;
    const dates = ctx.dates
      .filter((d) => d.start >= seg.start && d.end <= seg.end && d.start >= datelineEnd)
      .filter((d) => !(cancelAt >= 0 && d.end <= cancelAt))
      // "originally planned for 28 April, … would now take place on 19 May": the old date is not the contact's.
      .filter((d) => !datesSomethingElse(text, d, seg.end, attributions, seg.cue))
      .sort((a, b) => distance(a, seg.cue) - distance(b, seg.cue));
    // "When X sits down with Y next month", "X visits Beijing later this week": a verb in the present with a time to
    // come after it, in the same stretch of the clause, reports a plan.
    const { status, explicit } = !read.explicit && presentWithTimeToCome(text, seg) ? { status: 'planned' as const, explicit: true } : read;
    // A call has no place, a proposal's comes after its contact noun, a seat is no venue (contact-place.ts).
    // A trip for talks is still a trip to its destination ("visit Moscow … for the next round").
    const { place, venues } = contactPlace(text, seg, seg.cue.trip ? { ...seg.cue, mode: 'visit' } : seg.cue, status, places, ctx.places.filter((p) => !inside(attributions, p)));
    const before = text.slice(seg.start, seg.cue.start);
    // "Trump's special envoy, Richard Grenell, held talks": the possessor sent someone; he is not there.
    let people = dedupePersons(persons.filter((p) => !POSSESSOR_OF_AGENT.test(text.slice(p.end, p.end + 60))));
    if (seg.subject && !people.some((p) => p.name === seg.subject!.name)) people = [seg.subject, ...people];

    // "Rubio said discussions with Lavrov…": the speaker of the sentence is the other party.
    if (people.length === 1 && /\bwith\s+(?:\S+\s+){0,6}$/.test(text.slice(seg.cue.end, people[0].start) + ' ') && people[0].start > seg.cue.end) {
      const speaker = ctx.persons.find((p) => p.end <= seg.start && p.name !== people[0].name && p.country !== people[0].country);
      if (speaker) people = [speaker, ...people];
    }
    // "…, where he could meet Xi": the pronoun is the sentence's first-named person.
    const previousSubject = previous?.subject ?? null;
    if (people.length === 1 && /\b(?:he|she)\b/i.test(before)) {
      const subject = ctx.persons.find((p) => p.end <= seg.start && p.name !== people[0].name);
      if (subject) people = [subject, ...people];
      // "… met Bislimi in Brussels on Monday. On Tuesday he hosted Petković": a pronoun subject right before the
      // verb, with no one named before it, is the previous sentence's subject.
      else if (previousSubject && previousSubject.country !== people[0].country && PRONOUN_SUBJECT.test(before) && !ctx.persons.some((p) => p.end <= seg.cue.start && p.start < people[0].start)) {
        people = [{ ...previousSubject, start: seg.cue.start, end: seg.cue.start, titleStart: seg.cue.start }, ...people];
      }
    }
    const invited = INVITED.test(before);
    const urged = !invited && URGED.test(before);
    // "no interest in talks", "ruled out a meeting", "did not meet", "no meeting … is planned", "a meeting with X is
    // not on the agenda", "denied reports of a meeting": the contact is denied, not reported.
    const denied =
      // Quote marks are dropped first: 'had "no interest" in talks'.
      (CONTACT_NEGATION_RE.test(text.slice(Math.max(seg.start, seg.cue.start - 40), seg.cue.start).replace(QUOTE_MARKS, '')) ||
        (!VERB_CUE.test(seg.cue.text) && DENIED_AFTER.test(text.slice(seg.cue.end, seg.cue.end + 140))) ||
        insideDeniedReport(text, seg.cue.start)) &&
      status !== 'cancelled';
    // "whether Xi will hold a bilateral meeting with Modi" is a question, not a contact.
    const np = text.slice(nounPhraseStart(text, seg.cue.start, seg.start), seg.cue.start);
    const hypothetical =
      // "expected to attend a regional meeting": a multilateral occasion, not a contact of the parties named.
      (!invited && ATTENDED.test(text.slice(Math.max(seg.start, seg.cue.start - 60), seg.cue.start))) ||
      /\b(?:whether|if|unclear when|not clear when|not known when|(?:not|n't|declined to) (?:say|disclose|specify|announce) when)\b/i.test(text.slice(Math.max(0, seg.cue.start - 60), seg.cue.start)) ||
      (hedged && HYPOTHETICAL_VERB.test(text.slice(Math.max(seg.start, seg.cue.start - 80), seg.cue.start))) ||
      // "any talks with Pakistan would be …", "any resumption of talks": a class of contacts, not one.
      /\bany\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(seg.start, seg.cue.start - 30), seg.cue.start)) ||
      conditional(text, seg.cue) ||
      isYesNoQuestion(text) ||
      (quoted && quotedWithoutParties(text, seg.cue, ctx));
    // A loop, not map().filter(): the arrays map() returns here change hidden class with their contents, and each
    // new one deoptimized this (large) function, which V8 then compiled again.
    const peopleCountries: string[] = [];
    for (const p of people) if (p.country !== null) peopleCountries.push(p.country);
    // With people of two or more countries named, the countries are theirs; other countries in the clause are context.
    // People of one side only ("Iran's deputy ministers A and B received the political directors of France, …") leave
    // the other side to the countries named as parties.
    const countries = unique(people.length >= 2 && unique(peopleCountries).length >= 2 ? peopleCountries : [...peopleCountries, ...parties]);
    // "Canada, Australia and India announced … The three leaders met briefly": as many countries as the sentence
    // before named, and no one named here.
    const counted = COUNTED_GROUP.exec(before);
    if (counted && people.length === 0 && countries.length === 0 && previous) {
      const named = unique([...previous.countries]);
      if (named.length === CUES.countedGroups.numbers[counted[1].toLowerCase() as keyof typeof CUES.countedGroups.numbers]) countries.push(...named);
    }
    // A visit's other parties are where the visitor goes ("travel to Tianjin", "visit the White House", "travel
    // to Cairo and Addis Ababa").
    const destinations = (seg.cue.mode === 'visit' || seg.cue.trip) && place ? venues.filter((p) => p.country && p.start >= seg.cue.start) : [];
    for (const destination of destinations) {
      // "travel to Brussels" visits the EU when the text uses Brussels as the EU's name.
      const named = ctx.countries.find((c) => c.kind === 'metonym' && c.start >= destination.start && c.end <= destination.end)?.code ?? destination.country!;
      if (!countries.includes(named)) countries.push(named);
    }
    const historical =
      clause.historical ||
      isHistoricalSegment(segText, people, dates, refYear) ||
      (status === 'held' && dates.length > 0 && isLastYearBackground(dateOf(dates[0], published, status).value, published));

    // Only a determiner on the cue's own noun phrase refers back ("the call"); "The leader will visit" does not.
    const definite = DEFINITE.test(np.trim());
    // "the next round of talks": the noun phrase stops at "of", the round is the continuation.
    const continuation = CONTINUATION_RE.test(np) || ELLIPTIC_CUE.test(seg.cue.text) || /\b(?:once more|again)\b/i.test(segText) || ROUND_OF_BEFORE.test(before);
    // "The technical teams met by videoconference on Tuesday": the two sides' teams, not the people of the last contact.
    // "The committee, known as "the mechanism", will meet again on the 19th": a joint body of the two sides as the subject.
    const verbCue = VERB_CUE.test(seg.cue.text);
    const pairPeople = namesPairPeople(text, before, seg.cue, verbCue);
    const pairSubject = PAIR_SUBJECT.test(before);
    const sides = SIDE_GROUP_RE.test(before) || JOINT_BODY_SUBJECT.test(before) || (verbCue && jointBodyBeforeVerb(before)) || pairPeople;
    const group =
      sides ||
      GROUP_REFERENCE_RE.test(before) ||
      /\bboth\s+(?:sides|men|leaders|ministers)\b/i.test(before) ||
      // "… with Guterres when they meet in New York": "they" right before the verb, the pair just named.
      (clause.marker === 'when' && /^when\s+they\s+$/i.test(before.trimStart())) ||
      // "The two presidents have not met since she took office; they last spoke by phone on July 31": "they" as the
      // subject right before the verb, with no one named in the clause before it, is the pair the sentence names.
      (PLURAL_PRONOUN_SUBJECT.test(before) && !persons.some((p) => p.start < seg.cue.start));

    // A verb cue needs its subject: "Putin met Xi", not "analysts discussed Putin and Xi".
    const subjectBefore =
      people.some((p) => p.start < seg.cue.start) ||
      countriesIn.some((c) => c.start < seg.cue.start) ||
      /\b(?:he|she|they|both|the two)\b/i.test(before) ||
      sides;
    // "…raised it with Starmer when the two leaders met": the group is the pair the sentence names.
    // Only for a verb ("the two leaders met"), not for what they agreed to ("both leaders agreed to begin negotiations").
    if (group && people.length < 2 && verbCue) {
      const named = dedupePersons(ctx.persons.filter((p) => p.country !== null));
      if (named.length === 2 && named[0].country !== named[1].country) {
        people = named;
        countries.splice(0, countries.length, ...unique(named.map((p) => p.country!)));
      }
    }
    const pairNamed = countries.length + people.filter((p) => p.country === null).length >= 2 && (people.length >= 2 || countries.length >= 2);
    // "The meeting was attended by X and Y", "Baku described the meeting as constructive": a definite contact
    // noun that names no parties of its own ("between …", "with …", "the Trump–Putin summit") refers back.
    const npNamesParties = ctx.persons.some((p) => p.start >= seg.cue.start - np.length && p.end <= seg.cue.start) || ctx.countries.some((c) => c.start >= seg.cue.start - np.length && c.end <= seg.cue.start);
    const namesOwnParties = npNamesParties || /^\s*(?:\S+\s+){0,3}?(?:between|with)\b/.test(text.slice(seg.cue.end));
    // "invited Modi to attend the summit": the invitation itself is new, whatever the summit's article.
    // "At the talks Choe repeated that the DPRK will never accept negotiations …, whatever Washington proposes": a definite
    // occasion opening the clause is the contact already reported; the countries after it are what was said there.
    const openingOccasion = OPENING_OCCASION.test(text.slice(clause.start, seg.cue.start)) && !namesOwnParties;
    const definiteSameSide = openingOccasion || (definite && !invited && !verbCue && !namesOwnParties && (countries.length < 2 || !/\b(?:held|had|hold|holds|holding|conducted)\s+(?:\S+\s+){0,3}$/i.test(before)));
    let kind: SegmentKind = 'none';
    if (urged || hypothetical || denied) kind = 'none';
    else if (verbCue && !subjectBefore && !(counted && countries.length > 0)) kind = 'none';
    // "A second round is expected …" reports a round; "no date has been set for a next round" only mentions one.
    else if (ELLIPTIC_CUE.test(seg.cue.text) && !/^\s*(?:a|an|the)?\s*$/i.test(before)) kind = 'none';
    else if (definiteSameSide) kind = 'anaphor';
    else if (pairNamed) kind = 'new';
    else if ((continuation || group) && (dates.length > 0 || place !== null || ((continuation || pairPeople) && explicit && status !== 'held'))) kind = 'continuation';
    else if (seg.cue.gathering) kind = people.length >= 1 && countries.length >= 2 ? 'new' : 'none';
    else if (definite || group) kind = 'anaphor';
    if (seg.cue.gathering && kind === 'new' && people.length < 2) kind = 'continuation';
    parties = countries;
    const reading: SegmentReading = {
      kind,
      mode: seg.cue.mode,
      status,
      statusExplicit: explicit,
      persons: people,
      countries: parties,
      dateMention: dates[0] ?? null,
      place,
      places: venues,
      initiator: initiator?.code ?? officeHolderCountry(initiatorOffice, people),
      initiatorOffice,
      historical,
      gathering: seg.cue.gathering,
      sides,
      pairPeople,
      pairSubject,
      datedAtCue: dates.length > 0 && datedAtCue(dates[0], seg.cue),
      elliptic: ELLIPTIC_CUE.test(seg.cue.text),
      start: seg.start,
      end: seg.end,
    };
    const occasions = countedOccasions(reading, text, ctx, (occasionText, date) => clause.historical || isHistoricalSegment(occasionText, people, date ? [date] : [], refYear));
    out.push(...(occasions ?? separateContacts(reading, text, seg.cue, countriesIn, people)));
  }
  // The initiator phrase belongs to the first segment; a proposer is the initiator of a proposed contact.
  // The one who offers or proposes a contact initiates it: the person or government named before the offer.
  for (const r of out) {
    if (r.status !== 'proposed' || r.initiator) continue;
    // The offer may open the clause before this segment ("Kyiv had … also proposed a meeting between …").
    let from = r.start;
    let offer = PROPOSER_RE.exec(text.slice(r.start, r.end));
    if (!offer) {
      from = clause.start;
      offer = PROPOSER_RE.exec(text.slice(clause.start, r.end));
    }
    if (!offer) continue;
    const at = from + offer.index;
    // "Modi was invited to attend …", "talks were proposed": whoever stands before a passive offer received it.
    if (/^\w+ed\b/i.test(offer[0]) && PASSIVE_BEFORE.test(text.slice(Math.max(0, at - 20), at))) continue;
    // The one nearest before the offer made it: "Trump said Xi had invited him to visit China" is Xi's invitation.
    const person = r.persons.filter((p) => p.start < at).sort((a, b) => b.start - a.start)[0] ?? ctx.persons.find((p) => p.start >= clause.start && p.start < at && p.country);
    // "Chinese diplomats have floated a meeting": a nationality word names a government when a party noun follows it.
    const government = ctx.countries.find((c) => c.start >= clause.start && c.end <= at && (c.kind !== 'demonym' || PARTY_NOUN_RE.test(text.slice(c.end, c.end + 40))));
    r.initiator = person?.country ?? government?.code ?? null;
  }
  void published;
  return out;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function dedupePersons(persons: PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return persons.filter((p) => (seen.has(p.name) ? false : (seen.add(p.name), true)));
}

/** City, venue and country from the places of one segment: "at the G20 summit in Johannesburg". */
export function locationOf(place: PlaceMention | null, others: readonly PlaceMention[] = []): Location | null {
  if (!place) return null;
  const city = place.kind === 'city' ? place : others.find((p) => p.kind === 'city');
  const venue = place.kind === 'city' ? others.find((p) => p.kind !== 'city') : place;
  return {
    city: city?.city ?? venue?.city ?? null,
    venue: venue?.name ?? null,
    country: city?.country ?? venue?.country ?? null,
  };
}

export function dateOf(mention: DateMention | null, published: string | null, status: ContactStatus): ContactDate {
  if (!mention) return { ...UNKNOWN_DATE };
  return resolveContactDate(mention, published, status === 'planned' || status === 'proposed');
}

/** A contact word inside a direct quote that names no party ("terror and talks cannot go together"). */
function quotedWithoutParties(text: string, cue: { start: number; end: number }, ctx: SentenceContext): boolean {
  for (const m of execAll(QUOTED, text)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (cue.start < start || cue.end > end) continue;
    return !ctx.persons.some((p) => p.start >= start && p.end <= end) && !ctx.countries.some((c) => c.start >= start && c.end <= end);
  }
  return false;
}
