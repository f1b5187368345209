/**
 * Small text helpers shared by the merging stages: folding for comparison, content-word tokens for
 * "same meaning" checks, and surnames for matching participants across reports.
 */
import { escapeRegex } from '../text/escape-regex.js';
import { foldLetters } from '../text/fold-letters.js';
import { BoundedCache } from './bounded-cache.js';
import cues from './cues.json' with { type: 'json' };

const STOPWORDS = new Set<string>(cues.stopwords);

/** Cue phrases (cues.json) as one regex alternation, each escaped and matching any run of spaces between its words. */
export function phraseAlternation(phrases: readonly string[]): string {
  return phrases.map((p) => escapeRegex(p).replace(/ /g, '\\s+')).join('|');
}

// Names, cities and short phrases repeat across thousands of reports: fold each once.
const FOLD_CACHE_MAX = 50_000;
const foldCache = new BoundedCache<string>(FOLD_CACHE_MAX);

/** Lowercase, strip diacritics and punctuation: "Sergéy  Lavrov," → "sergey lavrov". */
export function fold(text: string): string {
  return text.length > 80 ? foldUncached(text) : foldCache.get(text, foldUncached);
}

function foldUncached(text: string): string {
  return foldLetters(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A light stem so "sanctions"/"sanction", "negotiations"/"negotiation", "recognized"/"recognize" meet.
 * Deliberately crude: it only has to make two phrasings of one statement share tokens.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ities', 'ity', 'ings', 'ing', 'ies', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Content-word stems of a statement, without stopwords: the unit of "same meaning" comparisons. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(text).split(' ')) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** |A∩B| / |A∪B| and |A∩B| / min(|A|,|B|) in one pass. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; containment: number; shared: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0, shared: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / small.size, shared };
}

/**
 * The surname used to match a person across reports: last word of the folded name, ignoring
 * honorifics and generational suffixes ("Sergey V. Lavrov" and "Lavrov" → "lavrov").
 */
export function surname(name: string): string | null {
  return surnameCache.get(name, surnameUncached);
}

const surnameCache = new BoundedCache<string | null>(FOLD_CACHE_MAX);

function surnameUncached(name: string): string | null {
  const words = fold(name)
    .split(' ')
    .filter((w) => w.length > 1 && !cues.nameSuffixes.includes(w));
  return words.at(-1) ?? null;
}

/**
 * `list.sort()` (strings, ascending) done only when the list is out of order: most lists here are short
 * and already sorted, and Array.prototype.sort allocates its work space even for two elements.
 */
export function sortStrings(list: string[]): string[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return list.sort();
  return list;
}

/** Short stable hash (FNV-1a 32 bit, hex) for ids derived from canonical keys. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Second round with a different seed widens the id to 64 bits so collisions stay negligible.
  let g = 0x9747b28c;
  for (let i = text.length - 1; i >= 0; i--) {
    g ^= text.charCodeAt(i);
    g = Math.imul(g, 0x5bd1e995);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + (g >>> 0).toString(16).padStart(8, '0');
}
