/**
 * Reading the JavaScript `Handlebars.precompile` writes, for the build steps that rewrite it
 * (trim-precompiled.ts, shorten-precompiled.ts, share-repeated-markup.ts). Its string literals are always
 * double-quoted JSON strings.
 */

/** Source of a pattern matching one "…" string literal, escapes included. */
export const STRING_LITERAL_SOURCE = String.raw`"(?:[^"\\]|\\.)*"`;

/** Index of the `)` closing the `(` at `open`, or -1; brackets inside "…" string literals do not count. */
export function closingBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; i < code.length && code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
