/**
 * Open-question extractor: what the article leaves unresolved — no date set, to be scheduled, awaiting
 * confirmation, no comment, not disclosed, "whether …", "remains to be seen", and direct questions.
 * Each is kept short: the sentence when it is short, else the clause holding the cue.
 */
import type { OpenQuestion } from '../record/schema.js';
import { splitClauses } from './clauses.js';
import type { SentenceContext } from './context.js';
import { ANY_QUESTION_RE, CUES, QUESTION_NEGATIVE_RE, QUESTION_RES, type QuestionKind } from './knowledge.js';
import { escapeRegex } from '../text/escape-regex.js';

const MAX_WORDS = 30;
// "Asked whether Trump would meet Maduro, Leavitt said the president “has no plans” to do so": asked, and answered no
// (knowledge/cues.json questionAnsweredNo) in the reply that follows the question.
const ASKED_WHETHER = /^(?:When\s+)?[Aa]sked\b[^,]*\bwhether\b/;
const ANSWERED_NO = new RegExp(`\\b(?:${CUES.questionAnsweredNo.map(escapeRegex).join('|')})\\b`, 'i');

function answeredNo(sentence: string): boolean {
  const asked = ASKED_WHETHER.exec(sentence);
  if (!asked) return false;
  const reply = sentence.indexOf(', ', asked[0].length);
  return reply >= 0 && ANSWERED_NO.test(sentence.slice(reply));
}

export interface QuestionCue {
  kind: QuestionKind;
  start: number;
}

export function findQuestionCue(sentence: string): QuestionCue | null {
  if (!ANY_QUESTION_RE.test(sentence) && !sentence.includes('?')) return null;
  const cleaned = sentence.replace(QUESTION_NEGATIVE_RE, (m) => ' '.repeat(m.length));
  for (const { kind, re } of QUESTION_RES) {
    const m = re.exec(cleaned);
    if (m) return { kind, start: m.index };
  }
  // A direct question in the article's own voice (a question inside a quote is someone's rhetoric).
  const trimmed = sentence.trim();
  if (/\?$/.test(trimmed)) {
    const colon = trimmed.lastIndexOf(': ');
    return { kind: 'question', start: colon >= 0 ? colon + 2 : 0 };
  }
  return null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// An interview's speaker label ("A: No date has been set.", "Answer: …") is not part of the answer.
const SPEAKER_LABEL = /^(?:Q|A|Question|Answer)\s*:\s+/;
const INTERVIEWER_LABEL = /^(?:Q|Question)\s*:\s+/;
// Where a long sentence falls into statements: a colon or semicolon, or a quotation that closes one sentence before the
// next begins (a sentence the splitter left joined: "…would “decide appropriately.” It remains unclear whether …").
const STATEMENT_BREAK = /[:;]\s+|(?<=[.!?][”"])\s+(?=[A-Z])/g;
const JOINED_SENTENCES = /(?<=[.!?][”"])\s+(?=[A-Z])/;

/** The statement of `sentence` that holds `at`, with its offset. */
function statementAt(sentence: string, at: number): { text: string; start: number } {
  let start = 0;
  for (const m of sentence.matchAll(STATEMENT_BREAK)) {
    if (m.index! + m[0].length > at) return { text: sentence.slice(start, m.index!), start };
    start = m.index! + m[0].length;
  }
  return { text: sentence.slice(start), start };
}

export function questionText(sentence: string, cue: QuestionCue): string {
  const trimmed = sentence.trim().replace(SPEAKER_LABEL, '');
  if (cue.kind === 'question') return capitalize(sentence.trim().slice(cue.start).trim());
  if (trimmed.split(/\s+/).length <= MAX_WORDS && !JOINED_SENTENCES.test(trimmed)) return trimmed;
  const statement = statementAt(sentence, cue.start);
  const words = statement.text.trim().split(/\s+/).length;
  if (words <= MAX_WORDS && words >= 4) return capitalize(statement.text.trim().replace(SPEAKER_LABEL, '').replace(/[\s,;:]+$/, ''));
  const clause = splitClauses(sentence).find((c) => c.start <= cue.start && cue.start < c.end + 1);
  const text = clause ? clause.text.replace(/^(?:as|while|though|although|but|and)\s+/i, '') : trimmed;
  return capitalize(text.replace(/[\s,;:.]+$/, ''));
}

/**
 * Direct questions worth keeping: one that closes a paragraph of the article's own prose. A question standing
 * alone as its paragraph is a heading ("Could the leaders meet?") or an interviewer's, and one followed by more
 * sentences of its paragraph is answered by them ("What would a new round look like? One possibility is …").
 */
function closesParagraph(contexts: readonly SentenceContext[], i: number): boolean {
  const paragraph = contexts[i].sentence.paragraph;
  const next = contexts[i + 1];
  if (next !== undefined && next.sentence.paragraph === paragraph) return false;
  let first = i;
  while (first > 0 && contexts[first - 1].sentence.paragraph === paragraph) first--;
  // An interviewer's paragraph ("Question: Turkish officials have said … How do you assess this?") asks, it does not leave open.
  return first < i && !INTERVIEWER_LABEL.test(contexts[first].sentence.text);
}

export function extractOpenQuestions(contexts: readonly SentenceContext[]): OpenQuestion[] {
  const out: OpenQuestion[] = [];
  for (let i = 0; i < contexts.length; i++) {
    const ctx = contexts[i];
    const cue = findQuestionCue(ctx.sentence.text);
    if (!cue) continue;
    if (cue.kind === 'question' && !closesParagraph(contexts, i)) continue;
    if (cue.kind === 'whether' && answeredNo(ctx.sentence.text)) continue;
    const text = questionText(ctx.sentence.text, cue);
    if (out.some((q) => q.text === text)) continue;
    out.push({ text, evidence: [{ text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end }], kind: cue.kind });
  }
  return out;
}
