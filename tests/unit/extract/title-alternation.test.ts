import { describe, expect, it } from 'vitest';
import { titleAlternationSource } from '../../../lambdas/core/extract/title-alternation.js';
import { trieSource } from '../../../lambdas/core/ingest/trie.js';

const eitherCase = (c: string) => (c === ' ' ? '\\s+' : /[A-Za-z]/.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c);

// What follows a title in the titled-name pattern decides which title the engine settles on: with a continuation
// that only some readings satisfy, a different order of trying the titles would show as a different match.
const firstMatch = (source: string, text: string) => new RegExp(`^(?:${source})(?=\\s+[A-Z][a-z]+\\b|s\\b)`, 'u').exec(text)?.[0] ?? null;

const TITLES = [
  'Minister',
  'Minister of Finance',
  'Minister of Foreign Affairs',
  'Minister of State',
  'Minister of State Security',
  'Finance Minister',
  'Finance Secretary',
  'Foreign Minister',
  'Foreign Secretary',
  'Home Affairs',
  'Home Affairs Minister',
  'Home Affairs Secretary',
  'Secretary',
  'Secretary of State',
  'President',
  'Vice President',
];

describe('titleAlternationSource', () => {
  it('writes the portfolio titles once per set of heads: shorter than the trie of them all', () => {
    const source = titleAlternationSource(TITLES, eitherCase);
    expect(source.length).toBeLessThan(trieSource(TITLES, eitherCase).length);
    // "Finance", "Foreign" and "Home Affairs" share both last words: one group holds all six titles.
    expect(source.split('[Mm][Ii][Nn][Ii][Ss][Tt][Ee][Rr]|[Ss][Ee][Cc][Rr][Ee][Tt][Aa][Rr][Yy]').length - 1).toBe(1);
  });

  it('matches what the trie matches, in the same order', () => {
    const source = titleAlternationSource(TITLES, eitherCase);
    const trie = trieSource(TITLES, eitherCase);
    const texts = [
      'Minister of Finance Jane',
      'Minister of State Security Ivan',
      'Minister of State Ivan',
      'Minister of State security Ivan',
      'Minister of State Security council',
      'minister of foreign affairs Wang',
      'Minister Of Finance',
      'Finance Minister Jane',
      'FOREIGN  SECRETARY Lammy',
      'Home Affairs Minister Amit',
      'Home Minister Amit',
      'Secretary of State Rubio',
      'Secretary Rubio',
      'Vice President Vance',
      'Presidents Putin',
      'Foreign Ministers',
    ];
    for (const text of texts) expect(firstMatch(source, text), text).toBe(firstMatch(trie, text));
    expect(firstMatch(source, 'Minister of State Security council')).toBe('Minister of State');
    expect(firstMatch(source, 'Home Minister Amit')).toBeNull();
  });

  it('keeps the plain trie when a title and its extension are spelled in different cases', () => {
    const titles = ['Minister of state', 'Minister of State Security', 'Finance Minister', 'Finance Secretary'];
    expect(titleAlternationSource(titles, eitherCase)).toBe(trieSource(titles, eitherCase));
  });
});
