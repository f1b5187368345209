import { describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../../lambdas/core/merge/index.js';
import type { NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import type { BriefingModel } from '../../../lambdas/core/briefing/model.js';
import { minhashSignature, words } from '../../../lambdas/core/syndication/minhash.js';
import { article, day, month, person, undated } from '../../fixtures/records/build.js';
import { INDEPENDENT, MODERATE, REWRITE, WIRE } from '../../fixtures/records/stories.js';

const TRACK = { id: 'FR-DE', countries: ['FR', 'DE'], name: 'France–Germany' };
const brief = (records: NormalizedRecord[], previous: BriefingModel | null = null, now = '2025-06-01T08:00:00Z') =>
  buildBriefingModel({ records, track: TRACK, previous, now: new Date(now), stats: { skippedRecords: 0, quarantined: 0 } });

const vell = person('Anna Vell', 'FR', 'Foreign Minister');
const brandl = person('Otto Brandl', 'DE', 'Foreign Minister');
const castell = person('Mira Castell', 'FR', 'President');
const hale = person('Jonas Hale', 'DE', 'Chancellor');
const call = { mode: 'call' as const, countries: ['DE', 'FR'], participants: [vell, brandl], initiator: 'FR' };
const fingerprint = (text: string) => ({ minhash: minhashSignature(text), wordCount: words(text).length });

describe('syndication in the briefing', () => {
  it('counts rewrites of one wire story as one confirmation, an independent report as another', () => {
    const wire = article({ name: 'wire', outlet: 'Wire Agency', published: '2025-03-08', ...fingerprint(WIRE), contacts: [{ ...call, date: undated('on Saturday') }] });
    const copy = article({ name: 'copy', outlet: 'Daily Copy', published: '2025-03-09', ...fingerprint(REWRITE), contacts: [{ ...call, date: undated('on Saturday') }] });
    const copy2 = article({ name: 'copy2', outlet: 'Evening Copy', published: '2025-03-09', ...fingerprint(MODERATE), contacts: [{ ...call, date: undated('on Saturday') }] });
    const own = article({ name: 'own', outlet: 'Berlin Courier', published: '2025-03-09', ...fingerprint(INDEPENDENT), contacts: [{ ...call, date: day('2025-03-08', 'at the weekend', 'relative') }] });

    const copiesOnly = brief([wire, copy, copy2]);
    expect(copiesOnly.contacts).toHaveLength(1);
    expect(copiesOnly.contacts[0].sources).toHaveLength(3);
    expect(copiesOnly.contacts[0].confidence.families).toBe(1);
    expect(new Set(copiesOnly.contacts[0].sources.map((s) => s.familyId))).toEqual(new Set([wire.id]));
    expect(copiesOnly.stats.families).toBe(1);

    const withOwn = brief([wire, copy, copy2, own]);
    expect(withOwn.contacts).toHaveLength(1);
    expect(withOwn.contacts[0].confidence.families).toBe(2);
    expect(withOwn.sources.find((s) => s.articleId === own.id)!.familyId).toBe(own.id);
    expect(withOwn.contacts[0].date.value).toBe('2025-03-08');
  });

  it('lets independent families, not copies, decide a disputed value', () => {
    // Three copies of one story say "call"; two independent reports say "meeting": meeting wins 2 families to 1.
    const base = { countries: ['DE', 'FR'], participants: [vell, brandl], date: day('2025-03-08') };
    const copies = [WIRE, REWRITE, MODERATE].map((t, k) => article({ name: `cp${k}`, published: '2025-03-09', ...fingerprint(t), contacts: [{ ...base, mode: 'call' }] }));
    const m1 = article({ name: 'm1', published: '2025-03-09', ...fingerprint(INDEPENDENT), contacts: [{ ...base, mode: 'meeting' }] });
    const m2 = article({ name: 'm2', published: '2025-03-10', contacts: [{ ...base, mode: 'meeting' }] });
    const model = brief([...copies, m1, m2]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].mode).toBe('meeting');
    expect(model.contacts[0].disputes[0].values.map((v) => [v.value, v.families, v.articleIds.length])).toEqual([
      ['meeting', 2, 2],
      ['call', 1, 3],
    ]);
  });
});

describe('conditions over time', () => {
  it('groups restatements per actor country by meaning, with first stated and last restated', () => {
    const a = article({
      name: 'k1',
      published: '2025-02-01',
      conditions: [
        { actor: 'Anna Vell', country: 'FR', text: 'Germany must honour the commitments of the autumn agreement before new aircraft talks' },
        { actor: 'Otto Brandl', country: 'DE', text: 'France must lift the new border controls' },
      ],
      contacts: [{ ...call, date: day('2025-01-31') }],
    });
    const b = article({
      name: 'k2',
      published: '2025-02-20',
      conditions: [{ actor: 'Mira Castell', country: 'FR', text: 'Berlin has to honour the autumn agreement commitments before any aircraft talks' }],
      contacts: [{ ...call, date: day('2025-02-19') }],
    });
    const c = article({
      name: 'k3',
      published: '2025-02-21',
      // Same words, other actor country: a different condition.
      conditions: [{ actor: 'Otto Brandl', country: 'DE', text: 'Germany must honour the commitments of the autumn agreement before new aircraft talks' }],
      contacts: [{ ...call, date: day('2025-02-19') }],
    });
    const model = brief([c, b, a]);
    expect(model.conditions).toHaveLength(3);
    const fr = model.conditions.find((k) => k.actor.country === 'FR')!;
    expect(fr).toMatchObject({ firstStated: '2025-02-01', lastRestated: '2025-02-20', families: 2, scope: 'track' });
    expect(fr.text).toBe('Germany must honour the commitments of the autumn agreement before new aircraft talks');
    expect(fr.sources.map((s) => s.articleId)).toEqual([a.id, b.id]);
    const border = model.conditions.find((k) => k.text.includes('border'))!;
    expect(border.lastRestated).toBeNull();
  });

  it('does not merge a condition with its negation', () => {
    const a = article({ name: 'n1', published: '2025-02-01', contacts: [{ ...call, date: day('2025-01-31') }], conditions: [{ actor: 'Otto Brandl', country: 'DE', text: 'Germany will join the joint aircraft programme' }] });
    const b = article({ name: 'n2', published: '2025-02-02', contacts: [{ ...call, date: day('2025-01-31') }], conditions: [{ actor: 'Otto Brandl', country: 'DE', text: 'Germany will not join the joint aircraft programme' }] });
    expect(brief([a, b]).conditions).toHaveLength(2);
  });
});

describe('open questions over time', () => {
  it('de-duplicates a question and marks it answered when the summit it is about is later held', () => {
    const raised = article({
      name: 'q1',
      published: '2025-03-10',
      contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'], participants: [castell, hale] }],
      questions: [{ text: 'No date has been set for the Castell–Hale summit', kind: 'unscheduled' }],
    });
    const again = article({
      name: 'q2',
      published: '2025-03-20',
      contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'], participants: [castell, hale] }],
      questions: [{ text: 'A date for the summit of Castell and Hale has not been set', kind: 'unscheduled' }],
    });
    const before = brief([raised, again]);
    expect(before.openQuestions).toHaveLength(1);
    expect(before.openQuestions[0]).toMatchObject({ raisedAt: '2025-03-10', lastRaised: '2025-03-20', answered: null });

    const held = article({
      name: 'q3',
      published: '2025-04-03',
      contacts: [{ mode: 'summit', status: 'held', countries: ['DE', 'FR'], participants: [castell, hale], date: day('2025-04-02'), location: { city: 'Aachen', venue: null, country: 'DE' } }],
    });
    const after = brief([raised, again, held]);
    expect(after.contacts).toHaveLength(1);
    const q = after.openQuestions[0];
    expect(q.answered).toEqual({ text: 'Held on 2025-04-02 in Aachen', contactId: after.contacts[0].id, articleId: held.id, at: '2025-04-03' });
  });

  it('answers "will be scheduled" by the first later contact of that mode, and leaves other questions open', () => {
    const raised = article({
      name: 'w1',
      published: '2025-03-10',
      contacts: [{ ...call, date: day('2025-03-08') }],
      questions: [
        { text: 'An expert meeting will be scheduled soon', kind: 'unscheduled' },
        { text: 'Whether the aircraft programme survives is unclear', kind: 'whether' },
      ],
    });
    const meeting = article({
      name: 'w2',
      published: '2025-03-27',
      contacts: [{ mode: 'meeting', countries: ['DE', 'FR'], participants: [person('Lena Fock', 'DE'), person('Paul Ries', 'FR')], date: day('2025-03-26'), location: { city: 'Strasbourg', venue: null, country: 'FR' } }],
    });
    const model = brief([raised, meeting]);
    const expert = model.openQuestions.find((q) => q.text.startsWith('An expert'))!;
    expect(expert.answered?.text).toBe('Held on 2025-03-26 in Strasbourg');
    expect(model.openQuestions.find((q) => q.text.startsWith('Whether'))!.answered).toBeNull();
    // Open questions first.
    expect(model.openQuestions[0].answered).toBeNull();
  });

  it('does not answer a question with a contact reported before it was raised', () => {
    const meeting = article({ name: 'x1', published: '2025-03-01', contacts: [{ mode: 'meeting', countries: ['DE', 'FR'], participants: [vell, brandl], date: day('2025-02-28') }] });
    const raised = article({ name: 'x2', published: '2025-03-10', contacts: [{ ...call, date: day('2025-03-08') }], questions: [{ text: 'A new meeting will be scheduled soon', kind: 'unscheduled' }] });
    expect(brief([meeting, raised]).openQuestions[0].answered).toBeNull();
  });
});

describe('what changed since the last briefing', () => {
  const callRec = article({ name: 'c1', published: '2025-03-09', contacts: [{ ...call, date: day('2025-03-08') }], conditions: [{ actor: 'Anna Vell', country: 'FR', text: 'Germany must lift the gas storage rules' }] });
  const planRec = article({
    name: 'c2',
    published: '2025-03-10',
    contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'], participants: [castell, hale] }],
    questions: [{ text: 'No date has been set for the leaders summit', kind: 'unscheduled' }],
  });

  it('says isFirst on the first briefing', () => {
    const first = brief([callRec, planRec]);
    expect(first.changes).toMatchObject({ isFirst: true, since: null, newContacts: [], statusChanges: [] });
  });

  it('reports new contacts, status changes, restated conditions, answered questions, with stable ids', () => {
    const first = brief([callRec, planRec], null, '2025-03-11T08:00:00Z');
    const summitId = first.contacts.find((c) => c.mode === 'summit')!.id;
    const callId = first.contacts.find((c) => c.mode === 'call')!.id;

    // A copy of the call report published earlier than the first one arrives late: the call keeps its id.
    const earlyCall = article({ name: 'c0', published: '2025-03-08', contacts: [{ ...call, date: undated('today') }] });
    const held = article({ name: 'c3', published: '2025-03-21', contacts: [{ mode: 'summit', status: 'held', countries: ['DE', 'FR'], participants: [castell, hale], date: day('2025-03-20') }] });
    const restate = article({
      name: 'c4',
      published: '2025-03-22',
      contacts: [{ mode: 'meeting', countries: ['DE', 'FR'], participants: [vell, brandl], date: day('2025-03-22') }],
      conditions: [
        { actor: 'Mira Castell', country: 'FR', text: 'Germany has to lift its gas storage rules' },
        { actor: 'Jonas Hale', country: 'DE', text: 'France must stop subsidising nuclear electricity exports' },
      ],
    });
    const second = brief([callRec, planRec, earlyCall, held, restate], first, '2025-03-23T08:00:00Z');

    expect(second.contacts.find((c) => c.mode === 'summit')!.id).toBe(summitId);
    expect(second.contacts.find((c) => c.mode === 'call')!.id).toBe(callId);
    const meetingId = second.contacts.find((c) => c.mode === 'meeting')!.id;
    expect(second.changes.isFirst).toBe(false);
    expect(second.changes.since).toBe('2025-03-11T08:00:00.000Z');
    expect(second.changes.newContacts).toEqual([meetingId]);
    expect(second.changes.statusChanges).toEqual([{ contactId: summitId, from: 'planned', to: 'held' }]);
    expect(second.changes.contactsUpdated).toEqual([{ contactId: callId, fields: ['sources'] }]);
    expect(second.contacts.find((c) => c.id === summitId)!.change).toBe('status');
    const gas = second.conditions.find((k) => k.text.includes('gas'))!;
    expect(second.changes.conditionsRestated).toEqual([gas.id]);
    expect(gas.id).toBe(first.conditions[0].id);
    expect(second.changes.conditionsStated).toEqual([second.conditions.find((k) => k.text.includes('nuclear'))!.id]);
    expect(second.changes.questionsAnswered).toEqual([first.openQuestions[0].id]);
    expect(second.openQuestions[0].answered?.contactId).toBe(summitId);
    expect(second.changes.questionsOpened).toEqual([]);

    // Nothing new: nothing changed.
    const third = brief([callRec, planRec, earlyCall, held, restate], second, '2025-03-24T08:00:00Z');
    expect(third.changes).toEqual({ isFirst: false, since: '2025-03-23T08:00:00.000Z', newContacts: [], statusChanges: [], conditionsStated: [], conditionsRestated: [], questionsOpened: [], questionsAnswered: [], contactsUpdated: [] });
  });

  it('ignores a previous model of another track', () => {
    const other = { ...brief([callRec]), track: { id: 'ES-PT', countries: ['ES', 'PT'], name: 'Spain–Portugal' } };
    expect(brief([callRec], other).changes.isFirst).toBe(true);
  });
});

describe('a summit postponed to a new date, then held', () => {
  const summit = { mode: 'summit' as const, countries: ['DE', 'FR'], participants: [castell, hale], location: { city: 'Aachen', venue: null, country: 'DE' } };
  const ev = (text: string) => [{ text, start: 0, end: text.length }];
  const planned = article({ name: 'plan', published: '2025-03-01', contacts: [{ ...summit, status: 'planned', date: day('2025-03-20', 'March 20'), evidence: ev('Castell and Hale will hold a summit in Aachen on March 20') }] });
  const moved = article({
    name: 'moved',
    published: '2025-03-15',
    contacts: [{ ...summit, location: null, status: 'planned', date: day('2025-04-10', 'April 10'), evidence: ev('The Castell–Hale summit has been postponed to April 10, officials said') }],
  });
  const held = article({ name: 'held', published: '2025-04-11', contacts: [{ ...summit, status: 'held', date: day('2025-04-10', 'Thursday', 'relative'), evidence: ev('Castell and Hale held a summit in Aachen on Thursday') }] });

  it('is one contact: planned, moved, held, on the new date without a date dispute', () => {
    const model = brief([planned, moved, held]);
    expect(model.contacts).toHaveLength(1);
    const [c] = model.contacts;
    expect(c.status).toBe('held');
    expect(c.date).toMatchObject({ value: '2025-04-10', text: 'April 10' });
    expect(c.disputes).toEqual([]);
    expect(c.statusHistory.map((s) => [s.status, s.asOf, s.rescheduled ?? null])).toEqual([
      ['planned', '2025-03-01', null],
      ['planned', '2025-03-15', { from: '2025-03-20', to: '2025-04-10' }],
      ['held', '2025-04-11', null],
    ]);
  });

  it('is one planned contact on the new date before it is held', () => {
    const model = brief([moved, planned]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0]).toMatchObject({ status: 'planned', date: expect.objectContaining({ value: '2025-04-10' }) });
  });

  it('follows a second move, and an old plan (placed after the dated reports) joins without a dispute', () => {
    const movedAgain = article({
      name: 'moved-again',
      published: '2025-04-01',
      contacts: [{ ...summit, status: 'planned', date: day('2025-05-06', 'May 6'), evidence: ev('The summit, already put off once, has been rescheduled for May 6') }],
    });
    const heldLater = article({ name: 'held-later', published: '2025-05-07', contacts: [{ ...summit, status: 'held', date: day('2025-05-06', 'May 6') }] });
    // Dated by month only, it is placed after every day-dated report: it meets the contact already moved.
    const stalePlan = article({ name: 'stale-plan', published: '2025-03-10', contacts: [{ ...summit, status: 'planned', date: month('2025-03', 'in March') }] });
    const model = brief([planned, stalePlan, moved, movedAgain, heldLater]);
    expect(model.contacts).toHaveLength(1);
    const [c] = model.contacts;
    expect(c).toMatchObject({ status: 'held', date: expect.objectContaining({ value: '2025-05-06' }), disputes: [] });
    expect(c.statusHistory.map((s) => s.rescheduled ?? null)).toEqual([null, { from: '2025-03-20', to: '2025-04-10' }, { from: '2025-04-10', to: '2025-05-06' }, null]);
  });

  it('keeps a plan and a later held summit on another date apart when no report says it was moved', () => {
    expect(brief([planned, held]).contacts).toHaveLength(2);
  });

  it('does not move a summit that was already held, nor join a meeting of other people', () => {
    const heldOnPlan = article({ name: 'held-on-plan', published: '2025-03-21', contacts: [{ ...summit, status: 'held', date: day('2025-03-20', 'March 20') }] });
    expect(brief([planned, heldOnPlan, moved]).contacts).toHaveLength(2);
    const ministersMoved = article({
      name: 'ministers-moved',
      published: '2025-03-15',
      contacts: [{ mode: 'meeting', countries: ['DE', 'FR'], participants: [vell, brandl], status: 'planned', date: day('2025-04-10', 'April 10'), evidence: ev('The ministers’ meeting was postponed to April 10') }],
    });
    expect(brief([planned, ministersMoved]).contacts).toHaveLength(2);
  });
});
