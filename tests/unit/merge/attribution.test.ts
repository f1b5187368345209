/**
 * Statements are compared on what they claim, not on who is quoted as saying it: extraction sometimes
 * keeps the speaker ("External Affairs Minister X said …") and sometimes not, and the speaker's name
 * and title must not keep a restatement apart from the first statement.
 */
import { describe, expect, it } from 'vitest';
import { buildBriefingModel } from '../../../lambdas/core/merge/index.js';
import { statementCore } from '../../../lambdas/core/merge/statements.js';
import { article, day, person } from '../../fixtures/records/build.js';

describe('statementCore', () => {
  it.each([
    ['Foreign Minister Ana Ruiz said the embargo must end first', 'the embargo must end first'],
    ['The capital insists that the embargo has to end first', 'the embargo has to end first'],
    ['Ruiz told her counterpart that the embargo must end first', 'the embargo must end first'],
    ['Ruiz said on Monday that the embargo must end first', 'the embargo must end first'],
    ['No date has been set for the next round, officials said.', 'No date has been set for the next round'],
    ['According to the ministry, the embargo must end first', 'the embargo must end first'],
    ['the embargo must end first, according to senior officials.', 'the embargo must end first'],
  ])('drops the attribution of %j', (text, core) => {
    expect(statementCore(text)).toBe(core);
  });

  it.each([
    // The lead is itself a claim or part of the statement: kept whole.
    'Officials did not say when the minister would travel.',
    'The embargo must end as the capital insists',
    'Relief that the council announced must come first',
    // Too little would be left.
    'Ruiz said no',
    'the embargo must end first',
  ])('keeps %j as it is', (text) => {
    expect(statementCore(text)).toBe(text);
  });
});

describe('conditions restated with and without the speaker', () => {
  it('are one condition, shown with the first wording and first-stated / last-restated dates', () => {
    const TRACK = { id: 'AR-BR', countries: ['AR', 'BR'], name: 'Argentina–Brazil' };
    const ruiz = person('Ana Ruiz', 'AR', 'Foreign Minister');
    const costa = person('Paulo Costa', 'BR', 'Foreign Minister');
    const meeting = { mode: 'meeting' as const, countries: ['AR', 'BR'], participants: [ruiz, costa] };
    const first = article({
      name: 'first',
      published: '2025-07-20',
      contacts: [{ ...meeting, date: day('2025-07-19') }],
      conditions: [{ actor: 'Ana Ruiz', country: 'AR', text: 'Foreign Minister Ana Ruiz said the removal of tariffs on beef along the border must come first' }],
    });
    const later = article({
      name: 'later',
      published: '2025-08-12',
      contacts: [{ ...meeting, date: day('2025-08-11') }],
      conditions: [{ actor: 'Argentina', country: 'AR', text: 'the removal of beef tariffs on the border has to come first before trade can fully normalise' }],
    });
    const model = buildBriefingModel({ records: [first, later], track: TRACK, previous: null, now: new Date('2025-09-01T07:00:00Z'), stats: { skippedRecords: 0, quarantined: 0 } });
    expect(model.conditions).toHaveLength(1);
    expect(model.conditions[0]).toMatchObject({ firstStated: '2025-07-20', lastRestated: '2025-08-12', families: 2, text: first.conditions[0].text });
  });
});
