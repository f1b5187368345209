/** The small stages of merging, one at a time. */
import { describe, expect, it } from 'vitest';
import { civilOfDay, dateFactOf, relateDates, sortPosition, weekdayOf, weekdayOfDay, type DateFact } from '../../../lambdas/core/merge/dates.js';
import { scopeOf, trackDefinition, trackName } from '../../../lambdas/core/merge/tracks.js';
import { groupStatements, sameMeaning } from '../../../lambdas/core/merge/statements.js';
import { contentTokens, surname } from '../../../lambdas/core/merge/text.js';
import { isSchedulingQuestion, questionModes } from '../../../lambdas/core/merge/questions.js';
import { carryOverIds } from '../../../lambdas/core/merge/changes.js';
import type { ItemSource } from '../../../lambdas/core/briefing/model.js';

const fact = (value: string, precision: 'day' | 'month' | 'year' | 'month-day', published: string | null = null, status: 'held' | 'planned' | 'cancelled' = 'held') =>
  dateFactOf({ value, precision, text: value, basis: 'stated' }, published, status) as DateFact;

describe('dates', () => {
  it('infers the year of a month-day from the published date by status', () => {
    expect(fact('--12-30', 'month-day', '2025-01-03').value).toBe('2024-12-30');
    expect(fact('--01-10', 'month-day', '2024-12-28', 'planned').value).toBe('2025-01-10');
    expect(fact('--10-31', 'month-day', '2025-11-09', 'cancelled').value).toBe('2025-10-31');
    expect(fact('--02-18', 'month-day', null)).toMatchObject({ precision: 'month-day', year: null, value: '--02-18' });
  });

  it('relates dates: same, near, consistent, conflict', () => {
    expect(relateDates(fact('2025-02-15', 'day'), fact('2025-02-15', 'day'))).toBe('same');
    expect(relateDates(fact('2025-02-15', 'day'), fact('2025-02-16', 'day'))).toBe('near');
    expect(relateDates(fact('2025-02-15', 'day'), fact('2025-02', 'month'))).toBe('consistent');
    expect(relateDates(fact('2025-02-15', 'day'), fact('--02-15', 'month-day'))).toBe('same');
    expect(relateDates(fact('2025-12-31', 'day'), fact('2026-01-01', 'day'))).toBe('near');
    expect(relateDates(fact('2025-02-15', 'day'), fact('2025-03', 'month'))).toBe('conflict');
    expect(relateDates(fact('2025', 'year'), fact('2024-06', 'month'))).toBe('conflict');
  });

  it('converts day numbers to calendar dates and weekdays like Date does', () => {
    for (let n = -800_000; n < 800_000; n += 997) {
      const d = new Date(n * 86_400_000);
      expect([civilOfDay(n), weekdayOfDay(n)]).toEqual([[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()], d.getUTCDay()]);
    }
  });

  it('reads a single weekday from an unresolved date text', () => {
    expect(weekdayOf('on Saturday')).toBe(6);
    expect(weekdayOf('Tuesday’s meeting')).toBe(2);
    expect(weekdayOf('Monday or Tuesday')).toBeNull();
    expect(weekdayOf(null)).toBeNull();
  });

  it('places partial dates at the start of their period, after its precise dates', () => {
    const [day, month, year] = [fact('2025-02-15', 'day'), fact('2025-02', 'month'), fact('2025', 'year')].map((f) => sortPosition(f, null)!);
    expect(day[0]).toBeGreaterThan(month[0]);
    expect(month[0]).toBeGreaterThan(year[0]);
    const first = sortPosition(fact('2025-02-01', 'day'), null)!;
    expect(first[0]).toBe(month[0]);
    expect(first[1]).toBeGreaterThan(month[1]);
  });
});

describe('tracks', () => {
  it('splits by how many track countries a contact has', () => {
    expect(scopeOf(['RU', 'US'], ['US', 'RU'])).toBe('track');
    expect(scopeOf(['RU', 'SA', 'US'], ['US', 'RU'])).toBe('track');
    expect(scopeOf(['SA', 'US'], ['US', 'RU'])).toBe('around');
    expect(scopeOf(['CN', 'IN'], ['US', 'RU'])).toBeNull();
    expect(scopeOf(['US'], ['US', 'RU'])).toBeNull();
    expect(scopeOf(['UA', 'US'], ['US', 'RU', 'UA'])).toBe('track');
  });

  it('counts a country listed twice once', () => {
    expect(scopeOf(['US', 'US'], ['US', 'RU'])).toBeNull();
    expect(scopeOf(['US', 'SA', 'US'], ['US', 'RU'])).toBe('around');
    expect(scopeOf(['RU', 'RU', 'US'], ['US', 'RU'])).toBe('track');
    expect(scopeOf(['SA', 'SA', 'SA'], ['SA'])).toBeNull();
  });

  it('names tracks with short names and falls back to codes', () => {
    const names = new Map([
      ['US', 'US'],
      ['RU', 'Russia'],
    ]);
    expect(trackName(['US', 'RU'], names)).toBe('US–Russia');
    expect(trackName(['US', 'QQ'], names)).toBe('US–QQ');
    expect(trackName(['US', 'QQ'], names, (code) => `<${code}>`)).toBe('US–<QQ>');
    expect(trackDefinition('US-RU')).toEqual({ id: 'US-RU', countries: ['US', 'RU'], name: 'US–Russia' });
  });
});

describe('statements and text', () => {
  it('matches people by surname', () => {
    expect(surname('Sergey V. Lavrov')).toBe('lavrov');
    expect(surname('Martin Luther King Jr.')).toBe('king');
    expect(surname('Søren Ørsted')).toBe('orsted');
  });

  it('treats restatements as one and different demands as two', () => {
    const a = contentTokens('Ukraine must reject NATO membership');
    const b = contentTokens('Moscow demands that Ukraine reject NATO membership');
    const c = contentTokens('Ukraine must recognise the annexed territories');
    expect(sameMeaning(a, b)).toBeGreaterThan(0);
    expect(sameMeaning(a, c)).toBe(0);
    const groups = groupStatements(['Sanctions must be lifted first', 'sanctions must first be lifted', 'Troops must withdraw'], (t) => t, () => 'RU');
    expect(groups.map((g) => g.members)).toEqual([['Sanctions must be lifted first', 'sanctions must first be lifted'], ['Troops must withdraw']]);
  });

  it('keeps statements of different partitions apart', () => {
    expect(groupStatements(['Sanctions must be lifted', 'Sanctions must be lifted'], (t) => t, (t) => t + Math.random())).toHaveLength(2);
  });

  it('recognises scheduling questions and the mode they are about', () => {
    expect(isSchedulingQuestion({ text: 'No date has been set for the summit', evidence: [] })).toBe(true);
    expect(isSchedulingQuestion({ text: 'An expert meeting will be scheduled soon', evidence: [] })).toBe(true);
    expect(isSchedulingQuestion({ text: 'Whether the talks succeed is unclear', evidence: [] })).toBe(false);
    expect(isSchedulingQuestion({ text: 'Timing unclear', kind: 'unscheduled', evidence: [] })).toBe(true);
    expect([...questionModes('a future Trump-Putin summit')]).toEqual(['summit']);
  });
});

describe('carrying ids over', () => {
  const src = (articleId: string, itemRef: string) => ({ articleId, itemRef, key: null, outlet: null, url: null, published: null, familyId: articleId, evidence: [] }) as ItemSource;
  it('gives each current item the id of the previous item it shares most sources with, once', () => {
    const previous = [
      { id: 'ct-old1', sources: [src('a', 'c1'), src('b', 'c1')] },
      { id: 'ct-old2', sources: [src('c', 'c1')] },
    ];
    const current = [
      { id: 'ct-new1', sources: [src('a', 'c1'), src('b', 'c1'), src('d', 'c1')] },
      { id: 'ct-new2', sources: [src('a', 'c2')] },
      { id: 'ct-old2', sources: [src('e', 'c1')] },
      { id: 'ct-new3', sources: [src('c', 'c1')] },
    ];
    carryOverIds(current, previous);
    expect(current[0].id).toBe('ct-old1');
    expect(current[1].id).toBe('ct-new2');
    expect(current[3].id).toBe('ct-old2');
    // Its canonical id was taken by the carried-over item: it gets a fresh one.
    expect(current[2].id).not.toBe('ct-old2');
    expect(new Set(current.map((c) => c.id)).size).toBe(4);
  });
});
