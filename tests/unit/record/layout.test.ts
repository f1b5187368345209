import { describe, expect, it } from 'vitest';
import { articleIdFor, briefingFolderFor, normalizedKeyFor, quarantineKeyFor } from '../../../lambdas/core/record/layout.js';

describe('storage layout', () => {
  it('gives the same id to the same text whatever its line endings or surrounding space', () => {
    expect(articleIdFor('a\r\nb\n')).toBe(articleIdFor('  a\nb'));
    expect(articleIdFor('a b')).not.toBe(articleIdFor('a  b'));
    expect(articleIdFor('x')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('shards normalized keys by the first two hex chars of the id', () => {
    expect(normalizedKeyFor('ab12cd')).toBe('normalized/ab/ab12cd.json');
  });

  it('mirrors the upload key under quarantine/', () => {
    expect(quarantineKeyFor('incoming/deep/a b.txt')).toBe('quarantine/deep/a b.txt.json');
  });

  it('puts a briefing slot under briefings/YYYY/MM/DD/<track>-<HHMM>/ in UTC', () => {
    expect(briefingFolderFor('US-RU', new Date('2026-11-21T07:00:00Z'))).toBe('briefings/2026/11/21/US-RU-0700/');
  });
});
