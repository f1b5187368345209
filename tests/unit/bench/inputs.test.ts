import { describe, expect, it } from 'vitest';
import { buildCorpus, isAbout1000Words } from '../../../bench/corpus.js';
import { syntheticRecords } from '../../../bench/synthetic-records.js';
import { parseNormalizedRecord } from '../../../lambdas/core/record/schema.js';

describe('bench inputs', () => {
  it('synthetic records are valid schema v1 records with duplicates, syndicated copies and many tracks', () => {
    const records = syntheticRecords(300);
    for (const r of records) parseNormalizedRecord(JSON.parse(JSON.stringify(r)));
    expect(new Set(records.map((r) => r.id)).size).toBe(300);
    const pairs = new Set(records.flatMap((r) => r.contacts.map((c) => c.countries.join('-'))));
    expect(pairs.has('RU-US')).toBe(true);
    expect(pairs.size).toBeGreaterThan(10);
    const sameStory = records.filter((r, i) => records.some((o, j) => j < i && o.fingerprint!.minhash.filter((v, k) => v === r.fingerprint!.minhash[k]).length >= 58));
    expect(sameStory.length).toBeGreaterThan(15); // ~15% syndicated copies
  });

  it('is deterministic for a seed', () => {
    expect(syntheticRecords(20, { seed: 7 })).toEqual(syntheticRecords(20, { seed: 7 }));
    expect(syntheticRecords(20, { seed: 7 })).not.toEqual(syntheticRecords(20, { seed: 8 }));
  });

  it('the corpus holds at least 1 MB, mostly ~1,000-word articles, and is the same every time', () => {
    const corpus = buildCorpus();
    expect(corpus.bytes).toBeGreaterThanOrEqual(1024 * 1024);
    expect(corpus.articles.filter(isAbout1000Words).length).toBeGreaterThan(corpus.articles.length * 0.9);
    expect(buildCorpus().articles.map((a) => a.text)).toEqual(corpus.articles.map((a) => a.text));
  });
});
