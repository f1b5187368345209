/**
 * chrono-node runs every parser's pattern over the whole sentence, and a pattern that cannot match there still
 * costs a scan (each starts with a `(\W|^)` boundary no fast search can skip). Each date parser needs one kind
 * of word to match at all: a month name, a weekday, a casual day word, or a digit. A sentence is parsed only by
 * the parsers whose words it holds; the ones skipped could not have matched, so the results are the same.
 */
import type * as chrono from 'chrono-node';

export type ParserTrigger = 'month' | 'weekday' | 'casual' | 'digit';

/**
 * Necessary words of chrono-node's English patterns (2.10, locales/en/constants.js and parsers/), with their
 * flag (`i`, no `u`: the same case folding): every key of MONTH_DICTIONARY starts with one of the month
 * prefixes, every key of WEEKDAY_DICTIONARY (and "weekend", "weekday") with one of the weekday ones; the
 * casual words are ENCasualDateParser's. tests/unit/extract/chrono-triggers.test.ts checks them against chrono.
 */
export const TRIGGER_TESTS: Record<ParserTrigger, RegExp> = {
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  weekday: /sun|mon|tue|wed|thu|fri|sat|week/i,
  casual: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  digit: /[0-9]/,
};
const TRIGGERS = Object.keys(TRIGGER_TESTS) as ParserTrigger[];

/** `base` with, for each text, only the parsers all of whose triggers the text holds (clones made at first need). */
export function triggeredParsers(base: chrono.Chrono, triggersOfParser: ReadonlyArray<readonly ParserTrigger[]>): (text: string) => chrono.Chrono {
  if (triggersOfParser.length !== base.parsers.length) throw new Error('triggeredParsers: one trigger list per parser');
  const bitsOf = (triggers: readonly ParserTrigger[]) => triggers.reduce((bits, t) => bits | (1 << TRIGGERS.indexOf(t)), 0);
  const needs = triggersOfParser.map(bitsOf);
  const byPresent = new Map<number, chrono.Chrono>();
  return (text) => {
    let present = 0;
    TRIGGERS.forEach((t, i) => {
      if (TRIGGER_TESTS[t].test(text)) present |= 1 << i;
    });
    let parser = byPresent.get(present);
    if (!parser) {
      parser = base.clone();
      parser.parsers = base.parsers.filter((_, i) => (needs[i] & present) === needs[i]);
      byPresent.set(present, parser);
    }
    return parser;
  };
}
