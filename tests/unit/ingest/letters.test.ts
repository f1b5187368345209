import { describe, expect, it } from 'vitest';
import { LETTER_OR_DIGIT, NOT_LETTER_OR_PERIOD, startsCapitalized, STARTS_LOWER_CASE } from '../../../lambdas/core/ingest/letters.js';

// Words that start with every kind of character the tests tell apart: ASCII and other capitals, lower case,
// digits (ASCII and not), letters without case, punctuation, symbols, astral letters and lone surrogates.
const WORDS = [
  'Talks', 'talks', '(Reuters)', '“Minister', '‘the', '2025', '١٢', '—', '', '...', "'s", 'Élysée', 'élysée',
  'Ñ', 'ß', 'ǅemal', '中国', 'Ⅻ', '𝐀bc', '𝐚bc', '\ud835', '\ud835Ab', '--US', '-us', 'U.S.', '«Non»', '«non»',
];

describe('letters: the literals they replace, at lower start-up cost', () => {
  it('startsCapitalized answers as /^[^\\p{L}\\p{N}]*[\\p{Lu}\\p{N}]/u', () => {
    const reference = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;
    for (const w of WORDS) expect(startsCapitalized(w), w).toBe(reference.test(w));
    expect(WORDS.filter(startsCapitalized)).toEqual(['Talks', '(Reuters)', '“Minister', '2025', '١٢', 'Élysée', 'Ñ', 'Ⅻ', '𝐀bc', '\ud835Ab', '--US', 'U.S.', '«Non»']);
  });

  it('LETTER_OR_DIGIT, STARTS_LOWER_CASE and NOT_LETTER_OR_PERIOD match as the classes they stand for', () => {
    for (const w of WORDS) {
      expect(LETTER_OR_DIGIT.test(w), w).toBe(/[\p{L}\p{N}]/u.test(w));
      expect(STARTS_LOWER_CASE.test(w), w).toBe(/^[\p{Ll}]/u.test(w));
      expect(w.replace(NOT_LETTER_OR_PERIOD, ''), w).toBe(w.replace(/[^\p{L}.]/gu, ''));
    }
    expect('U.S.,'.replace(NOT_LETTER_OR_PERIOD, '')).toBe('U.S.');
  });
});
