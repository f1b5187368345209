import { describe, expect, it } from 'vitest';
import { findPublishedInText, parsePublishedValue } from '../../../lambdas/core/ingest/published.js';

describe('parsePublishedValue', () => {
  it.each([
    ['2025-02-16', '2025-02-16'],
    ['2025-02-16T23:50:00+05:30', '2025-02-16'],
    ['16-02-2025', '2025-02-16'],
    ['02/16/2025', '2025-02-16'],
    ['February 16, 2025', '2025-02-16'],
    ['Sunday, Feb. 16, 2025', '2025-02-16'],
    ['16 February 2025', '2025-02-16'],
  ])('%s → %s', (raw, expected) => {
    expect(parsePublishedValue(raw)).toBe(expected);
  });

  it.each(['yesterday-ish', '2025-02-30', '2025-13-01', 'soon', '', '16-02'])('rejects %j', (raw) => {
    expect(parsePublishedValue(raw)).toBeNull();
  });
});

describe('findPublishedInText', () => {
  it('finds a dateline near the top ("date 2025-02-16", "Updated: 16-02-2025")', () => {
    expect(findPublishedInText(' date 2025-02-16 Left Menu\n\nHeadline')).toBe('2025-02-16');
    expect(findPublishedInText('Headline\nNews Desk | Updated: 16-02-2025 00:50 IST | Created: 16-02-2025')).toBe('2025-02-16');
    expect(findPublishedInText('Title\nPublished March 3, 2025\nBody')).toBe('2025-03-03');
  });

  it('takes a line that is only a date, as printed under a byline ("Thursday 20 March 2025")', () => {
    expect(findPublishedInText('Headline\nBy our correspondent\nThursday 20 March 2025\n\nBody text.')).toBe('2025-03-20');
    expect(findPublishedInText('Headline\nJune 3, 2025\nBody')).toBe('2025-06-03');
    expect(findPublishedInText('Headline\nOur diplomatic editor\nMonday 9 March 2026 06.00 GMT\n\nBody text.')).toBe('2026-03-09');
    expect(findPublishedInText('Headline\nThe talks ended on 20 March 2025\nBody')).toBeNull();
  });

  it('does not take a date mentioned in prose for the published date', () => {
    expect(findPublishedInText('Rubio and Lavrov met on February 18, 2025 in Riyadh to discuss the war.')).toBeNull();
  });
});
