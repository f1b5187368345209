/**
 * Build a regular-expression source from a word list as a prefix trie ("Mar(?:co Rubio|ia Zakharova)")
 * instead of a flat alternation: at each text position the engine follows one branch per character
 * rather than trying hundreds of names, which keeps name and place lookup fast on long articles.
 */
interface Node {
  children: Map<string, Node>;
  end: boolean;
}

function escapeChar(c: string): string {
  // '-' and '/' need no escape outside a class, and escaping them is an error with the u flag.
  return /[.*+?^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
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
  const emit = (node: Node): string => {
    const branches = [...node.children.entries()].map(([c, child]) => flexible(c) + emit(child));
    if (branches.length === 0) return '';
    const alt = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // Longer matches first: the optional tail is tried before stopping here.
    return node.end ? `(?:${alt})?` : alt;
  };
  return emit(root);
}

function defaultChar(c: string): string {
  if (c === ' ') return '\\s+';
  if (c === "'" || c === '’') return "['’]";
  return escapeChar(c);
}
