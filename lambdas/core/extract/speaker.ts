/**
 * Speaker resolution for conditions: who is stating it. In order: a person named before the statement who
 * is the subject of a verb of saying ("Wang said …"), a government that speaks ("Moscow insists", "The
 * Turkish side stated", "Chinese officials repeated"), the first person named before the statement, the
 * person a "he/she said" points back to, a person named after a quote ("…,” Wang said"), else a government
 * named as the statement's subject ("Tehran would not negotiate …").
 */
import type { PersonMention } from './actors.js';
import type { CountryMention } from './countries.js';
import type { SentenceContext } from './context.js';
import { countryByCode } from './knowledge.js';
import { ENACTED_BY_BEFORE, HOME_BODY_IN_BEFORE, PROXY_BEFORE, SPEAKER_BODY_AFTER_DEMONYM, SPEAKS_AFTER } from './condition-words.js';

export interface Speaker {
  name: string;
  country: string | null;
}

export interface SpeakerQuery {
  /** Where the statement's cue starts in the sentence. */
  cueStart: number;
  /** Where its sentence starts: 0, or later when the splitter left two sentences joined ("…finally.” Lee's office insists …"). */
  from: number;
  /** The cue is an obligation ("must", "should"): a government right before it is the one asked to act, not the speaker. */
  obligation: boolean;
  /** Quotations of the sentence: people named inside one are talked about, not speaking ("…the government of President Trump, but …,” he said). */
  quotes: ReadonlyArray<{ start: number; end: number }>;
}

const PRONOUN = /\b(?:he|she|they)\s+(?:said|added|noted|stressed|warned|insisted|told|stated|argued|wrote|reiterated)\b|^(?:He|She)\b/;
const ADDRESSEE_BEFORE = /\b(?:told|tells|telling|assured|informed|reminded|warned)\s+(?:the\s+)?$/;
const OBJECT_BEFORE = /\b(?:to|with|for|against|on|of|urged|asked|called\s+on|(?:demand|demanded|demands|demanding|request|requested|call|called|insisted|insists)\s+that)\s+(?:the\s+)?$/i;
// "The ministry said that Prime Minister X would not accept …" reports X's own stance; "… said that X must …" asks X to act.
const THAT_BEFORE = /\bthat\s+(?:the\s+)?$/i;
// A place someone speaks from ("a journalist in Moscow") or a party acted on ("talks with Iran"), not a subject.
const OBLIQUE_BEFORE = /\b(?:in|from|at|to|near|of|with|against|on)\s+(?:the\s+)?$/i;
// A government inside a subordinate clause ("If Washington wants talks, it would have to …") states nothing.
const SUBORDINATE_BEFORE = /\b(?:if|when|unless|whether|until|once|because|before|after)\s+(?:[\w'’-]+\s+){0,3}$/i;
const SPEECH_WINDOW = 160;

// "Armenia–Türkiye relations", "the US-China talks": a country joined to another names a pair, not a subject.
const inCompound = (text: string, c: CountryMention) => /[-–—]$/.test(text.slice(c.start - 1, c.start)) || /^[-–—]/.test(text.slice(c.end, c.end + 1));

const governmentSpeaker = (c: CountryMention): Speaker => {
  const entry = countryByCode.get(c.code);
  return { name: entry?.short ?? entry?.name ?? c.text, country: c.code };
};

/**
 * A government that speaks or acts in [from, to): "Moscow insists", "Riyadh has repeatedly said", "The Turkish side
 * stated", "Chinese officials repeated", "officials in Moscow said", "The parliament in Tehran passed a law …", "a law
 * passed by the Iranian parliament".
 */
export function speakingGovernment(ctx: SentenceContext, from: number, to: number): CountryMention | null {
  const text = ctx.sentence.text;
  for (const c of ctx.countries) {
    if (c.start < from || c.start >= to) continue;
    const lead = text.slice(Math.max(0, c.start - 40), c.start);
    if (OBLIQUE_BEFORE.test(lead.slice(-12)) && !HOME_BODY_IN_BEFORE.test(lead)) continue;
    // A nationality word speaks only through its body ("Chinese officials"); a country may too ("a U.S. official said").
    let end = c.end;
    const body = SPEAKER_BODY_AFTER_DEMONYM.exec(text.slice(end, end + 40));
    if (body) end += body[0].length;
    else if (c.kind === 'demonym') continue;
    if (SPEAKS_AFTER.test(text.slice(end, end + SPEECH_WINDOW)) || ENACTED_BY_BEFORE.test(lead)) return c;
  }
  return null;
}

/**
 * A speaker named in [from, cueStart) as the subject of a verb of saying: a person ("Wang said", "Lee's office
 * insists") or a government ("Moscow insists", "The Turkish side stated"). A later statement in a sentence
 * ("…, and Lee's office insists that …") keeps the first one's speaker unless it names its own this way.
 */
export function speakingSpeaker(ctx: SentenceContext, from: number, cueStart: number, quoted: ReadonlyArray<{ start: number; end: number }>): Speaker | null {
  const text = ctx.sentence.text;
  const person = candidates(ctx, from, cueStart, quoted, false).find((p) => SPEAKS_AFTER.test(text.slice(p.end, p.end + SPEECH_WINDOW)));
  if (person) return { name: person.name, country: person.country };
  const government = speakingGovernment(ctx, from, cueStart);
  return government ? governmentSpeaker(government) : null;
}

// People named before the cue who can be its subject: not inside a quotation, not the one told ("He told Wang that
// Britain would only …"), not the object of a verb or noun ("repeated the demand that the prime minister retract …")
// unless someone speaks for them ("an aide to the Azerbaijani leader").
function candidates(ctx: SentenceContext, from: number, cueStart: number, quoted: ReadonlyArray<{ start: number; end: number }>, obligation: boolean): PersonMention[] {
  const text = ctx.sentence.text;
  return ctx.persons.filter(
    (p) =>
      p.start >= from &&
      p.start < cueStart &&
      !quoted.some((x) => x.start <= p.start && p.start < x.end) &&
      !ADDRESSEE_BEFORE.test(text.slice(Math.max(0, p.titleStart - 14), p.titleStart)) &&
      (!OBJECT_BEFORE.test(text.slice(Math.max(0, p.titleStart - 30), p.titleStart)) || PROXY_BEFORE.test(text.slice(Math.max(0, p.titleStart - 30), p.titleStart))) &&
      !(obligation && THAT_BEFORE.test(text.slice(Math.max(0, p.titleStart - 10), p.titleStart))),
  );
}

/**
 * Who speaks in a sentence, for a "He affirmed that …" right after it: a person who is the subject of a verb of saying
 * (before or after a quotation: "Wang said …", "“…,” Wang said"), else a nationality word with its body ("The
 * Vietnamese leader stressed …", "Chinese officials said …"). A capital or a metonym ("Moscow said") is no "he".
 */
export function sentenceSpeaker(ctx: SentenceContext, quoted: ReadonlyArray<{ start: number; end: number }>): Speaker | null {
  const text = ctx.sentence.text;
  const person = candidates(ctx, 0, text.length, quoted, false).find((p) => SPEAKS_AFTER.test(text.slice(p.end, p.end + SPEECH_WINDOW)));
  if (person) return { name: person.name, country: person.country };
  const government = speakingGovernment(ctx, 0, text.length);
  return government?.kind === 'demonym' ? governmentSpeaker(government) : null;
}

/** What the sentences before tell about a pronoun subject ("he said", "He affirmed …"). */
export interface EarlierSpeakers {
  /** The speaker of the previous sentence's statement when that sentence named nobody we know. */
  statement: Speaker | null;
  /** Who speaks in the previous sentence (sentenceSpeaker), asked only when a pronoun needs it. */
  sentence: () => Speaker | null;
  /** The last person the article named. */
  lastPerson: PersonMention | null;
}

/**
 * "…, according to a statement from the Vietnamese foreign ministry", "…, according to Foreign Minister X": the source
 * named in an attribution after the statement (up to the end of its clause) speaks — a person, a country, or a
 * nationality word with its body ("the Vietnamese foreign ministry"; "according to Vietnamese media" names no side).
 */
function accordingTo(ctx: SentenceContext, from: number): Speaker | null {
  const text = ctx.sentence.text;
  const at = text.indexOf('according to', from);
  if (at < 0) return null;
  const next = text.slice(at).search(/[,;]\s/);
  const end = next < 0 ? text.length : at + next;
  const person = ctx.persons.find((p) => p.start > at && p.start < end);
  if (person) return { name: person.name, country: person.country };
  const country = ctx.countries.find(
    (c) => c.start > at && c.start < end && !/\bin\s+$/.test(text.slice(c.start - 4, c.start)) && (c.kind !== 'demonym' || SPEAKER_BODY_AFTER_DEMONYM.test(text.slice(c.end, c.end + 40))),
  );
  return country ? governmentSpeaker(country) : null;
}

export function resolveSpeaker(ctx: SentenceContext, q: SpeakerQuery, earlier: EarlierSpeakers): Speaker | null {
  const text = ctx.sentence.text;
  const speaking = speakingSpeaker(ctx, q.from, q.cueStart, q.quotes);
  if (speaking) return speaking;
  const before = candidates(ctx, q.from, q.cueStart, q.quotes, q.obligation);
  if (before.length > 0) return { name: before[0].name, country: before[0].country };
  if (PRONOUN.test(text)) {
    // The sentence before reported this speaker's statement but named nobody we know ("Mr X told reporters that …"):
    // "he said" continues that statement, and the last person named earlier is further back. Else the pronoun is the
    // previous sentence's speaker ("The Vietnamese leader stressed … He affirmed …"), who need not be the last person
    // it named ("Lam stressed … ties with Xi. He affirmed …"); only then the last person named.
    const previous = earlier.statement ?? earlier.sentence();
    if (previous) return previous;
    if (earlier.lastPerson) return { name: earlier.lastPerson.name, country: earlier.lastPerson.country };
  }
  // "“Russia must withdraw,” Wang said." — a speaker after the quote.
  const after = ctx.persons.find((p) => p.start >= q.cueStart && /\b(?:said|says|added|stated|told|insisted|warned)\b/.test(text.slice(p.end, p.end + 30)));
  if (after) return { name: after.name, country: after.country };
  // "Israel must be allowed to defend itself, Israeli officials said." — a government speaking after the statement.
  const attributed = speakingGovernment(ctx, q.cueStart, text.length);
  if (attributed) return governmentSpeaker(attributed);
  const source = accordingTo(ctx, q.cueStart);
  if (source) return source;
  // A government as the statement's subject ("Tehran would not negotiate"), unless it is the one asked to act.
  const subject = ctx.countries.find((c) => {
    if (c.start < q.from || c.start >= q.cueStart || c.kind === 'demonym' || inCompound(text, c)) return false;
    const lead = text.slice(Math.max(0, c.start - 40), c.start);
    if (OBLIQUE_BEFORE.test(lead.slice(-12)) || SUBORDINATE_BEFORE.test(lead.slice(lead.lastIndexOf(',') + 1))) return false;
    return !(q.obligation && /^(?:['’]s)?[\s\w'’-]{0,40}$/.test(text.slice(c.end, q.cueStart)));
  });
  return subject ? governmentSpeaker(subject) : null;
}

// An interview's answer labelled with its speaker ("Motzfeldt: We will only take part …", "Jane Doe: …"): up to four
// capitalized words and a colon open the paragraph.
const SPEAKER_LABEL = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*:\s+/u;

/**
 * The person who speaks a labelled paragraph of an interview or transcript: one the label names in full or by the
 * last part of a name the article gave earlier (`named`, most recent last). The paragraph's statements that name no
 * speaker of their own ("We will only take part …") are theirs. "Q:", "Nordic Wire:" or a heading name no one known.
 */
export function labelledSpeaker(ctx: SentenceContext, named: readonly PersonMention[]): Speaker | null {
  const m = SPEAKER_LABEL.exec(ctx.sentence.text);
  if (!m) return null;
  const label = m[1];
  const inLabel = ctx.persons.find((p) => p.end <= m[0].length);
  const person = inLabel ?? named.findLast((p) => p.name === label || p.name.endsWith(` ${label}`));
  return person ? { name: person.name, country: person.country } : null;
}

/**
 * The country of a speaker named without one ("Spokeswoman X said Cambodia would not accept …"): the government
 * that speaks in the sentence, else — unless the statement is an obligation laid on someone else — the country
 * the statement opens with as its subject, the side the speaker speaks for.
 */
export function speakerCountry(ctx: SentenceContext, statementStart: number, cueStart: number, obligation: boolean): string | null {
  const government = speakingGovernment(ctx, 0, cueStart);
  if (government) return government.code;
  // "Vice Minister Sun insisted that the Philippines must …, according to the Chinese delegation": the source speaks for a side.
  const source = accordingTo(ctx, cueStart);
  if (source?.country) return source.country;
  if (obligation || statementStart < 0) return null;
  const text = ctx.sentence.text;
  const subject = ctx.countries.find((c) => c.start >= statementStart && c.start < cueStart);
  if (!subject || !/^(?:the\s+)?$/i.test(text.slice(statementStart, subject.start))) return null;
  // A nationality word is a side only with its body: "the Armenian side remains committed …".
  return subject.kind !== 'demonym' || SPEAKER_BODY_AFTER_DEMONYM.test(text.slice(subject.end, subject.end + 40)) ? subject.code : null;
}
