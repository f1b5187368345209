/** The size trims of the precompiled templates must leave what the templates print unchanged. */
import { describe, expect, it } from 'vitest';
import { nullishAppends, shareRepeatedStyles } from '../../../scripts/trim-precompiled.js';

describe('nullishAppends', () => {
  it('writes the append of a helper result as `?? ""`, matching brackets and skipping strings', () => {
    const code = '"a" + ((stack1 = f("x)", g(1))) != null ? stack1 : "") + "b"';
    expect(nullishAppends(code)).toBe('"a" + (f("x)", g(1)) ?? "") + "b"');
  });

  it('rewrites nested appends and leaves other shapes alone', () => {
    expect(nullishAppends('((stack1 = f(((stack1 = g()) != null ? stack1 : ""))) != null ? stack1 : "")')).toBe('(f((g() ?? "")) ?? "")');
    const other = '((stack1 = f(1)) != null ? stack1 : "x") + ((stack1 = f(2) != null ? stack1 : "")';
    expect(nullishAppends(other)).toBe(other);
  });

  it('prints the same for every kind of helper result', () => {
    const original = new Function('f', 'var stack1; return "<" + ((stack1 = f()) != null ? stack1 : "") + ">";');
    const trimmed = new Function('f', `var stack1; return ${nullishAppends('"<" + ((stack1 = f()) != null ? stack1 : "") + ">"')};`);
    for (const value of [null, undefined, 0, '', false, 'text', NaN]) {
      expect(trimmed(() => value)).toBe(original(() => value));
    }
  });
});

describe('shareRepeatedStyles', () => {
  const long = 'margin:0 0 10px 0;color:#4b5563';
  const code = `return "<p style=\\"${long}\\">a</p><p style=\\"color:red\\">b</p>" + x + "<td style=\\"${long}\\">";`;

  it('declares a long style used twice once, and the code builds the same text', () => {
    const shared = shareRepeatedStyles(code);
    expect(shared.declarations).toEqual([`const STYLE_0 = ${JSON.stringify(long)};`]);
    expect(shared.code.split(long).length).toBe(1);
    const run = (body: string) => new Function('x', body)('<b>') as string;
    expect(run(`${shared.declarations.join('\n')}\n${shared.code}`)).toBe(run(code));
    expect(run(code)).toContain(`<td style="${long}">`);
  });

  it('leaves short or single styles inline', () => {
    expect(shareRepeatedStyles(code.replace(`<td style=\\"${long}\\">`, '')).declarations).toEqual([]);
  });
});
