import { describe, expect, it } from 'vitest';
import { compareMentions, inProcessingOrder, type Mention } from '../../../lambdas/core/merge/mentions.js';

// Only the fields the processing order reads.
function mention(recordId: string, contactId: string, precision: string | null, publishedDay: number | null): Mention {
  return { record: { id: recordId }, contact: { id: contactId }, date: precision ? { precision } : null, publishedDay } as unknown as Mention;
}

describe('processing order of mentions', () => {
  it('is the compareMentions order whatever order the mentions come in', () => {
    let seed = 11;
    const random = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const precisions = ['day', 'month-day', 'month', 'year', null];
    const mentions = Array.from({ length: 400 }, () =>
      mention(`r${random(60)}`, `c${random(3)}`, precisions[random(5)], random(4) === 0 ? null : 20_000 + random(10)),
    );
    const expected = [...mentions].sort(compareMentions);
    expect(inProcessingOrder(mentions)).toEqual(expected);
    expect(inProcessingOrder([...mentions].reverse())).toEqual([...mentions].reverse().sort(compareMentions));
    // Undated reports with a published day come before those with neither.
    expect(inProcessingOrder([mention('a', 'c', null, null), mention('b', 'c', null, 5)]).map((m) => m.record.id)).toEqual(['b', 'a']);
  });
});
