import { describe, expect, it } from 'vitest';
import { firstCharsClass } from '../../../lambdas/core/text/first-chars.js';

describe('firstCharsClass', () => {
  it('reads the first characters of each alternative, past assertions and optional parts', () => {
    expect(firstCharsClass('(?:\\bcall(?:s|ed)?\\s+on)|(?:round of)')).toBe('cr');
    expect(firstCharsClass('(?:the\\s+)?x|y?z')).toBe('txyz');
    expect(firstCharsClass('(?=[cC])\\bcall|(?<![A-Za-z0-9])met|^\\s*(?<name>[A-Z])')).toBe('cm\\sA-Z');
    expect(firstCharsClass('(?:\\d{1,2}\\.\\s+)?(?:Before|Prior)')).toBe('\\dBP');
  });

  it('keeps a hyphen at the end of a class a hyphen once classes are joined', () => {
    const cls = firstCharsClass('[-–]x|[a-]y|q')!;
    expect(cls).toBe('\\-–a\\-q');
    expect(new RegExp(`^[${cls}]$`).test('b')).toBe(false);
    expect(new RegExp(`^[${cls}]$`).test('-')).toBe(true);
  });

  it('gives up where the first character is not bounded or the match may be empty', () => {
    for (const source of ['.x', '[^a]b', 'a*', 'a|', '(?:)', '\\1a', '\\u0041', 'x{0,2}', '(?i:a)', 'a{', '(?:a|b*)'])
      expect(firstCharsClass(source), source).toBeNull();
  });

  it('never rejects a position where the pattern matches', () => {
    const patterns = [
      '(?:\\bcall(?:s|ed|ing)?\\s+on\\s+(?!(?:Monday|Friday)\\b)(?:[^\\s,.;:]+\\s+){1,6}?to\\s+\\w)|(?:waiting for .{0,40}confirmation)',
      '(?:(?=[tT])\\bthe\\s+(?:first|last)(?=\\s+was held))|(?:\\bround of (?:[a-z-]+ ){0,2}dialogue\\b)|(?<![A-Za-z0-9])on\\s+and\\s+off',
      "(?:[“\"]?(?:no|not)\\s+(?:yet|now))|(?:['’]s\\s+turn)",
    ];
    const texts = [
      'He called on Friday. They call on the minister to act and will call on allies to help; waiting for final confirmation.',
      'The first was held in May. A new round of strategic dialogue on and off the table, “not yet”, it’s turn and Sam’s turn.',
    ];
    for (const p of patterns) {
      const cls = firstCharsClass(p);
      expect(cls, p).not.toBeNull();
      for (const flags of ['g', 'gi']) {
        const plain = new RegExp(p, flags);
        const guarded = new RegExp(`(?=[${cls}])(?:${p})`, flags);
        for (const t of texts) expect([...t.matchAll(guarded)].map((m) => [m.index, m[0]])).toEqual([...t.matchAll(plain)].map((m) => [m.index, m[0]]));
      }
    }
  });
});
