import { describe, expect, it } from 'vitest';
import { EMPTY_SLOT, MINHASH_SIZE, minhashSignature, textWords, words } from '../../../lambdas/core/syndication/minhash.js';
import { INDEPENDENT, MODERATE, REWRITE, WIRE } from '../../fixtures/records/stories.js';

// The plain definition the fast code must reproduce exactly (signatures are stored in records and compared
// across extractor versions): regex words, shingles joined by a space, FNV-1a, 64 affine permutations
// scrambled by MurmurHash3's finalizer, unsigned minima.
function referenceWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
function referenceSignature(text: string): number[] {
  const fnv1a = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const fmix32 = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const tokens = referenceWords(text);
  const sig = new Array<number>(64).fill(0xffffffff);
  if (tokens.length === 0) return sig;
  for (let i = 0; i < Math.max(1, tokens.length - 2); i++) {
    const h = fnv1a(tokens.slice(i, i + 3).join(' '));
    for (let k = 0; k < 64; k++) {
      const a = (Math.imul(k + 1, 0x9e3779b1) | 1) >>> 0;
      const b = Math.imul(k + 7, 0x85ebca6b) >>> 0;
      const v = fmix32((Math.imul(h, a) + b) >>> 0);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

const TEXTS = [
  WIRE,
  REWRITE,
  MODERATE,
  INDEPENDENT,
  '',
  '—',
  'one',
  'two words',
  'the same the same the same the same',
  // Non-ASCII letters and digits, punctuation that is neither, folding that changes length or case.
  'Erdoğan met Šefčovič in Zürich — “talks” resumed; it’s Straße ＡＢＣ 𝐀𝐁 ① ½ x² ﬁnal İstanbul 日本語の会談 ١٢٣ محادثات',
  'Kelvin K, long s ſ, ligature ǅ, dotted İ: U.S.-Russia talks (2025) 10:30 a.m.',
  '\ud800 lone surrogates \udc00 and 😀 emoji between words',
];

describe('MinHash', () => {
  it('cuts the same words as the Unicode letter-or-digit regex, ASCII or not', () => {
    for (const text of TEXTS) {
      expect(words(text)).toEqual(referenceWords(text));
      expect(textWords(text).starts).toHaveLength(referenceWords(text).length);
    }
  });

  it('gives the reference signature for every text', () => {
    for (const text of TEXTS) expect(minhashSignature(text)).toEqual(referenceSignature(text));
  });

  it('is all empty slots for a text without words', () => {
    expect(minhashSignature('— … !')).toEqual(new Array(MINHASH_SIZE).fill(EMPTY_SLOT));
  });
});
