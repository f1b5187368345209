/**
 * Several outlets on one contact, each wording it its own way: what the merged contact shows.
 */
import { describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../../lambdas/core/merge/index.js';
import type { NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import { article, day, person, undated } from '../../fixtures/records/build.js';

const TRACK = { id: 'JP-KR', countries: ['JP', 'KR'], name: 'Japan–South Korea' };
const brief = (records: NormalizedRecord[]) =>
  buildBriefingModel({ records, track: TRACK, previous: null, now: new Date('2025-11-22T07:00:00Z'), stats: { skippedRecords: 0, quarantined: 0 } });

const call = { mode: 'call' as const, countries: ['JP', 'KR'], participants: [person('Aiko Mori', 'JP', 'Prime Minister'), person('Park Min-jun', 'KR', 'President')] };

describe('one call, four outlets', () => {
  it('shows the date in the words of the report that states it, not the weekday another report resolved', () => {
    const weekday = article({ name: 'weekday', published: '2025-11-19', contacts: [{ ...call, date: day('2025-11-18', 'Tuesday', 'relative') }] });
    const stated = article({ name: 'stated', published: '2025-11-20', contacts: [{ ...call, date: day('2025-11-18', 'November 18, 2025', 'stated') }] });
    const none = article({ name: 'none', published: null, contacts: [{ ...call, date: undated() }] });
    const model = brief([weekday, stated, none]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].date).toMatchObject({ value: '2025-11-18', text: 'November 18, 2025', basis: 'corroborated', reportedBasis: 'stated' });
    expect(model.contacts[0].sources).toHaveLength(3);
  });
});

describe('people named by one word in one report and in full in another', () => {
  const mori = person('Aiko Mori', 'JP', 'Prime Minister');
  const report = (name: string, who: string, published: string) =>
    article({ name, published, contacts: [{ mode: 'call', countries: ['JP', 'KR'], participants: [mori, person(who, 'KR', 'President')], date: day('2025-11-18') }] });

  it('treats a family name given alone ("President Park") as the full name that starts with it', () => {
    const model = brief([report('full', 'Park Min-jun', '2025-11-19'), report('short', 'Park', '2025-11-19')]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].participants.map((p) => p.name)).toEqual(['Aiko Mori', 'Park Min-jun']);
  });

  it('still tells apart two people who only share a family name', () => {
    const model = brief([report('one', 'Park Min-jun', '2025-11-19'), report('other', 'Park Ji-ho', '2025-11-19')]);
    expect(model.contacts).toHaveLength(2);
  });
});


describe('a scheduling question naming a person by the family name alone', () => {
  it('is answered by that person’s later visit, not by another visit', () => {
    const raised = article({ name: 'raised', published: '2025-11-19', questions: [{ text: "A date for Park's next visit to Japan has not been set", kind: 'unscheduled' }], contacts: [{ ...call, date: day('2025-11-18') }] });
    const otherVisit = article({
      name: 'other-visit',
      published: '2025-11-25',
      contacts: [{ mode: 'visit', countries: ['JP', 'KR'], participants: [person('Aiko Mori', 'JP')], date: day('2025-11-24'), location: { city: 'Seoul', venue: null, country: 'KR' } }],
    });
    const parkVisit = article({
      name: 'park-visit',
      published: '2025-12-01',
      contacts: [{ mode: 'visit', countries: ['JP', 'KR'], participants: [person('Park Min-jun', 'KR')], date: day('2025-11-30'), location: { city: 'Tokyo', venue: null, country: 'JP' } }],
    });
    const model = brief([raised, otherVisit, parkVisit]);
    const question = model.openQuestions.find((q) => q.text.includes('Park'))!;
    const answeredBy = model.contacts.find((c) => c.id === question.answered?.contactId);
    expect(answeredBy?.location?.city).toBe('Tokyo');
    expect(question.answered?.text).toBe('Held on 2025-11-30 in Tokyo');
  });
});

describe('a call dated by each side in its own time zone', () => {
  const leaders = [person('Aiko Mori', 'JP', 'Prime Minister'), person('Park Min-jun', 'KR', 'President')];
  const dated = (name: string, value: string, text: string, participants = leaders, mode: 'call' | 'meeting' = 'call') =>
    article({ name, published: '2025-11-20', contacts: [{ mode, countries: ['JP', 'KR'], participants, date: day(value, text, 'relative') }] });

  it('is one call with a date dispute when both sides name the same two people', () => {
    const model = brief([dated('tokyo', '2025-11-18', 'Tuesday'), dated('tokyo-2', '2025-11-18', 'Tuesday evening'), dated('seoul', '2025-11-19', 'Wednesday')]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].date.value).toBe('2025-11-18');
    expect(model.contacts[0].disputes.map((d) => [d.field, d.values.map((v) => v.value)])).toEqual([['date', ['2025-11-18', '2025-11-19']]]);
  });

  it('stays two contacts when only one side’s person is named, or when they are meetings', () => {
    const onlyMori = [leaders[0]];
    expect(brief([dated('a', '2025-11-18', 'Tuesday'), dated('b', '2025-11-19', 'Wednesday', onlyMori)]).contacts).toHaveLength(2);
    expect(brief([dated('c', '2025-11-18', 'Tuesday', leaders, 'meeting'), dated('d', '2025-11-19', 'Wednesday', leaders, 'meeting')]).contacts).toHaveLength(2);
  });
});

describe('a report with neither a date nor a published date naming someone by one word', () => {
  it('finds the contact of the full name that starts with that word (blocking indexes leading names too)', () => {
    const full = article({ name: 'full-name', published: '2025-11-19', contacts: [{ ...call, date: day('2025-11-18') }] });
    const bare = article({ name: 'bare', published: null, contacts: [{ mode: 'call', countries: ['JP', 'KR'], participants: [person('Park', 'KR')], date: undated() }] });
    const model = brief([full, bare]);
    expect(model.contacts).toHaveLength(1);
    expect(model.contacts[0].sources.map((s) => s.articleId).sort()).toEqual([full.id, bare.id].sort());
  });
});

describe('several stories from one outlet', () => {
  const leaders = [person('Aiko Mori', 'JP', 'Prime Minister'), person('Park Min-jun', 'KR', 'President')];
  const story = (name: string, outlet: string | null, initiator: string) =>
    article({ name, outlet, published: '2025-11-19', contacts: [{ mode: 'call', countries: ['JP', 'KR'], participants: leaders, initiator, date: day('2025-11-18') }] });

  it('count once as support, however the outlet is written', () => {
    const byUrl = story('alpha-3', null, 'JP');
    byUrl.source.url = 'https://www.alphawire.com/asia/call';
    const records = [story('alpha-1', 'Alpha Wire', 'JP'), story('alpha-2', 'alphawire.com', 'JP'), byUrl, story('beta', 'Beta Times', 'KR'), story('gamma', 'Gamma Post', 'KR')];
    const model = brief(records);
    expect(model.contacts).toHaveLength(1);
    const [c] = model.contacts;
    // Three independent sources (Alpha, Beta, Gamma), not five; two of them say Seoul asked for the call.
    expect(c.confidence.families).toBe(3);
    expect(c.initiator).toBe('KR');
    expect(c.disputes[0].values.map((v) => [v.value, v.families])).toEqual([
      ['KR', 2],
      ['JP', 1],
    ]);
    // Each story stays its own source family: they are not copies of one text.
    expect(new Set(c.sources.map((s) => s.familyId)).size).toBe(5);
  });

  it('state a condition once as support but still restate it on a later day', () => {
    const said = (name: string, published: string) =>
      article({ name, outlet: 'Alpha Wire', published, contacts: [{ mode: 'call', countries: ['JP', 'KR'], participants: leaders, date: day('2025-11-18') }], conditions: [{ actor: 'Park Min-jun', country: 'KR', text: 'Japan must compensate wartime labourers' }] });
    const model = brief([said('first', '2025-11-19'), said('second', '2025-11-21')]);
    expect(model.conditions).toHaveLength(1);
    expect(model.conditions[0]).toMatchObject({ families: 1, firstStated: '2025-11-19', lastRestated: '2025-11-21' });
  });
});
