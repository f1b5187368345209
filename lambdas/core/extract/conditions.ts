/**
 * Condition extractor: what a side says must happen — demands, preconditions, red lines, conditional
 * offers, and what it is waiting for. One sentence at a time, split into its statements ("…, and noted
 * that …", "…, and that …", "…, and his office has said …"), each with its speaker resolved and the direct
 * quote kept when there is one. Statements about the past ("…in September 2023, when X refused to meet")
 * are history, not conditions.
 */
import type { Condition, Contact } from '../record/schema.js';
import { sidesFromContacts } from './condition-sides.js';
import { groupSpeakers } from './condition-groups.js';
import type { PersonMention } from './actors.js';
import type { SentenceContext } from './context.js';
import { ANY_CONDITION_RE, CONDITION_ANNOUNCER_RE, CONDITION_NEGATIVE_RE, CONDITION_RES } from './knowledge.js';
import { labelledSpeaker, resolveSpeaker, sentenceSpeaker, speakerCountry, speakingSpeaker, type Speaker } from './speaker.js';
import { conditionText, quotes, type ConditionCue } from './condition-text.js';
import {
  gatedCue,
  HOLD_UNTIL,
  mayHoldGatedCue,
  mayHoldRefusal,
  mayHoldUntil,
  OBLIGATION_CUE,
  PROCESS_NOUN_THEN_TO,
  REFUSAL,
  REFUSAL_SUBJECT_BEFORE,
  SPEAKER_BODY_AFTER_DEMONYM,
  SPEECH_VERB,
  STATEMENT_MODAL,
  TERMS_MARKER,
} from './condition-words.js';
import { execAll } from './regex.js';

export { conditionText, type ConditionCue } from './condition-text.js';

const SENTENCE_JOIN = /(?<=[.!?][”"])\s+(?=[A-Z])/;
// Where a sentence holds a second statement: "…, and noted that …", "…, and that …", "…, and his office has said …",
// or a quotation that closes a sentence the splitter left joined ("…deeds.” On the 19th, …").
const SECOND_STATEMENT = new RegExp(
  `,?\\s+and\\s+(?:noted|said|added|stressed|warned|insisted|argued|stated)\\s+that\\s+` +
    `|,?\\s+and\\s+that\\s+` +
    // The next statement's own speaker and verb stay in it: its verb may be its cue ("…, and Beijing has demanded that …").
    `|,\\s+and\\s+(?=(?:(?:his|her|its|their|the)\\s+)?(?:[\\w'’-]+\\s+){1,4}?(?:(?:has|have|had|also|repeatedly)\\s+)*${SPEECH_VERB}\\b)` +
    `|${SENTENCE_JOIN.source}`,
  'g',
);
const ANNOUNCING_VERB = /\b(?:reiterat|repeat|set out|sets out|outlin|list|laid out|lays out|spell|restat|stated|put forward)\w*/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// A year said as a past time ("in 2020", "in September 2023", "March 2019"), not as a name ("the 1965 agreement") nor as
// the start of what still holds ("has insisted since 2019 that …").
const YEAR_AS_TIME = new RegExp(`\\b(?:(?:in|during|until)\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH}\\s+)?(?:\\d{1,2}\\s+)?|${MONTH}\\s+(?:\\d{1,2},?\\s+)?)(19\\d\\d|20\\d\\d)\\b`, 'g');

/**
 * The strongest condition cue in a text, ignoring "on condition of anonymity" and the like. A gated cue (condition-words.ts)
 * that comes first wins: "will not join any arrangement, unless …" is the refusal, not the "unless" after it.
 */
export function findConditionCue(text: string): ConditionCue | null {
  const gated = gatedCue(text);
  const listed = listedCue(text);
  return gated && (!listed || gated.start < listed.start) ? gated : listed;
}

function listedCue(text: string): ConditionCue | null {
  if (!ANY_CONDITION_RE.test(text)) return null;
  // Built by push, not map(): map()'s arrays change hidden class with their length, which deoptimized the caller.
  const negatives: Array<{ start: number; end: number }> = [];
  for (const m of execAll(CONDITION_NEGATIVE_RE, text)) negatives.push({ start: m.index!, end: m.index! + m[0].length });
  for (const { kind, re } of CONDITION_RES) {
    for (const m of execAll(re, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      // A look-alike around the cue cancels it, unless the look-alike is the cue itself ("without preconditions" is an offer).
      if (negatives.some((n) => n.start < span.end && span.start < n.end && !(n.start === span.start && n.end === span.end))) continue;
      return { kind, ...span };
    }
  }
  return null;
}

// "China expects Britain to take back its decision", "The U.S. side wants Brazil to lower its tariff": what a side
// expects or wants of another government or person is a demand. Only with a named party as the object ("analysts
// expect the talks to resume" demands nothing), or a side wanting a process to follow stated terms ("wants the talks
// to resume from where they were left", "on the basis of …"; knowledge/cues.json conditionTerms): wanting the talks
// "to resume soon" sets no terms.
const EXPECTS = /\b(?:expects?|wants?|wanted)\s+(?:the\s+)?/g;
const TERMS_WINDOW = 160;
const EXPECTS_WORD = /\b(?:expects?|wants?|wanted)\s/;
const TO_VERB = /^(?:['’]s)?\s+to\s+(?!be\b)\p{Ll}/u;

function expectationCue(ctx: SentenceContext, partStart: number, part: string): ConditionCue | null {
  if (!part.includes('expect') && !part.includes('want')) return null;
  const text = ctx.sentence.text;
  for (const m of execAll(EXPECTS, part)) {
    const at = partStart + m.index! + m[0].length;
    const party = ctx.countries.find((c) => c.start === at) ?? ctx.persons.find((p) => p.titleStart === at || p.start === at);
    if (party && TO_VERB.test(text.slice(party.end, party.end + 12))) return { kind: 'demand', start: m.index!, end: m.index! + m[0].length };
    if (!m[0].startsWith('expect') && PROCESS_NOUN_THEN_TO.test(text.slice(at, at + 40)) && TERMS_MARKER.test(text.slice(at, Math.min(partStart + part.length, at + TERMS_WINDOW)))) {
      return { kind: 'demand', start: m.index!, end: m.index! + m[0].length };
    }
  }
  return null;
}

/**
 * "Pretoria will not amend its laws", "we will never give up …", "the Chinese side will not drop …": a refusal by a
 * side is a red line. Its subject, right before it, must be one: a government, a person, a nationality word with its
 * body, a pronoun or a government noun; "the talks will not change anything" refuses nothing.
 */
function refusalCue(ctx: SentenceContext, partStart: number, part: string): ConditionCue | null {
  if (!mayHoldRefusal(part)) return null;
  const text = ctx.sentence.text;
  for (const m of execAll(REFUSAL, part)) {
    const at = partStart + m.index!;
    const subjectEnd = text.slice(0, at).trimEnd().length;
    const side =
      ctx.countries.some((c) => (c.end === subjectEnd && c.kind !== 'demonym') || (c.end < subjectEnd && SPEAKER_BODY_AFTER_DEMONYM.exec(text.slice(c.end, subjectEnd))?.[0].length === subjectEnd - c.end)) ||
      ctx.persons.some((p) => p.end === subjectEnd) ||
      REFUSAL_SUBJECT_BEFORE.test(text.slice(Math.max(0, at - 30), at));
    if (side) return { kind: 'red-line', start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

/** "… suspending cooperation with the agency until the security of the sites is guaranteed": a measure held until something happens is a precondition. */
function holdCue(part: string): ConditionCue | null {
  if (!part.includes('until')) return null;
  HOLD_UNTIL.lastIndex = 0;
  const m = HOLD_UNTIL.exec(part);
  return m ? { kind: 'precondition', start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Whether the cue sits in a clause about the past: its clause (or the clause a "when …" hangs on) dates itself to a
 * year well before the article's ("the freeze that followed Canberra's call for an inquiry … in 2020"). A year that
 * names something ("the 1965 agreement") dates nothing.
 */
function isHistory(sentence: string, cueStart: number, refYear: number | null): boolean {
  if (refYear === null || !/\b(?:19|20)\d\d\b/.test(sentence)) return false;
  const boundary = /[,;:]\s|\s[—–]\s/g;
  let clauseStart = 0;
  let previousStart = 0;
  for (const m of execAll(boundary, sentence)) {
    if (m.index! >= cueStart) break;
    previousStart = clauseStart;
    clauseStart = m.index! + m[0].length;
  }
  const next = sentence.slice(cueStart).search(/[,;:]\s|\s[—–]\s/);
  const clauseEnd = next < 0 ? sentence.length : cueStart + next;
  const from = /^when\s/i.test(sentence.slice(clauseStart)) ? previousStart : clauseStart;
  for (const m of execAll(YEAR_AS_TIME, sentence.slice(from, clauseEnd))) if (Number(m[1]) < refYear - 1) return true;
  return false;
}

interface Part {
  start: number;
  end: number;
  /** Where the words joining it to the statement before start ("…, and noted that …"). */
  lead: number;
  /** It opens a sentence of its own that the splitter left joined: it keeps no speaker from before. */
  newSentence: boolean;
}

/** The statements of a sentence. */
/**
 * "India and China should be partners rather than rivals": a "should" laid on both sides at once exhorts, it demands
 * nothing of the other side (as "the two sides should …", a cues.json conditionNegatives entry).
 */
function jointSubject(ctx: SentenceContext, statementStart: number, cueStart: number, cueText: string): boolean {
  if (!/^should$/i.test(cueText) || statementStart < 0) return false;
  const named = ctx.countries.filter((c) => c.start >= statementStart && c.end <= cueStart && c.kind !== 'demonym');
  if (named.length !== 2 || named[0].code === named[1].code) return false;
  const text = ctx.sentence.text;
  return /^\s+and\s+$/.test(text.slice(named[0].end, named[1].start)) && /^(?:the\s+)?$/i.test(text.slice(statementStart, named[0].start)) && /^\s*$/.test(text.slice(named[1].end, cueStart));
}

function sentenceParts(sentence: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  let lead = 0;
  let newSentence = false;
  for (const m of execAll(SECOND_STATEMENT, sentence)) {
    parts.push({ start: from, end: m.index!, lead, newSentence });
    lead = m.index!;
    from = m.index! + m[0].length;
    newSentence = m[0].trim() === '';
  }
  parts.push({ start: from, end: sentence.length, lead, newSentence });
  return parts;
}

/**
 * `refYear`: the article's year (see extract/index.ts), for telling history from what is stated now; `contacts`: the
 * article's contacts, which place a speaker named without a country (condition-sides.ts).
 */
export function extractConditions(contexts: readonly SentenceContext[], refYear: number | null = null, contacts: readonly Contact[] = []): Condition[] {
  const out: Condition[] = [];
  let lastPerson: PersonMention | null = null;
  // The speaker of the previous sentence's statement when that sentence named nobody we know: "he said" next refers there.
  let previousSpeaker: Speaker | null = null;
  // Whether the sentence before announced conditions ("Lavrov reiterated Russia's conditions…"). Asked only
  // when a quoted statement without a cue of its own follows (rare), and then once: two scans of every
  // sentence were a tenth of the condition extractor.
  let previous: string | null = null;
  let previousAnnounced: boolean | null = null;
  // Who spoke in the previous sentence, for a pronoun subject; found only when one needs it (most sentences never do).
  let previousCtx: SentenceContext | null = null;
  const previousSentenceSpeaker = () => (previousCtx ? sentenceSpeaker(previousCtx, quotes(previousCtx.sentence.text)) : null);
  // Who speaks the current paragraph when its first sentence opens with a speaker's label ("Motzfeldt: …").
  let paragraphVoice: Speaker | null = null;
  const named: PersonMention[] = [];
  const announcedBefore = () =>
    (previousAnnounced ??= previous !== null && CONDITION_ANNOUNCER_RE.test(previous) && ANNOUNCING_VERB.test(previous));
  for (let index = 0; index < contexts.length; index++) {
    const ctx = contexts[index];
    const sentence = ctx.sentence.text;
    let speaker: Speaker | null = null;
    let spoke: Speaker | null = null;
    if (index === 0 || contexts[index - 1].sentence.paragraph !== ctx.sentence.paragraph) paragraphVoice = labelledSpeaker(ctx, named);
    // Most sentences hold no cue at all: one scan of the whole sentence skips splitting and quote-finding there.
    const mayHold = ANY_CONDITION_RE.test(sentence) || mayHoldGatedCue(sentence) || EXPECTS_WORD.test(sentence) || mayHoldRefusal(sentence) || mayHoldUntil(sentence) || (/[“"]/.test(sentence) && announcedBefore());
    const sentenceQuotes = mayHold ? quotes(sentence) : [];
    for (const { start: partStart, end: partEnd, lead, newSentence } of mayHold ? sentenceParts(sentence) : []) {
      if (newSentence) speaker = null;
      const part = sentence.slice(partStart, partEnd);
      let cue = findConditionCue(part);
      // A refusal wins over a later red-line phrase: "Pretoria will not amend …, Tau said, adding that “… not on the table.”"
      const refusal = !cue || cue.kind === 'red-line' ? refusalCue(ctx, partStart, part) : null;
      if (refusal && (!cue || refusal.start < cue.start)) cue = refusal;
      cue ??= expectationCue(ctx, partStart, part) ?? holdCue(part);
      const partQuotes = quotes(part);
      // After "Lavrov reiterated Russia's conditions…", the next quoted statement is one of them.
      if (!cue && partQuotes.length > 0 && announcedBefore()) cue = { kind: 'position', start: partQuotes[0].start + 1, end: partQuotes[0].start + 2 };
      if (!cue) continue;
      const cueStart = partStart + cue.start;
      if (isHistory(sentence, cueStart, refYear)) continue;
      const obligation = OBLIGATION_CUE.test(part.slice(cue.start, cue.end));
      // A later statement names its own speaker ("…, and Lee's office insists …") or continues the first one's.
      const own = partStart > 0 ? speakingSpeaker(ctx, lead, cueStart, sentenceQuotes) : null;
      speaker =
        own ??
        speaker ??
        resolveSpeaker(ctx, { cueStart, from: newSentence ? partStart : 0, obligation, quotes: sentenceQuotes }, {
          statement: previousSpeaker,
          sentence: previousSentenceSpeaker,
          lastPerson,
        }) ??
        paragraphVoice;
      // No one speaks but a group of governments ("The three capitals have let it be known that …"): each member does.
      const group: Speaker[] | null = speaker ? null : groupSpeakers(contexts, index, newSentence ? partStart : 0, cueStart);
      if (!speaker && !group) continue;
      const text = conditionText(part, cue);
      if (text.split(/\s+/).length < 3) continue;
      if (jointSubject(ctx, partStart + part.indexOf(text), cueStart, part.slice(cue.start, cue.end))) continue;
      // The quotation holding the cue, else the first one the statement repeats.
      const quote = partQuotes.find((q) => q.start <= cue!.start && cue!.start < q.end) ?? partQuotes.find((q) => text.includes(q.text)) ?? null;
      // "Beirut insists the talks are technical": insisting on what is, not on what must be, states a position; insisting
      // on something ("insists on guarantees") or on the terms of a process ("insists that the talks resume on the basis
      // of …") demands it.
      const insistsOnWhatIs =
        /^insist/i.test(part.slice(cue.start, cue.end)) && !/^\s+on\b/.test(part.slice(cue.end)) && !STATEMENT_MODAL.test(text) && !TERMS_MARKER.test(text);
      const kind = cue.kind === 'demand' && insistsOnWhatIs ? 'position' : cue.kind;
      for (const who of group ?? [speaker as Speaker]) {
        const country: string | null = who.country ?? speakerCountry(ctx, partStart + part.indexOf(text), cueStart, obligation);
        out.push({
          actor: { name: who.name, country },
          text,
          quote: quote ? quote.text.replace(/[\s,]+$/, '') : null,
          evidence: [{ text: sentence, start: ctx.sentence.start, end: ctx.sentence.end }],
          kind,
        });
        if (!group) spoke = { name: who.name, country };
      }
    }
    previousSpeaker = spoke && ctx.persons.length === 0 ? spoke : null;
    previous = sentence;
    previousCtx = ctx;
    previousAnnounced = null;
    if (ctx.persons.length > 0) lastPerson = ctx.persons[ctx.persons.length - 1];
    for (const p of ctx.persons) named.push(p);
  }
  return sidesFromContacts(out, contacts);
}
