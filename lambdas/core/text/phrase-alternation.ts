import { escapeRegex } from './escape-regex.js';

/**
 * A regular-expression alternation of literal phrases, longest first (so "prime minister" is tried before "prime"),
 * any run of spaces in a phrase matching any run of whitespace in the text.
 */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/\s+/g, '\\s+'))
    .join('|');
}
