/**
 * Sentence segmentation, one paragraph at a time, with compromise's rule-based splitter (it keeps
 * "U.S.", "Lt. Gen.", "Dept." and "Nov. 7" inside their sentence, unlike Intl.Segmenter). Only the
 * splitter is called — not the full compromise parse — which keeps a 1,000-word article well under a
 * millisecond here.
 */
import nlp from 'compromise/one';
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

type SplitFn = (text: string, world: unknown) => string[];
const world = (nlp as unknown as { world(): unknown }).world();
const splitSentences = (nlp as unknown as { methods(): { one: { tokenize: { splitSentences: SplitFn } } } }).methods().one.tokenize
  .splitSentences;

// compromise keeps "in the U.S. An expert meeting…" together (an abbreviation may end a sentence or not);
// a capitalized determiner or pronoun right after an initialism almost always starts a new sentence.
const INITIALISM_THEN_STARTER = /(?<=\b(?:[A-Z]\.){2,})\s+(?=(?:The|A|An|It|He|She|They|We|This|That|These|Those|But|However|Meanwhile|Its|His|Her|Their|There)\s)/g;

export function splitParagraph(text: string): Array<{ text: string; start: number; end: number }> {
  const parts = splitSentences(text, world).flatMap((s) => s.split(INITIALISM_THEN_STARTER));
  const out: Array<{ text: string; start: number; end: number }> = [];
  let cursor = 0;
  for (const part of parts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    // The splitter returns pieces of the input in order; find each from the cursor to get exact offsets.
    const at = text.indexOf(trimmed, cursor);
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + trimmed.length : Math.min(text.length, cursor + trimmed.length);
    out.push({ text: text.slice(start, end), start, end });
    cursor = end;
  }
  return out;
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
