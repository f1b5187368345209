import { describe, expect, it } from 'vitest';
import type { Contact, NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import { TrackTouches } from '../../../lambdas/core/merge/track-touches.js';

// Only the fields read here.
const contact = (countries: string[], people: Array<string | null> = []) => ({ countries, participants: people.map((country) => ({ country })) }) as unknown as Contact;
const record = (contacts: Contact[], actors: Array<string | null> = []) =>
  ({ contacts, conditions: actors.map((country) => ({ actor: { country } })) }) as unknown as NormalizedRecord;

describe('track countries an article names', () => {
  it('notes a contact by its countries or by its people, and says whether it names any', () => {
    const touches = new TrackTouches(['US', 'RU'], 3);
    expect(touches.noteContact(0, contact(['US', 'SA']))).toBe(true);
    expect(touches.noteContact(1, contact(['SA'], [null, 'RU']))).toBe(true);
    expect(touches.noteContact(2, contact(['CN', 'IN'], ['CN']))).toBe(false);
    expect(touches.countTouched(0, record([]), 2)).toBe(1);
    expect(touches.countTouched(1, record([]), 2)).toBe(1);
    expect(touches.countTouched(2, record([]), 2)).toBe(0);
  });

  it('adds the conditions’ actors, counts each country once and stops at enough', () => {
    const touches = new TrackTouches(['US', 'RU', 'UA'], 2);
    touches.noteContact(0, contact(['US', 'SA']));
    touches.noteContact(0, contact(['US'], ['US']));
    expect(touches.countTouched(0, record([], ['US', 'US']), 3)).toBe(1);
    expect(touches.countTouched(0, record([], ['RU', 'UA']), 3)).toBe(3);
    expect(touches.countTouched(0, record([], ['RU', 'UA']), 2)).toBe(2);
    // Another article's contacts do not count for this one.
    expect(touches.countTouched(1, record([], [null, 'UA']), 3)).toBe(1);
  });
});
