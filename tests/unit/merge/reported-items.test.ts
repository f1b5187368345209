import { describe, expect, it } from 'vitest';
import { ReportedItems } from '../../../lambdas/core/merge/reported-items.js';

describe('values by reported item (article id, item ref)', () => {
  it('keeps items of one article apart, and the same ref in two articles apart', () => {
    const items = new ReportedItems<string>();
    items.set('a1', 'condition:0', 'cd-1');
    items.set('a1', 'condition:1', 'cd-2');
    items.set('a2', 'condition:0', 'cd-3');
    expect(items.get('a1', 'condition:0')).toBe('cd-1');
    expect(items.get('a1', 'condition:1')).toBe('cd-2');
    expect(items.get('a2', 'condition:0')).toBe('cd-3');
    expect(items.get('a2', 'condition:1')).toBeUndefined();
    expect(items.get('a3', 'condition:0')).toBeUndefined();
  });

  it('replaces the value of an item set again, and compares refs by their text', () => {
    const items = new ReportedItems<number>();
    items.set('a1', 'c0', 1);
    items.set('a1', ['c', '0'].join(''), 2);
    expect(items.get('a1', 'c0')).toBe(2);
    // An article id and a ref are never confused with another split of the same characters.
    items.set('a#b', 'c', 3);
    expect(items.get('a', 'b#c')).toBeUndefined();
  });
});
