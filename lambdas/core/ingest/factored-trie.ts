/**
 * A word list's alternation, smaller than one prefix trie of it all: entries that share their words are written
 * once per set of shared words. "(?:<portfolios>)\s+Minister" instead of "Minister" under each portfolio;
 * "(?:<demonyms>)\s+Armed\s+Forces" instead of the body's name under each demonym; "(?:Minister\s+(?:of|for)|
 * Secretary\s+of)\s+(?:<portfolios>)" instead of each portfolio under each of three heads.
 *
 * Why the size matters: V8 does not optimize a regular expression whose source is over 20 KB, and one that is not
 * runs several times slower per text position. The titled-name pattern (country words, titles, a name) was over.
 *
 * The match is the trie's. The entries that can match at one text position are prefixes of one another (compared
 * as the patterns match them: `fold` gives what the character patterns do not tell apart), and the trie tries them
 * longest first. An entry is written apart only when no other entry extends it, so it can only be the longest of
 * those, and the groups come before the trie of the others: still longest first. Each group matches exactly its
 * entries (all its heads, a space, all its tails) and, as none extends another, at most one of them at a position.
 */
import { trieSource } from './trie.js';

/**
 * `flexible` maps each character to its pattern, as for trieSource; `fold` maps an entry to what those patterns
 * match alike (e.g. any run of whitespace as one space, both apostrophes as one).
 */
export function factoredTrieSource(words: readonly string[], flexible: (c: string) => string, fold: (word: string) => string): string {
  // Only single spaces between words: a run of spaces is two whitespace patterns, which `fold` would not tell apart.
  if (words.some((w) => w !== w.trim().replace(/\s+/g, ' '))) return trieSource(words, flexible);
  const folded = words.map(fold);
  // The entries each is a prefix of: in sorted order, those that start with an entry come right after it.
  const order = words.map((_, i) => i).sort((a, b) => (folded[a] < folded[b] ? -1 : folded[a] > folded[b] ? 1 : a - b));
  const extended = new Array<boolean>(words.length).fill(false);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    for (let n = k + 1; n < order.length && folded[order[n]].startsWith(folded[i]); n++) {
      extended[i] = true;
      if (folded[order[n]] === folded[i]) extended[order[n]] = true;
      // An entry that is a prefix of another but spelled otherwise in a way the patterns do not tell apart ("Minister
      // of state", "Minister of State Security") sits on another branch of the trie, tried in list order, which
      // taking entries out of the trie could change: keep the plain trie then. Otherwise the entries that can match
      // at one position lie on one path of the trie and are tried longest first, whatever else the trie holds (two
      // spellings of one entry, "Côte d'Ivoire" and "Côte d’Ivoire", match the same: their order decides nothing).
      if (folded[order[n]] !== folded[i] && !words[order[n]].startsWith(words[i])) return trieSource(words, flexible);
    }
  }
  const apart = words.filter((w, i) => w.includes(' ') && !extended[i]);
  // Split at the last space ("Public Security" + "Minister") or the first ("Ukrainian" + "Armed Forces"): whichever
  // writes the shorter source, if shorter than the plain trie. A group of one entry stays in the trie.
  const candidates = (['last', 'first'] as const).map((at) => {
    const groups = sharedWordGroups(apart, at, fold).filter((g) => g.words.length > 1);
    if (groups.length === 0) return trieSource(words, flexible);
    const inGroups = new Set(groups.flatMap((g) => g.words));
    const rest = words.filter((w) => !inGroups.has(w));
    const parts = groups.map((g) => `(?:${trieSource(g.heads, flexible)})${flexible(' ')}(?:${trieSource(g.tails, flexible)})`);
    if (rest.length > 0) parts.push(trieSource(rest, flexible));
    return `(?:${parts.join('|')})`;
  });
  return [trieSource(words, flexible), ...candidates].reduce((a, b) => (b.length < a.length ? b : a));
}

/**
 * The entries split at one space into head and tail, grouped so that each group's entries are exactly its heads
 * times its tails: tails with the same set of heads share one group.
 */
function sharedWordGroups(
  words: readonly string[],
  at: 'first' | 'last',
  fold: (word: string) => string,
): Array<{ heads: string[]; tails: string[]; words: string[] }> {
  const ofTail = new Map<string, { heads: Map<string, string>; words: string[] }>();
  for (const word of words) {
    const w = word;
    const cut = at === 'last' ? w.lastIndexOf(' ') : w.indexOf(' ');
    const tail = w.slice(cut + 1);
    const entry = ofTail.get(tail) ?? { heads: new Map<string, string>(), words: [] };
    entry.heads.set(fold(w.slice(0, cut)), w.slice(0, cut));
    entry.words.push(word);
    ofTail.set(tail, entry);
  }
  const byHeads = new Map<string, { heads: string[]; tails: string[]; words: string[] }>();
  for (const [tail, entry] of ofTail) {
    const key = [...entry.heads.keys()].sort().join('\n');
    const group = byHeads.get(key) ?? { heads: [...entry.heads.values()], tails: [], words: [] };
    group.tails.push(tail);
    group.words.push(...entry.words);
    byHeads.set(key, group);
  }
  return [...byHeads.values()];
}
