/**
 * The words of a stated condition: where the statement starts (after a colon, "… that", a reporting verb,
 * or at the speaker's own verb: "urged Belgrade to …") and where it ends (the next clause, an attribution
 * tail, a second predicate). A full quotation holding the cue is the statement; a quoted fragment
 * ("… would not sit down with Seoul “as long as it remains …”") is read with the words around it.
 */
import { execAll } from './regex.js';
import { SPEECH_VERB, VERB_CUE } from './condition-words.js';

export interface ConditionCue {
  kind: import('./knowledge.js').ConditionKind;
  start: number;
  end: number;
}

export interface Quote {
  text: string;
  start: number;
  end: number;
}

const QUOTE = /[“"]([^”"]{3,400})[”"]/g;
const CUT_AFTER = new RegExp(
  [
    ',[”"]?\\s+(?:as|while|but|according|saying|stating|which|although|though)\\b',
    ',\\s+an?\\s+(?:demand|position|condition|stance|move|step|request|proposal)\\b',
    // An attribution tail: "…, her spokesperson said", "…, Foreign Minister X said in a post on X".
    `,[”"]?\\s+(?:[\\w'’.-]+\\s+){1,6}(?:said|says|told|wrote|added)\\b`,
    // A second predicate of the speaker: "…, and pressed for the release of …".
    `,\\s+and\\s+(?:(?:has|have|had|also)\\s+)*(?:pressed|called|${SPEECH_VERB})\\b`,
    '\\s+and\\s+(?:(?:has|have|had|also)\\s+)*(?:pressed|called|said|added|urged|warned|stressed|insisted|noted|described|accused)\\b',
    '\\s+and that\\s+',
    ';',
    '\\s+[—–]\\s+',
    // A quotation that closes one sentence before the next begins (a sentence the splitter left joined).
    '(?<=[.!?])[”"]\\s+(?=[A-Z])',
  ].join('|'),
);
// A reporting verb followed by the reported clause (no "that"), past a time or channel ("said on Monday", "said in a
// statement"): a quote, a name or a determiner opens it; after a verb that takes only clauses ("said", not "declared
// readiness"), so does any lower-case word that opens no other phrase — "said de-escalation must come first".
const TIME_OR_CHANNEL = String.raw`(?:(?:on\s+\w+(?:\s+\d{1,2})?|last\s+\w+|yesterday|today|earlier|later|in\s+a\s+(?:statement|post|interview|speech|letter)(?:\s+on\s+\w+)?)[\s,]+)?`;
const REPORTING_VERB = new RegExp(
  String.raw`\b(?:said|says|say|stated|states|added|warned|insisted|declared|noted|stressed|told reporters|argued)\s+${TIME_OR_CHANNEL}` +
    String.raw`(?=[“"]|[A-Z]|(?:the|a|an|any|all|no|both|each|this|these|those|there|it|they|he|she|his|her|its|their|our|we)\s)` +
    String.raw`|\b(?:said|says|say|insisted|insists|argued|told reporters)\s+${TIME_OR_CHANNEL}` +
    String.raw`(?=(?!(?:on|in|at|after|before|during|following|late|earlier|later|yesterday|today|tonight|last|this|next|to|that|of|by|with|from|when|while|as|and|but|or|also|again|repeatedly|publicly)\b)[a-z])`,
  'g',
);
// "…, and has urged the North to …": the cue is a new predicate of the sentence's subject.
const COORDINATED_PREDICATE = /\band\s+(?:(?:has|have|had|also)\s+)*$/;
// "a Rwandan troop withdrawal that Kinshasa says must come first": a speaker and a verb of saying are all that stand
// between "that" and the cue, so "that" opens a relative clause and the statement's subject is the noun before it.
const RELATIVE_SPEAKER = new RegExp(`^[A-Z][\\w'’.\\s-]{0,40}?\\s+${SPEECH_VERB}\\s+$`);

export function quotes(text: string): Quote[] {
  return execAll(QUOTE, text).map((m) => ({ text: m[1].trim(), start: m.index!, end: m.index! + m[0].length }));
}

function tidy(text: string): string {
  let t = text.replace(/^[\s“”"'‘’,]+/, '').replace(/[\s,.;:]+$/, '').trim();
  // A quotation cut open at either end leaves one unmatched mark: the last one.
  if ((t.match(/[“”"]/g)?.length ?? 0) % 2 === 1) {
    const at = Math.max(t.lastIndexOf('“'), t.lastIndexOf('”'), t.lastIndexOf('"'));
    t = (t.slice(0, at) + t.slice(at + 1)).replace(/\s{2,}/g, ' ').trim();
  }
  return t.replace(/[\s,.;:]+$/, '');
}

/** The piece of a full quotation that holds the cue ("We seek peace, but Russia must end its aggression" → the second). */
function quotedPiece(q: Quote, cue: ConditionCue): string {
  const inner = q.text;
  const local = cue.start - q.start - 1;
  let offset = 0;
  for (const piece of inner.split(/,\s+but\s+|;\s+|\s+but\s+/)) {
    const at = inner.indexOf(piece, offset);
    if (local >= at && local <= at + piece.length) return piece;
    offset = at + piece.length;
  }
  return inner;
}

/**
 * Where the reported statement starts in `part`: never before a semicolon ahead of the cue, which closes another
 * clause ("The two governments set up a working group; Mexico rejects any …").
 */
function statementStart(part: string, cue: ConditionCue): number {
  const semicolon = part.lastIndexOf('; ', cue.start);
  return Math.max(reportedStart(part, cue), semicolon >= 0 ? semicolon + 2 : 0);
}

/** Where the statement the cue belongs to starts: after "that", a colon or a reporting verb, at the speaker's own verb, or at its clause's subject. */
function reportedStart(part: string, cue: ConditionCue): number {
  const head = part.slice(0, cue.start);
  const cueText = part.slice(cue.start, cue.end);
  const thatAfter = /^\s+that\s+/.exec(part.slice(cue.end));
  if (thatAfter) return cue.end + thatAfter[0].length; // "insisted that X must…": the statement is X…
  if (/\bthat$/i.test(cueText)) return cue.end + 1; // "demands that Ukraine withdraw …"
  const verbCue = VERB_CUE.test(cueText);
  if ((verbCue || /^(?:expects?|wants?|wanted)\b/i.test(cueText)) && COORDINATED_PREDICATE.test(head)) return cue.start;
  // "Christodoulides, who has made reunification his theme, wants the talks to …": past the subject's appositive.
  if (/^(?:expects?|wants?|wanted)\b/i.test(cueText) && /,\s*$/.test(head)) return cue.start;
  // "…, a U.S. official said, and will not remove the surcharge until …": a predicate of its own after ", and".
  if (/,\s+and\s+(?:(?:has|have|had|also)\s+)*$/.test(head)) return cue.start;
  const colon = head.lastIndexOf(': ');
  if (colon >= 0) return colon + 2;
  let that = -1;
  for (const m of execAll(/\bthat\s+/g, head)) that = m.index!;
  if (that >= 0) {
    if (RELATIVE_SPEAKER.test(head.slice(that + 5))) {
      const noun = head.slice(0, that).search(/\b(?:an?|the|any)\s+(?:[\w'’-]+\s+){0,4}$/i);
      if (noun >= 0) return noun;
    }
    return that + 5;
  }
  let reported = -1;
  for (const m of execAll(REPORTING_VERB, head)) reported = m.index! + m[0].length;
  if (reported >= 0) return reported; // "Araghchi said Tehran would not negotiate…"
  if (verbCue) return cue.start; // "Malaysia's foreign minister, …, has offered to host …"
  // The clause holding the cue, from its subject.
  const subordinate = /\b(?:after|when|while|since|as)\s+(?=[A-Z])/.exec(head);
  if (subordinate) return subordinate.index + subordinate[0].length;
  const comma = head.lastIndexOf(', ');
  return comma >= 0 && /^[A-Z]/.test(part.slice(comma + 2)) ? comma + 2 : 0;
}

/**
 * The statement itself. A full quotation holding the cue gives it (its piece with the cue); a fragment quoted inside
 * the reporter's sentence (it opens in lower case) is read with the words around it, as unquoted text is: from its
 * start, cut at the next clause after the cue.
 */
export function conditionText(part: string, cue: ConditionCue): string {
  const q = quotes(part).find((x) => x.start < cue.start && cue.end <= x.end);
  if (q && !/^[a-z]/.test(q.text)) {
    // "Our message to our neighbours is clear: the security of the region must be …": the statement follows the colon.
    const piece = quotedPiece(q, cue);
    const colon = piece.indexOf(': ');
    return tidy(colon >= 0 && colon < cue.start - q.start - 1 - q.text.indexOf(piece) ? piece.slice(colon + 2) : piece);
  }
  const start = statementStart(part, cue);
  let text = part.slice(start);
  const from = Math.max(0, cue.end - start);
  const cut = CUT_AFTER.exec(text.slice(from));
  if (cut) text = text.slice(0, from + cut.index);
  return tidy(text);
}
