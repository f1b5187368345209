/**
 * Phrase lists from knowledge/*.json compile to regular expressions here, once, at module load (from the
 * table of prebuilt-sources.ts when it is current, so a cold start does not rebuild the tries).
 * A plain phrase matches case-insensitively at word boundaries; "re:<source>" is a regular expression.
 *
 * Speed: plain phrases share one word-boundary check and one prefix trie, so the engine rejects most text
 * positions at once instead of trying every phrase (a 1,000-word article runs each
 * list in well under a millisecond). Boundaries are ASCII letters/digits, which is what English news needs.
 */
import { escapeRegex } from '../text/escape-regex.js';
import { firstCharsClass } from '../text/first-chars.js';
import { prebuiltSource } from './prebuilt-sources.js';
import { trieSource } from './trie.js';

const WORD_CHAR = /[A-Za-z0-9]/;

function plainBody(phrase: string): string {
  return escapeRegex(phrase.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
}

/** Source of a word-bounded, whitespace-tolerant pattern for one phrase (no flags). */
export function phraseSource(phrase: string): string {
  if (phrase.startsWith('re:')) return `(?:${phrase.slice(3)})`;
  const lead = WORD_CHAR.test(phrase.trim()[0] ?? '') ? '(?<![A-Za-z0-9])' : '';
  const tail = WORD_CHAR.test(phrase.trim().slice(-1)) ? '(?![A-Za-z0-9])' : '';
  return `${lead}${plainBody(phrase)}${tail}`;
}

function withoutUnicodeFlag(flags: string): string {
  return flags.replace('u', '');
}

export function compilePhrase(phrase: string, flags = 'i'): RegExp {
  return new RegExp(phraseSource(phrase), withoutUnicodeFlag(flags));
}

/** One alternation for a whole list, longest phrases first so "phone call" wins over "call". */
export function compilePhraseList(phrases: readonly string[], flags = 'gi'): RegExp {
  const caseless = flags.includes('i');
  const source = prebuiltSource(caseless ? 'phrase-list/i' : 'phrase-list', phrases, () => phraseListSource(phrases, caseless));
  return new RegExp(source, withoutUnicodeFlag(flags));
}

/** The source of compilePhraseList's regular expression; `caseless` when it is compiled with the i flag. */
function phraseListSource(phrases: readonly string[], caseless: boolean): string {
  const regexes = phrases.filter((p) => p.startsWith('re:')).map((p) => `(?:${p.slice(3)})`);
  const plain = phrases.filter((p) => !p.startsWith('re:')).sort((a, b) => b.length - a.length);
  const bounded = plain.filter((p) => WORD_CHAR.test(p.trim()[0]) && WORD_CHAR.test(p.trim().slice(-1)));
  const loose = plain.filter((p) => !bounded.includes(p)).map(phraseSource);
  const parts: string[] = [];
  if (bounded.length > 0) {
    // A prefix trie, not a flat alternation: at each position the engine follows one branch per character
    // instead of trying every phrase. All phrases that match at one position lie on one path of the trie and
    // are tried longest first, as the length-sorted alternation did. No first-character lookahead in front: the
    // trie's first branch tests the same characters, and the extra test at every position cost more than it saved
    // (5-30 % slower scans of the contact, condition, question and history lists on the bench corpus).
    const words = bounded.map((p) => {
      const w = p.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
      return caseless ? w.toLowerCase() : w;
    });
    parts.push(`(?<![A-Za-z0-9])(?:${trieSource(words)})(?![A-Za-z0-9])`);
  }
  // The unbounded phrases and the regular expressions are tried one after the other at every text position: one
  // test of the characters any of them can start with, in front of them all, rejects most positions at once (about
  // a quarter of the contact-cue list's scan). Same matches: a position the class rejects none of them could match at.
  const others = [...loose, ...regexes];
  const firsts = others.length > 1 ? firstCharsClass(others.join('|')) : null;
  if (firsts !== null) parts.push(`(?=[${firsts}])(?:${others.join('|')})`);
  else parts.push(...others);
  return parts.join('|') || '(?!)';
}
