/**
 * Sentence segmentation, one paragraph (one line) at a time. A regular expression proposes every run of
 * terminal punctuation followed by whitespace as a boundary; a short list of refiners then decides, in order,
 * whether each candidate ends the sentence or the sentence goes on (after "Lt. Gen.", "Nov. 7", "J. D.",
 * inside a quotation…). The abbreviations are data (knowledge/abbreviations.json). The rules follow the
 * splitter of compromise, which this replaced, so boundaries stay where the extractor was tuned on them.
 */
import abbreviationsData from '../../../knowledge/abbreviations.json' with { type: 'json' };
import type { Paragraph } from '../ingest/noise.js';

export interface Sentence {
  text: string;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  paragraph: number;
  /** Position in the article (0-based) across all paragraphs. */
  index: number;
}

/** A candidate boundary: the terminal punctuation at [termStart, termEnd) of `text`, then whitespace. */
interface Candidate {
  text: string;
  /** Where the sentence being built starts. */
  sentenceStart: number;
  termStart: number;
  termEnd: number;
  /** The word just before the punctuation, from its last hyphen, bracket or quote on ("(Gen" → "Gen"). */
  word: string;
  /** The word after the whitespace, up to the next whitespace. */
  nextWord: string;
}

/** A refiner's say on a candidate; `undefined` leaves it to the next refiner. Default: the sentence ends. */
type Verdict = 'ends' | 'continues' | undefined;

const lowerCaseSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const BEFORE_NAME = lowerCaseSet(abbreviationsData.beforeName);
const BEFORE_NUMBER = lowerCaseSet(abbreviationsData.beforeNumber);
const ANYWHERE = lowerCaseSet(abbreviationsData.anywhere);
const SENTENCE_STARTERS = new Set(abbreviationsData.sentenceStarters);

// Periods, question and exclamation marks and their combined forms (‽ ‼ ⁇ ⁈ ⁉ ⸘), as a run, then whitespace.
const CANDIDATE = /[.!?\u203D\u203C\u2047-\u2049\u2E18]+(?=\s)/g;
/**
 * CANDIDATE again, as its own object for exec from a chosen lastIndex: setting CANDIDATE's lastIndex would move
 * where the next matchAll over it starts (matchAll copies it).
 */
const TERMINAL = new RegExp(CANDIDATE.source, 'g');
const WHITESPACE = /\s/;
const LETTER = /\p{L}/u;
// What stands before the word that may be an abbreviation: "(Gen.", "Korea-U.S.".
const WORD_PREFIX = /^.*[-–—/([{“‘"'«]/;
const NAME_INITIAL = /^\p{L}$/u;
// "U.S", "a.m", "Ph.D": ends with a period and one letter (the final period is the candidate).
const DOTTED_INITIALISM = /\.\p{L}$/u;
const DIGIT = /^\d/;
// compromise's limits: a quotation or bracket whose closing piece ends this soon holds the sentences together.
const MAX_QUOTED_TAIL = 280;
const MAX_BRACKETED_TAIL = 250;

/** Ordered: the first refiner with a verdict decides. */
const REFINERS: ReadonlyArray<(c: Candidate) => Verdict> = [ellipsis, noLetterYet, abbreviation, unclosedQuoteOrBracket];

/** "He paused... Then": an ellipsis trails off inside the sentence. */
function ellipsis(c: Candidate): Verdict {
  return c.text.startsWith('..', c.termEnd - 2) ? 'continues' : undefined;
}

/** "1. The talks…": a list number or stray punctuation is no sentence of its own. */
function noLetterYet(c: Candidate): Verdict {
  return LETTER.test(c.text.slice(c.sentenceStart, c.termStart)) ? undefined : 'continues';
}

/** "Lt. Gen.", "Nov. 7", "J. D.": only a single period can close an abbreviation ("in the U.S.?" is a question). */
function abbreviation(c: Candidate): Verdict {
  if (c.termEnd - c.termStart !== 1 || c.text[c.termStart] !== '.') return undefined;
  const word = c.word.toLowerCase();
  if (NAME_INITIAL.test(word) || BEFORE_NAME.has(word)) return 'continues';
  if (BEFORE_NUMBER.has(word)) return DIGIT.test(c.nextWord) ? 'continues' : undefined;
  // "the State Dept. did not" goes on, "in the U.S. The talks…" is a new sentence.
  if (ANYWHERE.has(word) || DOTTED_INITIALISM.test(word)) return SENTENCE_STARTERS.has(c.nextWord) ? 'ends' : 'continues';
  return undefined;
}

/**
 * “We will talk. We will not give in,” he said: a quotation or a bracket opened in this sentence keeps its
 * inner sentences in the sentence that quotes them, if the piece of text that closes it ends soon.
 */
function unclosedQuoteOrBracket(c: Candidate): Verdict {
  const closer = unclosedPair(c.text, c.sentenceStart, c.termStart);
  if (closer === null) return undefined;
  const at = c.text.indexOf(closer, c.termEnd);
  if (at < 0) return undefined;
  TERMINAL.lastIndex = at;
  const closingPieceEnd = TERMINAL.exec(c.text)?.index ?? c.text.length;
  const limit = closer === ')' ? MAX_BRACKETED_TAIL : MAX_QUOTED_TAIL;
  return closingPieceEnd - c.termEnd < limit ? 'continues' : undefined;
}

/** The character that closes a quotation or bracket left open in text[from, to), if any. */
function unclosedPair(text: string, from: number, to: number): string | null {
  let curly = 0;
  let straight = 0;
  let round = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '“') curly++;
    else if (ch === '”') curly--;
    else if (ch === '"') straight ^= 1;
    else if (ch === '(') round++;
    else if (ch === ')') round--;
  }
  return curly > 0 ? '”' : straight ? '"' : round > 0 ? ')' : null;
}

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !WHITESPACE.test(text[start - 1])) start--;
  return text.slice(start, end).replace(WORD_PREFIX, '');
}

function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && !WHITESPACE.test(text[end])) end++;
  return text.slice(start, end);
}

function skipWhitespace(text: string, from: number): number {
  while (from < text.length && WHITESPACE.test(text[from])) from++;
  return from;
}

export function splitParagraph(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const push = (start: number, end: number) => {
    while (end > start && WHITESPACE.test(text[end - 1])) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };
  let sentenceStart = skipWhitespace(text, 0);
  for (const m of text.matchAll(CANDIDATE)) {
    const termStart = m.index;
    const termEnd = termStart + m[0].length;
    const next = skipWhitespace(text, termEnd);
    if (next >= text.length) break;
    const candidate: Candidate = {
      text,
      sentenceStart,
      termStart,
      termEnd,
      word: wordBefore(text, termStart),
      nextWord: wordAt(text, next),
    };
    if (decide(candidate) === 'continues') continue;
    push(sentenceStart, termEnd);
    sentenceStart = next;
  }
  // A tail with no letter ("… he said. —") belongs to the sentence before it.
  const last = out.at(-1);
  if (last && !LETTER.test(text.slice(sentenceStart))) {
    out.pop();
    sentenceStart = last.start;
  }
  push(sentenceStart, text.length);
  return out;
}

function decide(c: Candidate): Verdict {
  for (const refine of REFINERS) {
    const verdict = refine(c);
    if (verdict) return verdict;
  }
  return 'ends';
}

export function segmentParagraphs(paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const s of splitParagraph(p.text)) {
      sentences.push({ text: s.text, start: p.start + s.start, end: p.start + s.end, paragraph: pi, index: sentences.length });
    }
  });
  return sentences;
}
