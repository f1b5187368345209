import { describe, expect, it } from 'vitest';
import { trieSource } from '../../../lambdas/core/ingest/trie.js';

const whole = (words: string[]) => new RegExp(`^(?:${trieSource(words)})$`);
const first = (words: string[], text: string) => text.match(new RegExp(trieSource(words)))?.[0] ?? null;

describe('trieSource', () => {
  it('shares prefixes and keeps each word whole', () => {
    expect(trieSource(['Marco Rubio', 'Maria Zakharova'])).toBe('Mar(?:co\\s+Rubio|ia\\s+Zakharova)');
    const re = whole(['Lavrov', 'Lavrova', 'Lula', 'Li Qiang']);
    for (const w of ['Lavrov', 'Lavrova', 'Lula', 'Li Qiang']) expect(re.test(w)).toBe(true);
    for (const w of ['Lav', 'Lu', 'Li', 'Lavrovv']) expect(re.test(w)).toBe(false);
  });

  it('tries the longer word first where one word is a prefix of another', () => {
    expect(first(['call', 'phone call', 'phone'], 'a phone call today')).toBe('phone call');
    expect(first(['U.N.', 'U.N. General Assembly'], 'at the U.N. General Assembly')).toBe('U.N. General Assembly');
  });

  it('passes every character through the mapping, in chains and at branches', () => {
    const caseless = (c: string) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c === ' ' ? '\\s+' : c);
    const re = new RegExp(`^(?:${trieSource(['foreign minister', 'foreign secretary'], caseless)})$`);
    expect(re.test('Foreign  Minister')).toBe(true);
    expect(re.test('FOREIGN SECRETARY')).toBe(true);
    expect(re.test('foreign ministry')).toBe(false);
  });

  it('matches nothing for no words, and escapes metacharacters', () => {
    expect(trieSource([])).toBe('');
    expect(whole(['a+b (c)']).test('a+b (c)')).toBe(true);
  });
});
