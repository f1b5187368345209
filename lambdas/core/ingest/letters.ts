/**
 * The Unicode letter and digit tests of the ingest stage, each built once from a string.
 *
 * V8 builds a Unicode property class (`\p{L}`: ~650 ranges, from ICU) every time it parses a pattern that
 * names one, ~0.3 M instructions each: a regular-expression literal is parsed when its module loads (to
 * report syntax errors early) and again when its function is first compiled, and a class that merges two
 * properties (`[\p{L}\p{N}]`) costs twice the two apart. Written as literals, these tests cost ~9 M
 * instructions of every cold start before the first article was read; built here from strings, each
 * property is parsed once. Every article runs them, so they are built at load, not deferred.
 */

/** A letter or a digit anywhere in the string (the class [\p{L}\p{N}], as two cheaper alternatives). */
export const LETTER_OR_DIGIT = new RegExp('\\p{L}|\\p{N}', 'u');

/** A capital letter or a digit anywhere in the string. */
const CAPITAL_OR_DIGIT = new RegExp('\\p{Lu}|\\p{N}', 'u');

/** Starts with a lower-case letter. */
export const STARTS_LOWER_CASE = new RegExp('^\\p{Ll}', 'u');

/** Everything but letters and periods, for `replace`: "U.S.," → "U.S.". */
export const NOT_LETTER_OR_PERIOD = new RegExp('[^\\p{L}.]', 'gu');

/**
 * Whether the first letter or digit of `word` is a capital or a digit ("Talks", "(Reuters)", "2025"), as
 * /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u tests it: code point by code point, false when there is none.
 */
export function startsCapitalized(word: string): boolean {
  for (const ch of word) if (LETTER_OR_DIGIT.test(ch)) return CAPITAL_OR_DIGIT.test(ch);
  return false;
}
