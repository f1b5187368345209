import { describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../../lambdas/core/merge/index.js';
import type { NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import type { BriefingModel } from '../../../lambdas/core/briefing/model.js';
import { article, day, idOf, month, monthDay, person, undated } from '../../fixtures/records/build.js';

const TRACK = { id: 'FR-DE', countries: ['FR', 'DE'], name: '' };
const brief = (records: NormalizedRecord[], previous: BriefingModel | null = null, now = '2025-06-01T08:00:00Z') =>
  buildBriefingModel({ records, track: TRACK, previous, now: new Date(now), stats: { skippedRecords: 0, quarantined: 0 } });

// Invented cast: two foreign ministers and two leaders.
const vell = person('Anna Vell', 'FR', 'Foreign Minister');
const brandl = person('Otto Brandl', 'DE', 'Foreign Minister');
const castell = person('Mira Castell', 'FR', 'President');
const hale = person('Jonas Hale', 'DE', 'Chancellor');
const ministers = [vell, brandl];

describe('contact resolution across articles', () => {
  it('merges one call reported undated by one outlet and dated by another, filling the date', () => {
    const undatedReport = article({
      name: 'call-undated',
      published: null,
      contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, initiator: 'FR', date: undated('on Saturday') }],
    });
    const datedReport = article({
      name: 'call-dated',
      published: '2025-03-09',
      contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: [person('Vell', 'FR'), person('Brandl', 'DE')], initiator: 'FR', date: day('2025-03-08', 'on Saturday', 'relative') }],
    });
    const model = brief([undatedReport, datedReport]);
    expect(model.contacts).toHaveLength(1);
    const [c] = model.contacts;
    expect(c.date).toMatchObject({ value: '2025-03-08', precision: 'day', basis: 'corroborated', reportedBasis: 'relative', suppliedBy: [datedReport.id] });
    expect(c.initiator).toBe('FR');
    expect(c.sources.map((s) => s.articleId).sort()).toEqual([undatedReport.id, datedReport.id].sort());
    expect(c.confidence).toEqual({ date: 'corroborated', families: 2, disputed: false });
    // The fuller name of each person is kept, once.
    expect(c.participants.map((p) => p.name).sort()).toEqual(['Anna Vell', 'Otto Brandl']);
  });

  it('merges reports that each name only one side of the same dated call', () => {
    const frSide = article({ name: 'side-fr', published: '2025-03-09', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: [vell], date: day('2025-03-08') }] });
    const deSide = article({ name: 'side-de', published: '2025-03-09', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: [brandl], date: day('2025-03-08') }] });
    const unnamed = article({ name: 'side-none', published: '2025-03-10', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: [person('Vell', null)], date: day('2025-03-08') }] });
    const model = brief([frSide, deSide, unnamed]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].sources).toHaveLength(3);
  });

  it('keeps two calls of the same ministers weeks apart as two contacts', () => {
    const first = article({ name: 'call-1', published: '2025-03-09', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-03-08') }] });
    const second = article({ name: 'call-2', published: '2025-03-30', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-03-29') }] });
    const model = brief([first, second]);
    expect(model.contacts.map((c) => c.date.value)).toEqual(['2025-03-29', '2025-03-08']);
  });

  it('attaches an undated report to the call nearest its publication, not to an older one', () => {
    const first = article({ name: 'call-1', published: '2025-03-09', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-03-08') }] });
    const second = article({ name: 'call-2', published: '2025-03-30', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-03-29') }] });
    const vague = article({ name: 'call-vague', published: '2025-03-31', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers }] });
    const model = brief([first, second, vague]);
    expect(model.contacts).toHaveLength(2);
    const latest = model.contacts[0];
    expect(latest.date.value).toBe('2025-03-29');
    expect(latest.sources.map((s) => s.articleId)).toContain(vague.id);
  });

  it('does not fuse an undated call initiated by the other side into a dated call', () => {
    const dated = article({ name: 'call-fr', published: '2025-03-09', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, initiator: 'FR', date: day('2025-03-08') }] });
    const other = article({ name: 'call-de', published: null, contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, initiator: 'DE' }] });
    const model = brief([dated, other]);
    expect(model.contacts).toHaveLength(2);
    expect(model.contacts.map((c) => c.initiator).sort()).toEqual(['DE', 'FR']);
  });

  it('keeps a planned leaders summit apart from a different ministers meeting held that month', () => {
    const summitPlan = article({
      name: 'summit-plan',
      published: '2025-04-02',
      contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'], participants: [castell, hale] }],
    });
    const meeting = article({
      name: 'ministers-meet',
      published: '2025-04-16',
      contacts: [{ mode: 'meeting', countries: ['DE', 'FR'], participants: ministers, date: day('2025-04-15'), location: { city: 'Lisbon', venue: null, country: 'PT' } }],
    });
    const model = brief([summitPlan, meeting]);
    expect(model.contacts).toHaveLength(2);
    expect(model.contacts.map((c) => `${c.mode}/${c.status}`).sort()).toEqual(['meeting/held', 'summit/planned']);
  });

  it('does not merge a planned contact with a held one when nobody and nothing links them', () => {
    const plan = article({ name: 'plan-anon', published: '2025-04-02', contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'] }] });
    const held = article({ name: 'held-anon', published: '2025-04-10', contacts: [{ mode: 'meeting', countries: ['DE', 'FR'] }] });
    expect(brief([plan, held]).contacts).toHaveLength(2);
  });

  it('merges "Tuesday" talks with "February 18, in Riyadh"-style reports of the same talks', () => {
    const weekday = article({
      name: 'talks-weekday',
      published: null,
      contacts: [{ mode: 'talks', countries: ['DE', 'FR'], participants: ministers, date: undated('Tuesday'), location: { city: 'Valletta', venue: 'Auberge de Castille', country: 'MT' } }],
    });
    const dated = article({
      name: 'talks-dated',
      published: null,
      contacts: [{ mode: 'meeting', countries: ['DE', 'FR', 'MT'], participants: ministers, date: monthDay('--02-18', 'February 18'), location: { city: 'Valletta', venue: null, country: 'MT' } }],
    });
    const model = brief([weekday, dated]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].location).toEqual({ city: 'Valletta', venue: 'Auberge de Castille', country: 'MT' });
    expect(model.contacts[0].date).toMatchObject({ value: '--02-18', precision: 'month-day', basis: 'corroborated' });
    expect(model.contacts[0].sources).toHaveLength(2);
  });

  it('rejects a weekday that contradicts the other report’s date', () => {
    const weekday = article({ name: 'wd', published: null, contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: undated('on Monday') }] });
    // 2025-03-08 was a Saturday.
    const dated = article({ name: 'sat', published: '2025-03-09', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-03-08') }] });
    expect(brief([weekday, dated]).contacts).toHaveLength(2);
  });

  it('never merges two contacts reported by the same article', () => {
    const both = article({
      name: 'two-calls',
      published: '2025-05-02',
      contacts: [
        { mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: month('2025-04', 'in April') },
        { mode: 'call', countries: ['DE', 'FR'], participants: ministers },
      ],
    });
    expect(brief([both]).contacts).toHaveLength(2);
  });

  it('is deterministic and independent of input order (stable ids)', () => {
    const records = [
      article({ name: 'a1', published: '2025-03-09', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-03-08') }] }),
      article({ name: 'a2', published: '2025-03-10', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers }] }),
      article({ name: 'a3', published: '2025-04-16', contacts: [{ mode: 'meeting', countries: ['DE', 'FR'], participants: ministers, date: day('2025-04-15') }] }),
    ];
    const one = brief(records);
    const two = brief([...records].reverse());
    expect(two).toEqual(one);
    expect(one.contacts.map((c) => c.id)).toEqual([expect.stringMatching(/^ct-[0-9a-f]{16}$/), expect.stringMatching(/^ct-[0-9a-f]{16}$/)]);
    expect(one.contacts[1].id).not.toBe(one.contacts[0].id);
    void idOf;
  });
});

describe('lifecycle', () => {
  it('follows a planned summit to its cancellation as one contact with a status history', () => {
    const plan = article({
      name: 'summit-planned',
      published: '2025-10-16',
      contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'], participants: [castell, hale], location: { city: 'Graz', venue: null, country: 'AT' } }],
    });
    const cancel = article({
      name: 'summit-cancelled',
      published: '2025-10-31',
      contacts: [{ mode: 'summit', status: 'cancelled', countries: ['DE', 'FR'], participants: [hale], location: { city: 'Graz', venue: null, country: 'AT' } }],
    });
    const model = brief([cancel, plan]);
    expect(model.contacts).toHaveLength(1);
    const [c] = model.contacts;
    expect(c.status).toBe('cancelled');
    expect(c.statusSince).toBe('2025-10-31');
    expect(c.statusHistory.map((h) => [h.status, h.asOf, h.articleId])).toEqual([
      ['planned', '2025-10-16', plan.id],
      ['cancelled', '2025-10-31', cancel.id],
    ]);
  });

  it('proposed → planned → held with the date from the later reports', () => {
    const proposed = article({ name: 'p1', published: '2025-01-05', contacts: [{ mode: 'meeting', status: 'proposed', countries: ['DE', 'FR'], participants: ministers }] });
    const planned = article({ name: 'p2', published: '2025-01-12', contacts: [{ mode: 'meeting', status: 'planned', countries: ['DE', 'FR'], participants: ministers, date: day('2025-01-20'), location: { city: 'Basel', venue: null, country: 'CH' } }] });
    const held = article({ name: 'p3', published: '2025-01-21', contacts: [{ mode: 'talks', status: 'held', countries: ['DE', 'FR'], participants: ministers, date: undated('on Monday'), location: { city: 'Basel', venue: null, country: 'CH' } }] });
    const model = brief([held, proposed, planned]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].statusHistory.map((h) => h.status)).toEqual(['proposed', 'planned', 'held']);
    expect(model.contacts[0].date.value).toBe('2025-01-20');
  });

  it('does not guess a lifecycle link when neither report is dated nor published', () => {
    const plan = article({ name: 'u-plan', published: null, contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'], participants: [castell, hale] }] });
    const cancel = article({ name: 'u-cancel', published: null, contacts: [{ mode: 'summit', status: 'cancelled', countries: ['DE', 'FR'], participants: [castell, hale] }] });
    expect(brief([plan, cancel]).contacts.map((c) => c.status).sort()).toEqual(['cancelled', 'planned']);
    // With publication dates a fortnight apart, the same reports are one summit's life.
    const planDated = article({ name: 'u-plan', published: '2025-10-16', contacts: [{ mode: 'summit', status: 'planned', countries: ['DE', 'FR'], participants: [castell, hale] }] });
    const cancelDated = article({ name: 'u-cancel', published: '2025-10-31', contacts: [{ mode: 'summit', status: 'cancelled', countries: ['DE', 'FR'], participants: [castell, hale] }] });
    expect(brief([planDated, cancelDated]).contacts.map((c) => c.statusHistory.map((h) => h.status))).toEqual([['planned', 'cancelled']]);
  });

  it('does not treat a contact still called "planned" after one was held as that held contact', () => {
    const held = article({ name: 'h', published: '2025-02-02', contacts: [{ mode: 'meeting', countries: ['DE', 'FR'], participants: ministers, date: day('2025-02-01') }] });
    const next = article({ name: 'n', published: '2025-02-20', contacts: [{ mode: 'meeting', status: 'planned', countries: ['DE', 'FR'], participants: ministers }] });
    expect(brief([held, next]).contacts.map((c) => c.status).sort()).toEqual(['held', 'planned']);
  });
});

describe('disputes', () => {
  it('keeps call-vs-meeting and initiator disagreements on one contact, showing the best-supported value', () => {
    const base = { countries: ['DE', 'FR'], participants: ministers, date: day('2025-05-05') };
    const a = article({ name: 'd1', published: '2025-05-06', contacts: [{ ...base, mode: 'meeting', initiator: 'DE' }] });
    const b = article({ name: 'd2', published: '2025-05-06', contacts: [{ ...base, mode: 'meeting' }] });
    const c = article({ name: 'd3', published: '2025-05-07', contacts: [{ ...base, mode: 'call', initiator: 'DE' }] });
    const model = brief([a, b, c]);
    expect(model.contacts).toHaveLength(1);
    const [contact] = model.contacts;
    expect(contact.mode).toBe('meeting');
    expect(contact.confidence.disputed).toBe(true);
    const mode = contact.disputes.find((d) => d.field === 'mode')!;
    expect(mode.values).toEqual([
      { value: 'meeting', articleIds: [a.id, b.id].sort(), families: 2, shown: true },
      { value: 'call', articleIds: [c.id], families: 1, shown: false },
    ]);
  });

  it('keeps a one-day date disagreement as a dispute when people and city agree', () => {
    const loc = { city: 'Oslo', venue: null, country: 'NO' };
    const a = article({ name: 'e1', published: '2025-05-06', contacts: [{ mode: 'talks', countries: ['DE', 'FR'], participants: ministers, date: day('2025-05-05'), location: loc }] });
    const b = article({ name: 'e2', published: '2025-05-06', contacts: [{ mode: 'talks', countries: ['DE', 'FR'], participants: ministers, date: day('2025-05-05'), location: loc }] });
    const c = article({ name: 'e3', published: '2025-05-07', contacts: [{ mode: 'talks', countries: ['DE', 'FR'], participants: ministers, date: day('2025-05-04'), location: loc }] });
    const model = brief([a, b, c]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].date.value).toBe('2025-05-05');
    expect(model.contacts[0].disputes).toEqual([
      {
        field: 'date',
        values: [
          { value: '2025-05-05', articleIds: [a.id, b.id].sort(), families: 2, shown: true },
          { value: '2025-05-04', articleIds: [c.id], families: 1, shown: false },
        ],
      },
    ]);
  });

  it('separates the same-day Trump–Putin-style leaders call from the ministers call', () => {
    const a = article({ name: 'l1', published: '2025-05-06', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-05-05') }] });
    const b = article({ name: 'l2', published: '2025-05-06', contacts: [{ mode: 'call', countries: ['DE', 'FR'], participants: [castell, hale], date: day('2025-05-05') }] });
    expect(brief([a, b]).contacts).toHaveLength(2);
  });
});

describe('tracks', () => {
  it('splits track contacts, contacts around the track and unrelated contacts', () => {
    const r = article({
      name: 'mixed',
      published: '2025-05-02',
      contacts: [
        { mode: 'call', countries: ['DE', 'FR'], participants: ministers, date: day('2025-05-01') },
        { mode: 'meeting', countries: ['FR', 'IT'], participants: [vell, person('Lia Moro', 'IT')], date: day('2025-05-01') },
        { mode: 'visit', countries: ['ES', 'PT'], date: day('2025-05-01') },
      ],
    });
    const model = brief([r]);
    expect(model.track).toEqual({ id: 'FR-DE', countries: ['FR', 'DE'], name: 'France–Germany' });
    expect(model.contacts.map((c) => c.countries)).toEqual([['DE', 'FR']]);
    expect(model.aroundTrack.map((c) => c.countries)).toEqual([['FR', 'IT']]);
    expect(model.sources.map((s) => s.articleId)).toEqual([r.id]);
  });

  it('keeps a host country from splitting one contact and names tracks from knowledge/countries.json', () => {
    const a = article({ name: 'h1', published: '2025-02-19', contacts: [{ mode: 'talks', countries: ['RU', 'US'], date: day('2025-02-18'), location: { city: 'Riyadh', venue: null, country: 'SA' } }] });
    const b = article({ name: 'h2', published: '2025-02-19', contacts: [{ mode: 'talks', countries: ['RU', 'SA', 'US'], date: day('2025-02-18'), location: { city: 'Riyadh', venue: null, country: 'SA' } }] });
    const model = buildBriefingModel({ records: [a, b], track: { id: 'US-RU', countries: ['US', 'RU'], name: 'x' }, previous: null, now: new Date('2025-03-01T00:00:00Z'), stats: { skippedRecords: 0, quarantined: 0 } });
    expect(model.track.name).toBe('US–Russia');
    expect(model.contacts).toHaveLength(1);
    expect(model.aroundTrack).toHaveLength(0);
  });
});
