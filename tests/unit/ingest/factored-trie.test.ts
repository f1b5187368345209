import { describe, expect, it } from 'vitest';
import { factoredTrieSource } from '../../../lambdas/core/ingest/factored-trie.js';
import { defaultChar, trieSource } from '../../../lambdas/core/ingest/trie.js';

const foldCase = (t: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase());
const titleSource = (titles: string[]) => factoredTrieSource(titles, eitherCase, foldCase);
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

describe('factoredTrieSource', () => {
  it('writes the portfolio titles once per set of heads: shorter than the trie of them all', () => {
    const source = titleSource(TITLES);
    expect(source.length).toBeLessThan(trieSource(TITLES, eitherCase).length);
    // "Finance", "Foreign" and "Home Affairs" share both last words: one group holds all six titles.
    expect(source.split('[Mm][Ii][Nn][Ii][Ss][Tt][Ee][Rr]|[Ss][Ee][Cc][Rr][Ee][Tt][Aa][Rr][Yy]').length - 1).toBe(1);
  });

  it('matches what the trie matches, in the same order', () => {
    const source = titleSource(TITLES);
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
    expect(titleSource(titles)).toBe(trieSource(titles, eitherCase));
  });

  it('writes a shared tail once after its heads, and finds the same country words as the trie', () => {
    const words = ['Ukraine', 'Ukrainian', 'Ukrainian Armed Forces', 'Russian', 'Russian Armed Forces', 'Russia', 'Côte d’Ivoire', 'Ivorian', 'Ivorian Armed Forces', 'United States', 'U.S.', 'U.S. Armed Forces'];
    const fold = (w: string) => w.replace(/’/g, "'");
    const source = factoredTrieSource(words, defaultChar, fold);
    expect(source.split('Armed\\s+Forces').length - 1).toBe(1);
    const trie = trieSource(words);
    const at = (src: string, text: string) => new RegExp(`^(?:${src})(?![\\p{L}\\p{N}])`, 'u').exec(text)?.[0] ?? null;
    for (const text of ['Ukrainian Armed Forces said', 'Ukrainian  Armed Forces', 'Ukrainian Armed Forcesx', 'Russian Armed', 'U.S. Armed Forces', 'U.S. officials', 'Côte d\'Ivoire', 'Ivorian Armed Forces'])
      expect(at(source, text), text).toBe(at(trie, text));
  });

  it('keeps the plain trie for entries with a run of spaces, which the patterns tell apart', () => {
    const words = ['Finance  Minister', 'Finance Secretary', 'Energy Minister', 'Energy Secretary'];
    expect(factoredTrieSource(words, eitherCase, foldCase)).toBe(trieSource(words, eitherCase));
  });
});
