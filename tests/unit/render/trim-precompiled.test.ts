/** The size trims of the precompiled templates must leave what the templates print unchanged. */
import { describe, expect, it } from 'vitest';
import { nullishAppends } from '../../../scripts/trim-precompiled.js';

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
