import { describe, expect, it } from 'vitest';
import { stableSortBy } from '../../../lambdas/core/merge/counting-sort.js';
import { sortByPublished } from '../../../lambdas/core/merge/sources.js';

describe('stable sort by few distinct keys', () => {
  let seed = 7;
  const random = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;

  it('gives the order of a stable comparator sort, for number and string keys', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ i, n: random(9) - 4, s: `2025-0${1 + random(9)}-1${random(10)}` }));
    expect(stableSortBy(items, (x) => x.n)).toEqual([...items].sort((a, b) => a.n - b.n));
    expect(stableSortBy(items, (x) => x.s)).toEqual([...items].sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0)));
    // Ties keep the given order: the positions of one key's items only ever increase.
    const ties = stableSortBy(items, (x) => x.n).filter((x) => x.n === 0).map((x) => x.i);
    expect(ties).toEqual([...ties].sort((a, b) => a - b));
  });

  it('orders numbers by value, not as text, and handles empty and one-item lists', () => {
    expect(stableSortBy([10, 9, -1, 100], (x) => x)).toEqual([-1, 9, 10, 100]);
    expect(stableSortBy([], (x: number) => x)).toEqual([]);
    expect(stableSortBy(['a'], (x) => x)).toEqual(['a']);
  });

  it('puts unknown published dates last (sortByPublished)', () => {
    const items = [{ p: null }, { p: '2025-02-01' }, { p: '2024-12-31' }, { p: null }, { p: '2025-02-01' }].map((x, i) => ({ ...x, i }));
    expect(sortByPublished(items, (x) => x.p).map((x) => x.i)).toEqual([2, 1, 4, 0, 3]);
  });
});
