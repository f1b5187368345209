import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { TRIGGER_TESTS, triggeredParsers, type ParserTrigger } from '../../../lambdas/core/extract/chrono-triggers.js';

// chrono-node's own word lists (not exported by the package, so read from its build).
const constants = await import(new URL('../../../node_modules/chrono-node/dist/esm/locales/en/constants.js', import.meta.url).href);

describe('chrono triggers: the words a parser cannot match without', () => {
  it('every month and weekday word chrono knows holds its trigger', () => {
    for (const word of Object.keys(constants.MONTH_DICTIONARY)) expect(TRIGGER_TESTS.month.test(word), word).toBe(true);
    for (const word of [...Object.keys(constants.WEEKDAY_DICTIONARY), 'weekend', 'weekday']) expect(TRIGGER_TESTS.weekday.test(word), word).toBe(true);
    for (const word of ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'last night', 'lastnight']) {
      expect(TRIGGER_TESTS.casual.test(word), word).toBe(true);
    }
  });

  // chrono.casual's parsers by kind, so the subset a sentence gets can be compared with the full parse.
  const names = chrono.casual.parsers.map((p) => p.constructor.name);
  const triggersOf = (name: string): ParserTrigger[] =>
    /MonthName/.test(name) ? (/Year/.test(name) ? ['month', 'digit'] : ['month'])
      : /Weekday/.test(name) ? ['weekday']
        : name === 'ENCasualDateParser' ? ['casual']
          : /ISO|Slash|YearMonthDay/.test(name) ? ['digit']
            : [];
  const base = chrono.casual.clone();
  base.parsers = base.parsers.filter((_, i) => triggersOf(names[i]).length > 0);
  const kept = names.filter((n) => triggersOf(n).length > 0);
  const parserFor = triggeredParsers(base, kept.map(triggersOf));
  const ref = new Date('2025-11-20T12:00:00Z');
  const read = (c: chrono.Chrono, text: string) => c.parse(text, ref).map((r) => [r.index, r.text, r.start.date().toISOString()]);

  it('a sentence gets only the parsers its words can feed, with the same dates as all of them', () => {
    const sentences = [
      'The ministers met in Paris on Monday, February 3, and again on 2025-02-10.',
      'He said talks would resume tomorrow or on Friday.',
      'The summit was held on 12/03/2024 in Geneva.',
      'The two sides met last night in Doha, officials said on 5 March.',
      'No date in this sentence at all.',
      'In May 2024 the envoys spoke by phone; the next round is due in the first week of June.',
    ];
    for (const text of sentences) expect(read(parserFor(text), text), text).toEqual(read(base, text));
    expect(parserFor('He said talks would resume on Friday.').parsers.length).toBe(1);
    expect(parserFor('No date in this sentence at all.').parsers.length).toBe(0);
    expect(parserFor('In May 2024 the envoys spoke by phone.').parsers.length).toBe(base.parsers.length - 2); // no weekday, no casual word
  });
});
