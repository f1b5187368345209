/**
 * Open-question extractor: what the article leaves unresolved — no date set, to be scheduled, awaiting
 * confirmation, no comment, not disclosed, "whether …", "remains to be seen", and direct questions.
 * Each is kept short: the sentence when it is short, else the clause holding the cue.
 */
import type { OpenQuestion } from '../record/schema.js';
import { splitClauses } from './clauses.js';
import type { SentenceContext } from './context.js';
import { ANY_QUESTION_RE, QUESTION_NEGATIVE_RE, QUESTION_RES, type QuestionKind } from './knowledge.js';

const MAX_WORDS = 30;

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
  if (/\?$/.test(trimmed)) return { kind: 'question', start: Math.max(0, trimmed.lastIndexOf(': ') + 2) };
  return null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function questionText(sentence: string, cue: QuestionCue): string {
  const trimmed = sentence.trim();
  if (cue.kind === 'question') return capitalize(trimmed.slice(cue.start).trim());
  if (trimmed.split(/\s+/).length <= MAX_WORDS) return trimmed;
  const clause = splitClauses(sentence).find((c) => c.start <= cue.start && cue.start < c.end + 1);
  const text = clause ? clause.text.replace(/^(?:as|while|though|although|but|and)\s+/i, '') : trimmed;
  return capitalize(text.replace(/[\s,;:.]+$/, ''));
}

export function extractOpenQuestions(contexts: readonly SentenceContext[]): OpenQuestion[] {
  const out: OpenQuestion[] = [];
  for (const ctx of contexts) {
    const cue = findQuestionCue(ctx.sentence.text);
    if (!cue) continue;
    const text = questionText(ctx.sentence.text, cue);
    if (out.some((q) => q.text === text)) continue;
    out.push({ text, evidence: [{ text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end }], kind: cue.kind });
  }
  return out;
}
