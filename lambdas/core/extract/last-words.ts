/**
 * Where the last words of a text start, for patterns anchored at its end ("<seat noun>\s+$", "<noun>
 * <participle>\s+$"). A regular expression has no fast way to search from the end: it tries every position
 * of the text, and with Unicode classes or case folding each try costs. A pattern that spans at most `count`
 * words (runs of non-whitespace) and is preceded by a lookbehind that whitespace passes matches the same on the
 * text from lastWordsStart(text, count) on, at the same places shifted by that offset.
 */

const WHITESPACE = /\s/;

function isWhitespace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITESPACE.test(text[i]);
}

/** The offset where the last `count` words of `text` start (0 when it has no more than `count` words). */
export function lastWordsStart(text: string, count: number): number {
  let i = text.length;
  for (let n = 0; n < count; n++) {
    while (i > 0 && isWhitespace(text, i - 1)) i--;
    while (i > 0 && !isWhitespace(text, i - 1)) i--;
    if (i === 0) return 0;
  }
  return i;
}

/** How many words a phrase of a word list can span: its whitespace-separated parts (ends included, to be safe). */
export function maxWordsOf(phrases: readonly string[]): number {
  return Math.max(1, ...phrases.map((p) => p.split(/\s+/).length));
}
