/**
 * Condition extractor: what a side says must happen — demands, preconditions, red lines, conditional
 * offers, and what it is waiting for. One sentence at a time (split where a second statement is joined
 * with "and noted that"), with the speaker resolved and the direct quote kept when there is one.
 */
import type { Condition } from '../record/schema.js';
import type { PersonMention } from './actors.js';
import type { SentenceContext } from './context.js';
import { ANY_CONDITION_RE, CONDITION_ANNOUNCER_RE, CONDITION_NEGATIVE_RE, CONDITION_RES, type ConditionKind } from './knowledge.js';
import { resolveSpeaker } from './speaker.js';
import { execAll } from './regex.js';

export interface ConditionCue {
  kind: ConditionKind;
  start: number;
  end: number;
}

const SECOND_STATEMENT = /,?\s+and\s+(?:noted|said|added|stressed|warned|insisted|argued)\s+that\s+/gi;
const QUOTE = /[“"]([^”"]{3,400})[”"]/g;
const CUT_AFTER = /,\s+(?:as|while|but|according|saying|stating|which|although|though)\b|,\s+an?\s+(?:demand|position|condition|stance|move|step|request|proposal)\b|\s+and that\s+|;|\s+[—–]\s+/;
// A reporting verb directly followed by the reported clause (no "that").
const REPORTING_VERB = /\b(?:said|says|stated|states|added|warned|insisted|declared|noted|stressed|told reporters|argued)\s+(?=[A-Z]|the\s|it\s|they\s|he\s|she\s)/g;
const ANNOUNCING_VERB = /\b(?:reiterat|repeat|set out|sets out|outlin|list|laid out|lays out|spell|restat|stated|put forward)\w*/i;

/** The strongest condition cue in a text, ignoring "on condition of anonymity" and the like. */
export function findConditionCue(text: string): ConditionCue | null {
  if (!ANY_CONDITION_RE.test(text)) return null;
  // Built by push, not map(): map()'s arrays change hidden class with their length, which deoptimized the caller.
  const negatives: Array<{ start: number; end: number }> = [];
  for (const m of execAll(CONDITION_NEGATIVE_RE, text)) negatives.push({ start: m.index!, end: m.index! + m[0].length });
  for (const { kind, re } of CONDITION_RES) {
    for (const m of execAll(re, text)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (negatives.some((n) => n.start < span.end && span.start < n.end) && kind !== 'offer') continue;
      return { kind, ...span };
    }
  }
  return null;
}

// "China expects Britain to take back its decision": what a side expects of another government or person is a
// demand. Only with a named party as the object: "analysts expect the talks to resume" demands nothing.
const EXPECTS = /\bexpects\s+(?:the\s+)?/g;
const TO_VERB = /^(?:['’]s)?\s+to\s+(?!be\b)\p{Ll}/u;

function expectationCue(ctx: SentenceContext, partStart: number, part: string): ConditionCue | null {
  if (!part.includes('expects ')) return null;
  const text = ctx.sentence.text;
  for (const m of execAll(EXPECTS, part)) {
    const at = partStart + m.index! + m[0].length;
    const party = ctx.countries.find((c) => c.start === at) ?? ctx.persons.find((p) => p.titleStart === at || p.start === at);
    if (party && TO_VERB.test(text.slice(party.end, party.end + 12))) return { kind: 'demand', start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

function quotes(text: string): Array<{ text: string; start: number; end: number }> {
  return execAll(QUOTE, text).map((m) => ({ text: m[1].trim(), start: m.index!, end: m.index! + m[0].length }));
}

function tidy(text: string): string {
  return text
    .replace(/^[\s“”"'‘’,]+/, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(/^[a-z]/, (c) => c)
    .trim();
}

/** The statement itself: after a colon or "… that", inside the quote that holds the cue, cut at the next clause. */
export function conditionText(part: string, cue: ConditionCue): string {
  const q = quotes(part).find((x) => x.start < cue.start && cue.end <= x.end);
  let text: string;
  if (q) {
    const inner = q.text;
    const local = cue.start - q.start - 1;
    const pieces = inner.split(/,\s+but\s+|;\s+|\s+but\s+/);
    let offset = 0;
    text = inner;
    for (const piece of pieces) {
      const at = inner.indexOf(piece, offset);
      if (local >= at && local <= at + piece.length) {
        text = piece;
        break;
      }
      offset = at + piece.length;
    }
  } else {
    const head = part.slice(0, cue.start);
    const colon = head.lastIndexOf(': ');
    let that = -1;
    for (const m of execAll(/\bthat\s+/g, head)) that = m.index!;
    let start = 0;
    let reported = -1;
    for (const m of execAll(REPORTING_VERB, head)) reported = m.index! + m[0].length;
    const thatAfter = /^\s+that\s+/.exec(part.slice(cue.end));
    if (thatAfter) start = cue.end + thatAfter[0].length; // "insisted that X must…": the statement is X…
    else if (colon >= 0) start = colon + 2;
    else if (that >= 0) start = that + 5;
    else if (reported >= 0) start = reported; // "Araghchi said Tehran would not negotiate…"
    else {
      // The clause holding the cue, from its subject.
      const subordinate = /\b(?:after|when|while|since|as)\s+(?=[A-Z])/.exec(head);
      if (subordinate) start = subordinate.index + subordinate[0].length;
      else {
        const comma = head.lastIndexOf(', ');
        start = comma >= 0 && /^[A-Z]/.test(part.slice(comma + 2)) ? comma + 2 : 0;
      }
    }
    text = part.slice(start);
    const from = Math.max(0, cue.end - start);
    const cut = CUT_AFTER.exec(text.slice(from));
    if (cut) text = text.slice(0, from + cut.index);
  }
  return tidy(text);
}

export function extractConditions(contexts: readonly SentenceContext[]): Condition[] {
  const out: Condition[] = [];
  let lastPerson: PersonMention | null = null;
  // Whether the sentence before announced conditions ("Lavrov reiterated Russia's conditions…"). Asked only
  // when a quoted statement without a cue of its own follows (rare), and then once: two scans of every
  // sentence were a tenth of the condition extractor.
  let previous: string | null = null;
  let previousAnnounced: boolean | null = null;
  const announcedBefore = () =>
    (previousAnnounced ??= previous !== null && CONDITION_ANNOUNCER_RE.test(previous) && ANNOUNCING_VERB.test(previous));
  for (const ctx of contexts) {
    const sentence = ctx.sentence.text;
    // Split "he said, “…,” and noted that …" into its two statements.
    const parts: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (const m of execAll(SECOND_STATEMENT, sentence)) {
      parts.push({ start: from, end: m.index! });
      from = m.index! + m[0].length;
    }
    parts.push({ start: from, end: sentence.length });
    const found: Condition[] = [];
    let speaker: ReturnType<typeof resolveSpeaker> = null;
    for (const { start: partStart, end: partEnd } of parts) {
      const part = sentence.slice(partStart, partEnd);
      let cue = findConditionCue(part) ?? expectationCue(ctx, partStart, part);
      const partQuotes = quotes(part);
      // After "Lavrov reiterated Russia's conditions…", the next quoted statement is one of them.
      if (!cue && partQuotes.length > 0 && announcedBefore()) cue = { kind: 'position', start: partQuotes[0].start + 1, end: partQuotes[0].start + 2 };
      if (!cue) continue;
      speaker ??= resolveSpeaker(ctx, partStart + cue.start, lastPerson);
      if (!speaker) continue;
      const text = conditionText(part, cue);
      if (text.split(/\s+/).length < 3) continue;
      const quote = partQuotes.find((q) => (q.start <= cue!.start && cue!.start < q.end) || text.includes(q.text)) ?? null;
      found.push({
        actor: { name: speaker.name, country: speaker.country },
        text,
        quote: quote ? quote.text.replace(/[\s,]+$/, '') : null,
        evidence: [{ text: sentence, start: ctx.sentence.start, end: ctx.sentence.end }],
        kind: cue.kind,
      });
    }
    out.push(...found);
    previous = sentence;
    previousAnnounced = null;
    if (ctx.persons.length > 0) lastPerson = ctx.persons[ctx.persons.length - 1];
  }
  return out;
}
