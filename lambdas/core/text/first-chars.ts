/**
 * The characters a regular expression's match can start with, as the body of a character class ("cmt\s"), read
 * from its source: for a lookahead in front of alternatives that start with no fixed text ("(?:\bcall…)|(?:round
 * of …)"). The engine tries each such alternative at every text position; one class test first rejects most.
 *
 * Conservative: null whenever the pattern could match the empty string or start with a character this reader
 * cannot bound ("." , a negated class, a backreference, a \p, \u or \x escape), and for any syntax it does not
 * know. Assertions (\b, ^, lookarounds) consume nothing and are skipped; the first characters are those of the
 * first element that must consume one, and of every optional element before it. The class is read with the
 * pattern's own flags, so with `i` it matches both cases as the pattern does.
 */
interface First {
  /** Class items the first character is one of; null: could be any character. */
  items: string[] | null;
  /** Whether the part can match without consuming a character. */
  empty: boolean;
}

class Unknown extends Error {}

export function firstCharsClass(source: string): string | null {
  const reader = new Reader(source);
  try {
    const first = reader.alternation();
    if (reader.at < source.length || first.empty || first.items === null || first.items.length === 0) return null;
    return [...new Set(first.items)].join('');
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

class Reader {
  at = 0;
  constructor(private readonly src: string) {}

  alternation(): First {
    const first = this.sequence();
    while (this.src[this.at] === '|') {
      this.at++;
      const next = this.sequence();
      first.items = first.items && next.items ? [...first.items, ...next.items] : null;
      first.empty ||= next.empty;
    }
    return first;
  }

  private sequence(): First {
    const first: First = { items: [], empty: true };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const term = this.term();
      const optional = this.quantifier();
      if (first.empty) first.items = first.items && term.items ? [...first.items, ...term.items] : null;
      first.empty &&= term.empty || optional;
    }
    return first;
  }

  /** Reads a quantifier if there is one; true when it allows zero repetitions. */
  private quantifier(): boolean {
    const c = this.src[this.at];
    let optional: boolean;
    if (c === '?' || c === '*') {
      this.at++;
      optional = true;
    } else if (c === '+') {
      this.at++;
      optional = false;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Unknown();
      this.at += m[0].length;
      optional = Number(m[1]) === 0;
    } else return false;
    if (this.src[this.at] === '?') this.at++; // lazy
    return optional;
  }

  private term(): First {
    const src = this.src;
    const c = src[this.at];
    if (c === '^' || c === '$') {
      this.at++;
      return { items: [], empty: true };
    }
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') {
      this.at++;
      return { items: null, empty: false };
    }
    if ('*+?{}])|'.includes(c)) throw new Unknown();
    this.at++;
    return { items: [c === '-' || c === '^' ? `\\${c}` : c], empty: false };
  }

  private group(): First {
    const src = this.src;
    this.at++;
    let assertion = false;
    if (src.startsWith('?:', this.at)) this.at += 2;
    else if (src.startsWith('?=', this.at) || src.startsWith('?!', this.at)) {
      this.at += 2;
      assertion = true;
    } else if (src.startsWith('?<=', this.at) || src.startsWith('?<!', this.at)) {
      this.at += 3;
      assertion = true;
    } else if (src.startsWith('?<', this.at)) {
      const close = src.indexOf('>', this.at);
      if (close < 0) throw new Unknown();
      this.at = close + 1;
    } else if (src[this.at] === '?') throw new Unknown();
    const inner = this.alternation();
    if (src[this.at] !== ')') throw new Unknown();
    this.at++;
    return assertion ? { items: [], empty: true } : inner;
  }

  private charClass(): First {
    const src = this.src;
    const start = this.at + 1;
    let i = start;
    if (src[i] === ']') throw new Unknown();
    while (src[i] !== ']') {
      if (i >= src.length) throw new Unknown();
      i += src[i] === '\\' ? 2 : 1;
    }
    this.at = i + 1;
    let body = src.slice(start, i);
    if (body.startsWith('^')) return { items: null, empty: false };
    // Joined with other items into one class: a hyphen at either end must stay a hyphen.
    if (body.startsWith('-')) body = `\\${body}`;
    if (body.endsWith('-') && !body.endsWith('\\-')) body = `${body.slice(0, -1)}\\-`;
    return { items: [body], empty: false };
  }

  private escape(): First {
    const n = this.src[this.at + 1];
    if (n === undefined) throw new Unknown();
    this.at += 2;
    if (n === 'b' || n === 'B') return { items: [], empty: true };
    // Backreferences, code points, properties, control characters: not bounded here (their syntax is skipped
    // loosely: only what they could start with would matter, and that is unknown anyway).
    if (/[0-9kuxpPc]/.test(n)) return { items: null, empty: false };
    return { items: [`\\${n}`], empty: false };
  }
}
