/**
 * Build a regular-expression source from a word list as a prefix trie ("Mar(?:co Rubio|ia Zakharova)")
 * instead of a flat alternation: at each text position the engine follows one branch per character
 * rather than trying hundreds of names, which keeps name and place lookup fast on long articles.
 */
import { escapeRegex } from '../text/escape-regex.js';

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

/** `flexible` maps a character to its pattern (e.g. any whitespace for ' ', both apostrophes for "'"). */
export function trieSource(words: Iterable<string>, flexible: (c: string) => string = defaultChar): string {
  const root: Node = { children: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const c of w) {
      let next = node.children.get(c);
      if (!next) node.children.set(c, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  // Every character goes through `flexible` once per distinct character, not once per trie node.
  const patterns = new Map<string, string>();
  const pattern = (c: string): string => {
    let p = patterns.get(c);
    if (p === undefined) patterns.set(c, (p = flexible(c)));
    return p;
  };
  const emit = (start: Node): string => {
    // Most of a name trie is single-child chains (the rest of each name once its prefix is unique): walk them in
    // a loop, so a build costs one step per character instead of a recursive call and an array per node. This is
    // what a Lambda pays at every cold start for the name, country, title and place lists.
    let node = start;
    let run = '';
    while (node.children.size === 1 && !node.end) {
      const [[c, child]] = node.children;
      run += pattern(c);
      node = child;
    }
    if (node.children.size === 0) return run;
    const branches: string[] = [];
    for (const [c, child] of node.children) branches.push(pattern(c) + emit(child));
    const alt = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // Longer matches first: the optional tail is tried before stopping here.
    return run + (node.end ? `(?:${alt})?` : alt);
  };
  return emit(root);
}

/** The default character patterns: any run of whitespace for a space, either apostrophe for one, else the character. */
export function defaultChar(c: string): string {
  if (c === ' ') return '\\s+';
  if (c === "'" || c === '’') return "['’]";
  return escapeRegex(c);
}
