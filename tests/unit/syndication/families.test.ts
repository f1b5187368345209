import { describe, expect, it } from 'vitest';
import { groupFamilies, sameStory } from '../../../lambdas/core/syndication/families.js';
import { minhashSignature, minhashSimilarity, words } from '../../../lambdas/core/syndication/minhash.js';
import { INDEPENDENT, MODERATE, REWRITE, WIRE } from '../../fixtures/records/stories.js';

const count = (t: string) => words(t).length;

describe('MinHash families', () => {
  it('estimates a light rewrite as the same story and an independent report as another', () => {
    const [w, r, i] = [WIRE, REWRITE, INDEPENDENT].map(minhashSignature);
    expect(minhashSimilarity(w, r)).toBeGreaterThan(0.5);
    expect(minhashSimilarity(w, i)).toBeLessThan(0.1);
    expect(sameStory({ id: 'w', minhash: w, wordCount: count(WIRE) }, { id: 'r', minhash: r, wordCount: count(REWRITE) })).toBe(true);
    expect(sameStory({ id: 'w', minhash: w, wordCount: count(WIRE) }, { id: 'i', minhash: i, wordCount: count(INDEPENDENT) })).toBe(false);
  });

  it('recognises a moderate rewrite (synonyms, trimmed ending) as the same story', () => {
    const a = { id: 'w', minhash: minhashSignature(WIRE), wordCount: count(WIRE) };
    const b = { id: 'm', minhash: minhashSignature(MODERATE), wordCount: count(MODERATE) };
    expect(sameStory(a, b)).toBe(true);
    expect(sameStory(b, { id: 'i', minhash: minhashSignature(INDEPENDENT), wordCount: count(INDEPENDENT) })).toBe(false);
  });

  it('counts a trimmed copy (first paragraphs of the wire) as the same story by containment', () => {
    const trimmed = WIRE.split('\n').slice(0, 4).join('\n');
    const a = { id: 'full', minhash: minhashSignature(WIRE), wordCount: count(WIRE) };
    const b = { id: 'trim', minhash: minhashSignature(trimmed), wordCount: count(trimmed) };
    expect(sameStory(a, b)).toBe(true);
  });

  it('groups copies into one family named after the earliest copy; records without a fingerprint stay alone', () => {
    const families = groupFamilies([
      { id: 'b-copy', minhash: minhashSignature(REWRITE), wordCount: count(REWRITE), published: '2025-03-09' },
      { id: 'a-wire', minhash: minhashSignature(WIRE), wordCount: count(WIRE), published: '2025-03-08' },
      { id: 'c-own', minhash: minhashSignature(INDEPENDENT), wordCount: count(INDEPENDENT), published: '2025-03-08' },
      { id: 'd-old', minhash: null, published: '2025-03-08' },
      { id: 'e-old', published: '2025-03-08' },
    ]);
    expect(Object.fromEntries(families)).toEqual({ 'b-copy': 'a-wire', 'a-wire': 'a-wire', 'c-own': 'c-own', 'd-old': 'd-old', 'e-old': 'e-old' });
  });

  it('never groups texts too short to fingerprint, even with identical signatures', () => {
    const sig = minhashSignature('short note');
    const families = groupFamilies([
      { id: 'x', minhash: sig, wordCount: 2 },
      { id: 'y', minhash: sig, wordCount: 2 },
      { id: 'z', minhash: minhashSignature(''), wordCount: null },
      { id: 'w', minhash: minhashSignature(''), wordCount: null },
    ]);
    expect(new Set(families.values()).size).toBe(4);
  });

  it('joins a chain of many copies of one story into one family', () => {
    const copies = Array.from({ length: 40 }, (_, k) => {
      const text = `${WIRE}\nCopy ${k} published by outlet number ${k}.`;
      return { id: `copy-${String(k).padStart(2, '0')}`, minhash: minhashSignature(text), wordCount: count(text) };
    });
    expect(new Set(groupFamilies(copies).values())).toEqual(new Set(['copy-00']));
  });
});

describe('the family representative', () => {
  const member = (id: string, text: string, published: string, wire = false) => ({ id, minhash: minhashSignature(text), wordCount: count(text), published, wire });

  it('is the news agency’s copy even when an aggregator’s copy carries an earlier date', () => {
    const families = groupFamilies([member('aggregator', REWRITE, '2025-03-08'), member('agency', WIRE, '2025-03-09', true)]);
    expect(families.get('aggregator')).toBe('agency');
    expect(families.get('agency')).toBe('agency');
  });

  it('is the earliest member when no agency is among them', () => {
    const families = groupFamilies([member('later', WIRE, '2025-03-09'), member('earlier', REWRITE, '2025-03-08')]);
    expect(families.get('later')).toBe('earlier');
  });
});
