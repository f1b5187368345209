/** Start tags and inline styles shared as constants must build the same HTML. */
import { describe, expect, it } from 'vitest';
import { shareRepeatedMarkup } from '../../../scripts/share-repeated-markup.js';

const LONG_STYLE = 'margin:0 0 10px 0;color:#4b5563';
const MUTED = `<p class=\\"p muted\\" style=\\"${LONG_STYLE}\\">`;

/** Runs generated code (declarations, then a `return`) with `x` as its only input. */
function run(declarations: string[], code: string): string {
  return new Function('x', `${declarations.join('\n')}\n${code}`)('<b>') as string;
}

describe('shareRepeatedMarkup', () => {
  it('declares a long style used in two different tags once, and the code builds the same text', () => {
    const code = `return "<p style=\\"${LONG_STYLE}\\">a</p><p style=\\"color:red\\">b</p>" + x + "<td style=\\"${LONG_STYLE}\\">";`;
    const shared = shareRepeatedMarkup(code);
    expect(shared.declarations).toEqual([`const STYLE_0 = ${JSON.stringify(LONG_STYLE)};`]);
    expect(shared.code.split(LONG_STYLE).length).toBe(1);
    expect(run(shared.declarations, shared.code)).toBe(run([], code));
    expect(run([], code)).toContain(`<td style="${LONG_STYLE}">`);
  });

  it('declares a repeated start tag once, with its style, and drops the quotes of a literal that is only the tag', () => {
    const code = `return "${MUTED}One</p>" + x + "${MUTED}" + x + "</p><p class=\\"other\\" style=\\"${LONG_STYLE}\\">";`;
    const shared = shareRepeatedMarkup(code);
    expect(shared.declarations).toEqual([
      `const STYLE_0 = ${JSON.stringify(LONG_STYLE)};`,
      'const TAG_0 = "<p class=\\"p muted\\" style=\\"" + STYLE_0 + "\\">";',
    ]);
    expect(shared.code).toBe('return TAG_0 + "One</p>" + x + TAG_0 + x + "</p><p class=\\"other\\" style=\\"" + STYLE_0 + "\\">";');
    expect(run(shared.declarations, shared.code)).toBe(run([], code));
  });

  it('leaves short or single tags and styles inline, and string literals without markup as they are', () => {
    const code = `return "<p style=\\"${LONG_STYLE}\\">" + f("hash", "0") + "<br><br><i class=\\"a\\">";`;
    expect(shareRepeatedMarkup(code)).toEqual({ code, declarations: [] });
  });
});
