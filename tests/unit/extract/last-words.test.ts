import { describe, expect, it } from 'vitest';
import { lastWordsStart, maxWordsOf } from '../../../lambdas/core/extract/last-words.js';

describe('lastWordsStart: where the last words of a text start', () => {
  it('counts runs of non-whitespace from the end, trailing whitespace and tabs or wide spaces included', () => {
    expect(lastWordsStart('the deal signed in ', 2)).toBe('the deal '.length);
    expect(lastWordsStart('the deal signed in ', 1)).toBe('the deal signed '.length);
    expect(lastWordsStart('talks\u00a0at the\tembassy  ', 2)).toBe('talks\u00a0at '.length);
    expect(lastWordsStart('embassy in ', 3)).toBe(0);
    expect(lastWordsStart('', 2)).toBe(0);
  });

  it('an end-anchored pattern of at most that many words matches the same on the last words as on the whole text', () => {
    const seat = /(?<![\p{L}])(?:embassy|consul\s+general|ministry)\s+$/iu;
    const texts = ['officials at the embassy ', 'the U.S. consul  general ', 'a pro-ministry ', 'the Ministry said in ', 'near the embassy gate '];
    const words = maxWordsOf(['embassy', 'consul general', 'ministry']);
    expect(words).toBe(2);
    for (const text of texts) {
      const from = lastWordsStart(text, words);
      const onTail = seat.exec(text.slice(from));
      expect(onTail ? from + onTail.index : null, text).toBe(seat.exec(text)?.index ?? null);
    }
    // One word too few cuts "consul general" in half: the count matters.
    expect(seat.test('the U.S. consul general '.slice(lastWordsStart('the U.S. consul general ', 1)))).toBe(false);
  });
});
