/**
 * "Restated" and "raised again" mean a new independent report, not a syndicated copy of the first
 * one that another site published a day later.
 */
import { describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../../lambdas/core/merge/index.js';
import type { BriefingModel } from '../../../lambdas/core/briefing/model.js';
import type { NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import { minhashSignature, words } from '../../../lambdas/core/syndication/minhash.js';
import { article, day, person } from '../../fixtures/records/build.js';
import { INDEPENDENT, REWRITE, WIRE } from '../../fixtures/records/stories.js';

const TRACK = { id: 'TR-EG', countries: ['TR', 'EG'], name: 'Turkey–Egypt' };
const brief = (records: NormalizedRecord[]) =>
  buildBriefingModel({ records, track: TRACK, previous: null, now: new Date('2025-10-10T07:00:00Z'), stats: { skippedRecords: 0, quarantined: 0 } });
const fingerprint = (text: string) => ({ minhash: minhashSignature(text), wordCount: words(text).length });

const talks = { mode: 'talks' as const, countries: ['EG', 'TR'], participants: [person('Kemal Aras', 'TR'), person('Nabil Farid', 'EG')], date: day('2025-10-06') };
const condition = { actor: 'Kemal Aras', country: 'TR', text: 'a lasting ceasefire must come before any talk of reconstruction' };
const question = { text: 'No date has been set for the next council meeting', kind: 'unscheduled' };

describe('restatements count families, not copies', () => {
  const wire = article({ name: 'wire', published: '2025-10-07', ...fingerprint(WIRE), contacts: [talks], conditions: [condition], questions: [question] });
  const copyNextDay = article({ name: 'copy', published: '2025-10-08', ...fingerprint(REWRITE), contacts: [talks], conditions: [condition], questions: [question] });

  it('does not call a condition restated when only a later copy of the same story repeats it', () => {
    const model = brief([wire, copyNextDay]);
    expect(model.stats.families).toBe(1);
    expect(model.conditions).toHaveLength(1);
    expect(model.conditions[0]).toMatchObject({ firstStated: '2025-10-07', lastRestated: null, families: 1 });
    expect(model.openQuestions[0]).toMatchObject({ raisedAt: '2025-10-07', lastRaised: '2025-10-07' });
  });

  it('dates the restatement by the independent report, not by the latest copy', () => {
    const own = article({
      name: 'own',
      published: '2025-10-07',
      ...fingerprint(INDEPENDENT),
      contacts: [talks],
      conditions: [{ ...condition, text: 'a durable ceasefire has to come before any reconstruction talk' }],
    });
    const later = article({ name: 'later', published: '2025-10-09', contacts: [talks], conditions: [condition] });
    const sameDay = brief([wire, copyNextDay, own]);
    expect(sameDay.conditions).toHaveLength(1);
    expect(sameDay.conditions[0]).toMatchObject({ firstStated: '2025-10-07', lastRestated: '2025-10-07', families: 2 });
    // A third family two days later does move it.
    expect(brief([wire, copyNextDay, own, later]).conditions[0]).toMatchObject({ lastRestated: '2025-10-09', families: 3 });
  });
});

describe('a copy of a wire story published days later', () => {
  const talks = { mode: 'talks' as const, countries: ['EG', 'TR'], participants: [person('Kemal Aras', 'TR'), person('Nabil Farid', 'EG')], location: { city: 'Cairo', venue: null, country: 'EG' } };
  const wire = article({ name: 'wire-monday', published: '2025-10-07', ...fingerprint(WIRE), contacts: [{ ...talks, date: day('2025-10-06', 'Monday', 'relative') }] });

  it('is the same talks, not talks a week later: its "Monday" was resolved against its own date', () => {
    const late = article({ name: 'late-copy', published: '2025-10-15', ...fingerprint(REWRITE), contacts: [{ ...talks, date: day('2025-10-13', 'Monday', 'relative') }] });
    const model = brief([wire, late]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].date).toMatchObject({ value: '2025-10-06', text: 'Monday' });
    expect(model.contacts[0].disputes).toEqual([]);
    expect(model.contacts[0].sources).toHaveLength(2);
  });

  it('keeps a date written with its day number, and an independent report a week later stays its own contact', () => {
    const lateWithDay = article({ name: 'late-day', published: '2025-10-15', ...fingerprint(REWRITE), contacts: [{ ...talks, date: day('2025-10-13', 'October 13', 'relative') }] });
    expect(brief([wire, lateWithDay]).contacts).toHaveLength(2);
    const independent = article({ name: 'independent-monday', published: '2025-10-15', ...fingerprint(INDEPENDENT), contacts: [{ ...talks, date: day('2025-10-13', 'Monday', 'relative') }] });
    expect(brief([wire, independent]).contacts).toHaveLength(2);
  });
});

describe('what changed: a later copy of a briefed condition', () => {
  it('is not reported as a restatement; a new independent report is', () => {
    const wire = article({ name: 'chg-wire', published: '2025-10-07', ...fingerprint(WIRE), contacts: [talks], conditions: [condition] });
    const copy = article({ name: 'chg-copy', published: '2025-10-08', ...fingerprint(REWRITE), contacts: [talks], conditions: [condition] });
    const own = article({ name: 'chg-own', published: '2025-10-09', ...fingerprint(INDEPENDENT), contacts: [talks], conditions: [condition] });
    const at = (records: NormalizedRecord[], previous: BriefingModel | null, now: string) =>
      buildBriefingModel({ records, track: TRACK, previous, now: new Date(now), stats: { skippedRecords: 0, quarantined: 0 } });
    const first = at([wire], null, '2025-10-07T18:00:00Z');
    const second = at([wire, copy], first, '2025-10-08T18:00:00Z');
    expect(second.changes.conditionsRestated).toEqual([]);
    expect(second.conditions[0].change).toBeNull();
    const third = at([wire, copy, own], second, '2025-10-09T18:00:00Z');
    expect(third.changes.conditionsRestated).toEqual([third.conditions[0].id]);
    expect(third.conditions[0].change).toBe('restated');
  });
});

describe('what changed: the agency’s own copy of a briefed story arrives late', () => {
  it('renames the family after the agency without calling the condition restated', () => {
    const at = (records: NormalizedRecord[], previous: BriefingModel | null, now: string) =>
      buildBriefingModel({ records, track: TRACK, previous, now: new Date(now), stats: { skippedRecords: 0, quarantined: 0 } });
    const aggregator = article({ name: 'agg-copy', outlet: 'Daily Aggregator', published: '2025-10-07', ...fingerprint(REWRITE), contacts: [talks], conditions: [condition] });
    const agency = article({ name: 'agency-original', outlet: 'Reuters', published: '2025-10-07', ...fingerprint(WIRE), contacts: [talks], conditions: [condition] });
    const first = at([aggregator], null, '2025-10-07T12:00:00Z');
    const second = at([aggregator, agency], first, '2025-10-07T18:00:00Z');
    expect(second.sources.map((s) => s.familyId)).toEqual([agency.id, agency.id]);
    expect(second.changes.conditionsRestated).toEqual([]);
    expect(second.conditions[0]).toMatchObject({ families: 1, lastRestated: null });
  });
});
