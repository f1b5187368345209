/**
 * The HTML templates' text repeats: every section cell, heading and field label carries the same long inline
 * style juice wrote, and the same start tags (`<p class="p muted" style="…">`, the layout tables' `<table
 * role="presentation" … cellspacing="0" border="0" style="…">`) open many blocks. In the precompiled code
 * (scripts/build-templates.ts) each start tag and each inline style used more than once is declared once as a
 * module constant and spliced into the string literals: `TAG_0 + "No contacts…"`, `"<td style=\"" + STYLE_1 +
 * "\">"`. The rendered HTML is unchanged.
 */
import { STRING_LITERAL_SOURCE } from './precompiled-code.js';

/** Shorter texts cost less inline than as a constant and its references. */
const MIN_SHARED_LENGTH = 24;
const STRING_LITERAL = new RegExp(STRING_LITERAL_SOURCE, 'g');
/** A start tag whose attributes are all literal, inside a precompiled string literal: <td class=\"k\" style=\"…\">. */
const START_TAG = /(<[a-z][a-z0-9]*(?: [a-z-]+=\\"[^"\\]*\\")+>)/;
/** The value of an inline style, inside a precompiled string literal: style=\"…\". */
const STYLE_VALUE = /(?<=style=\\")([^"\\]+)(?=\\")/;

interface Shared {
  parts: string[];
  declarations: string[];
}

/**
 * Declares each text `pattern` (one capturing group) finds more than once in the string literals of `parts` as
 * `NAME_i`, and splices the constant into those literals. A literal that is only shared texts loses its quotes
 * (`"<br>" + …` rather than `"" + TAG_0 + ""`): the texts are strings, so every `+` around them still appends.
 */
function shareRepeated(parts: string[], pattern: RegExp, prefix: string): Shared {
  const counts = new Map<string, number>();
  for (const part of parts) {
    for (const literal of part.match(STRING_LITERAL) ?? []) {
      const pieces = literal.slice(1, -1).split(pattern);
      for (let i = 1; i < pieces.length; i += 2) counts.set(pieces[i], (counts.get(pieces[i]) ?? 0) + 1);
    }
  }
  const shared = [...counts].filter(([text, n]) => n > 1 && text.length >= MIN_SHARED_LENGTH).map(([text]) => text);
  const names = new Map(shared.map((text, i) => [text, `${prefix}_${i}`]));
  const splice = (literal: string) => {
    const pieces = literal.slice(1, -1).split(pattern);
    const operands: string[] = [];
    let text = '';
    pieces.forEach((piece, i) => {
      const name = i % 2 === 1 ? names.get(piece) : undefined;
      if (name === undefined) {
        text += piece;
        return;
      }
      if (text) operands.push(`"${text}"`);
      operands.push(name);
      text = '';
    });
    if (text || operands.length === 0) operands.push(`"${text}"`);
    return operands.join(' + ');
  };
  return {
    parts: parts.map((part) => part.replace(STRING_LITERAL, splice)),
    // The texts are taken from string literals, so they are already escaped for one.
    declarations: shared.map((text) => `const ${names.get(text)} = "${text}";`),
  };
}

/** `code` with its repeated start tags and inline styles shared, and the declarations of the constants. */
export function shareRepeatedMarkup(code: string): { code: string; declarations: string[] } {
  const tags = shareRepeated([code], START_TAG, 'TAG');
  // A style repeated across different tags (or inside a shared tag and elsewhere) is shared as well.
  const styles = shareRepeated([...tags.declarations, ...tags.parts], STYLE_VALUE, 'STYLE');
  return {
    code: styles.parts.at(-1)!,
    declarations: [...styles.declarations, ...styles.parts.slice(0, -1)],
  };
}
