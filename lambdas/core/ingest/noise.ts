/**
 * Noise removal: turn a scraped page's text into the article's paragraphs. Related-headline lists,
 * trending/most-read blocks, share and subscribe prompts, bylines, footers and photo captions are dropped;
 * short title-like lines are kept as headings (readable, but never mined for contacts). Every rule comes
 * from knowledge/noise.json so a user can add an outlet's quirks without touching code.
 */
import noiseData from '../../../knowledge/noise.json' with { type: 'json' };
import { compilePhraseList } from './phrases.js';
import { escapeRegex } from '../text/escape-regex.js';
import { LETTER_OR_DIGIT, NOT_LETTER_OR_PERIOD, startsCapitalized, STARTS_LOWER_CASE } from './letters.js';

export type ParagraphKind = 'title' | 'heading' | 'prose';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
  /** Offsets of the paragraph in the cleaned text. */
  start: number;
  end: number;
}

export interface CleanedArticle {
  text: string;
  paragraphs: Paragraph[];
  title: string | null;
  /** How many lines were dropped as noise (for diagnostics). */
  droppedLines: number;
}

const TAIL_MARKERS = new Set(noiseData.tailMarkers.map((m) => normalizeMarker(m)));
// Normalizing keeps a line's words, so a line with more words than every marker is none: prose lines (most of a
// page) are then never lower-cased and rewritten only to be looked up.
const MAX_TAIL_MARKER_WORDS = Math.max(0, ...[...TAIL_MARKERS].map((m) => wordsOf(m).length));
// One alternation for all drop rules: one regex run per line instead of one per rule.
const DROP_LINES = compilePhraseList(noiseData.dropLines, 'i');
const CAPTION_STARTS = noiseData.captionStarts.map((s) => s.toLowerCase());
const CREDIT_WORDS = new RegExp(`(?:${noiseData.captionCredits.map(escapeRegex).join('|')})`, 'i');
const TRAILING_PARENS = /\(([^()]{3,200})\)\s*$/;
const TERMINAL = /[.!?…"”’'»)\]]$/;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'and', 'or', 'with', 'as', 'by', 'from', 'amid', 'over', 'vs', 'vs.', 'is', 'are', 'after', 'into', 'but', 'its', 'his', 'her', 'their', 'up']);

function normalizeMarker(s: string): string {
  return s.toLowerCase().replace(/[:\s]+$/g, '').replace(/\s+/g, ' ').trim();
}

function wordsOf(line: string): string[] {
  return line.split(/\s+/).filter((w) => LETTER_OR_DIGIT.test(w));
}

const SPACE = /\s/;

/**
 * Whether a line has more than `max` words (whitespace-separated tokens with a letter or digit), counted
 * only up to max + 1 in one pass over the characters: prose lines are long and asked three times.
 */
function hasMoreWordsThan(line: string, max: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const ascii = c < 128;
    if (ascii ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(line[i])) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    const lower = c | 32;
    if (ascii ? (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) : LETTER_OR_DIGIT.test(line[i])) {
      inWord = true;
      if (++count > max) return true;
    }
  }
  return false;
}

function titleCaseRatio(words: string[]): number {
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase().replace(NOT_LETTER_OR_PERIOD, '')));
  if (content.length === 0) return 0;
  const capitalized = content.filter(startsCapitalized).length;
  return capitalized / content.length;
}

/** Short lines without closing punctuation, or short Title Case lines: headlines, headings, list items. */
export function isHeadlineLike(line: string): boolean {
  if (hasMoreWordsThan(line, 25)) return false;
  const words = wordsOf(line);
  if (words.length === 0) return false;
  if (/(?:…|\.\.\.)$/.test(line)) return true; // teaser snippets of related stories
  if (!TERMINAL.test(line)) return true;
  return words.length <= 15 && !line.endsWith('.') && titleCaseRatio(words) >= 0.7;
}

export function isCaption(line: string): boolean {
  if (hasMoreWordsThan(line, MAX_CAPTION_WORDS)) return false;
  const lower = line.toLowerCase();
  if (CAPTION_STARTS.some((s) => lower.startsWith(s.toLowerCase()))) return true;
  const credit = TRAILING_PARENS.exec(line);
  return credit !== null && (CREDIT_WORDS.test(credit[1]) || /\w\/\w/.test(credit[1]));
}

// Page furniture is short; a long paragraph that mentions a "newsletter" or "copyright" is prose.
const MAX_FURNITURE_WORDS = 20;
const MAX_CAPTION_WORDS = 90;

export function isDroppedLine(line: string): boolean {
  return !hasMoreWordsThan(line, MAX_FURNITURE_WORDS) && DROP_LINES.test(line);
}

export function isTailMarker(line: string): boolean {
  return !hasMoreWordsThan(line, MAX_TAIL_MARKER_WORDS) && TAIL_MARKERS.has(normalizeMarker(line));
}

/**
 * Re-join hard-wrapped lines: a long line that does not end a sentence continues on the next line when that
 * one starts in lower case, or — in a text wrapped at a fixed width — when neither line is Title Case
 * (headlines and list items are never joined, so a related-headlines list stays a list).
 */
function isHardWrapped(lines: string[]): boolean {
  // Wrapped at a fixed width (72, 80, 100, 120 …): many long lines, nearly all in a narrow band below the
  // width, which is no longer than a wrapping editor's line. The width is the 90th percentile of the long
  // lines, not the widest: a pasted link or a "Read more: …" line left unwrapped in a long text must not make
  // the whole text unwrapped (its wrapped paragraphs would then start with a line read as a heading).
  const long = lines.filter((l) => l.length >= 50).map((l) => l.length).sort((a, b) => a - b);
  if (long.length < 4) return false;
  const width = long[Math.ceil(long.length * 0.9) - 1];
  if (width > 130) return false;
  return long.filter((length) => length >= width - 30 && length <= width).length / long.length >= 0.7;
}

function unwrap(lines: string[]): string[] {
  const wrapped = isHardWrapped(lines);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length > 0 ? out[out.length - 1] : '';
    const continues =
      prev.length > 40 &&
      line.length > 0 &&
      !TERMINAL.test(prev) &&
      (STARTS_LOWER_CASE.test(line) || (wrapped && titleCaseRatio(wordsOf(prev)) < 0.6 && titleCaseRatio(wordsOf(line)) < 0.6));
    if (continues) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

const WIDE_SPACE = '\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\t';
/**
 * A run of spaces that is not one plain space: it becomes one plain space. A lone space is left unmatched rather
 * than replaced by itself, so ordinary prose lines come back unchanged without a replacement per word.
 */
const SPACE_RUN = new RegExp(` ?[${WIDE_SPACE}][${WIDE_SPACE} ]*| {2,}[${WIDE_SPACE} ]*`, 'g');

interface Line {
  text: string;
  headline: boolean;
}

export function cleanArticleText(raw: string, knownTitle: string | null = null): CleanedArticle {
  const lines = unwrap(
    raw
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.replace(SPACE_RUN, ' ').trim()),
  );
  const kept: Line[] = [];
  let dropped = 0;
  let seenProse = false;
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (isTailMarker(line) && (seenProse || kept.length > 2)) {
      dropped += lines.slice(i).filter((l) => l).length;
      break;
    }
    if (isDroppedLine(line)) {
      dropped++;
      continue;
    }
    if (isCaption(line)) {
      dropped++;
      // A bare name right above a caption is the caption's label ("Sergey Lavrov"), not a section heading.
      const prev = kept[kept.length - 1];
      if (prev && prev.headline && wordsOf(prev.text).length <= 8) {
        kept.pop();
        dropped++;
      }
      continue;
    }
    const key = line.toLowerCase();
    if (seen.has(key)) {
      dropped++; // repeated title or teaser
      continue;
    }
    seen.add(key);
    const headline = isHeadlineLike(line);
    if (!headline) seenProse = true;
    kept.push({ text: line, headline });
  }

  // Three or more headline-like lines in a row are a list of links, not the article's headings.
  const survivors: Line[] = [];
  for (let i = 0; i < kept.length; ) {
    if (!kept[i].headline) {
      survivors.push(kept[i++]);
      continue;
    }
    let j = i;
    while (j < kept.length && kept[j].headline) j++;
    const run = j - i;
    // The page title may sit right above a one-line dek; only drop genuine lists.
    if (run >= 3) dropped += run;
    else survivors.push(...kept.slice(i, j));
    i = j;
  }

  let title = knownTitle?.replace(/\s+/g, ' ').trim() || null;
  const paragraphs: Paragraph[] = [];
  let text = '';
  survivors.forEach((line, index) => {
    let kind: ParagraphKind = line.headline ? 'heading' : 'prose';
    const isTitle = title ? line.text.toLowerCase() === title.toLowerCase() : line.headline && index === 0;
    if (isTitle) {
      kind = 'title';
      title ??= line.text;
    }
    if (text) text += '\n\n';
    const start = text.length;
    text += line.text;
    paragraphs.push({ text: line.text, kind, start, end: text.length });
  });
  return { text, paragraphs, title, droppedLines: dropped };
}
