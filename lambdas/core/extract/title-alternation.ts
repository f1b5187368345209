/**
 * The alternation of the titles list ("Foreign Minister", "Minister of Finance", "Commerce Secretary"), smaller
 * than one prefix trie of them all: titles that end in the same word after the same set of heads are written once,
 * "(?:<portfolios>)\s+Minister" and "(?:Minister\s+(?:of|for)|Secretary\s+of)\s+(?:<portfolios>)", instead of
 * repeating "Minister" under each portfolio and each portfolio under each of its three heads.
 *
 * Why the size matters: V8 does not optimize a regular expression whose source is over 20 KB, and the titled-name
 * pattern (country words, then these titles, then a name) was just over, so every text position it tried cost
 * several times more.
 *
 * The match is the trie's. The titles that can match at one text position are prefixes of one another (compared
 * as the patterns match: ASCII letters in either case, any run of whitespace as one space), and the trie tries them
 * longest first. A title is written apart only when no other title extends it, so it can only be the longest of
 * those, and the groups come before the trie of the others: still longest first. Each group matches exactly its
 * titles (all its heads times all its last words), and at most one of them at a position.
 */
import { trieSource } from '../ingest/trie.js';

/** `flexible` maps each character to its pattern as for trieSource; it must match ASCII letters in either case. */
export function titleAlternationSource(titles: readonly string[], flexible: (c: string) => string): string {
  const folded = titles.map(fold);
  // A title that is a prefix of another but spelled in another case ("Minister of state", "Minister of State
  // Security") would sit on another branch of the trie, tried in list order, which taking titles out of the trie
  // could change: keep the plain trie then. Otherwise the titles that can match at one position lie on one path
  // of the trie and are tried longest first, whatever else the trie holds.
  if (hasCaseVariantPrefixes(titles, folded)) return trieSource(titles, flexible);
  // Longest of its chain: a title of several words that no other title extends.
  const longest = (i: number) => /\s/.test(titles[i].trim()) && folded.every((other, j) => j === i || !other.startsWith(folded[i]));
  const factored = titles.filter((_, i) => longest(i));
  // A group of one title is no shorter written apart: it stays in the trie.
  const products = portfolioGroups(factored).filter((g) => g.titles.length > 1);
  if (products.length === 0) return trieSource(titles, flexible);
  const apart = new Set(products.flatMap((g) => g.titles));
  const groups = products.map((g) => `(?:${trieSource(g.heads, flexible)})${flexible(' ')}(?:${trieSource(g.lasts, flexible)})`);
  const rest = titles.filter((t) => !apart.has(t));
  return `(?:${[...groups, ...(rest.length > 0 ? [trieSource(rest, flexible)] : [])].join('|')})`;
}

/** ASCII letters in lower case, whitespace runs as one space: what the title patterns tell apart. */
function fold(title: string): string {
  return title.trim().replace(/\s+/g, ' ').replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function hasCaseVariantPrefixes(titles: readonly string[], folded: readonly string[]): boolean {
  const spelled = titles.map((t) => t.trim().replace(/\s+/g, ' '));
  for (let i = 0; i < titles.length; i++) {
    for (let j = 0; j < titles.length; j++) {
      if (i !== j && folded[j].startsWith(folded[i]) && !spelled[j].startsWith(spelled[i])) return true;
    }
  }
  return false;
}

/**
 * The titles split at their last space into head and last word ("Public Security" + "Minister"), grouped so that
 * each group's titles are exactly its heads times its last words: last words with the same set of heads share one.
 */
function portfolioGroups(titles: readonly string[]): Array<{ heads: string[]; lasts: string[]; titles: string[] }> {
  const ofLast = new Map<string, { heads: Map<string, string>; titles: string[] }>();
  for (const title of titles) {
    const t = title.trim().replace(/\s+/g, ' ');
    const cut = t.lastIndexOf(' ');
    const last = t.slice(cut + 1);
    const entry = ofLast.get(last) ?? { heads: new Map<string, string>(), titles: [] };
    entry.heads.set(fold(t.slice(0, cut)), t.slice(0, cut));
    entry.titles.push(title);
    ofLast.set(last, entry);
  }
  const byHeads = new Map<string, { heads: string[]; lasts: string[]; titles: string[] }>();
  for (const [last, entry] of ofLast) {
    const key = [...entry.heads.keys()].sort().join('\n');
    const group = byHeads.get(key) ?? { heads: [...entry.heads.values()], lasts: [], titles: [] };
    group.lasts.push(last);
    group.titles.push(...entry.titles);
    byHeads.set(key, group);
  }
  return [...byHeads.values()];
}
