/**
 * Initiator extractor: who asked for the contact ("initiated by the U.S.", "at Russia's request",
 * "at the invitation of Beijing", "initiated by the Russian side"), resolved to a country code.
 */
import { countryOfPhrase } from './countries.js';
import type { SentenceContext } from './context.js';
import { INITIATOR_RES } from './knowledge.js';

export interface InitiatorMatch {
  code: string;
  /** Span of the initiator phrase within the sentence. */
  span: { start: number; end: number };
}

export function findInitiator(clauseText: string, ctx: SentenceContext, clauseOffset: number): InitiatorMatch | null {
  for (const re of INITIATOR_RES) {
    const m = re.exec(clauseText);
    if (!m?.groups?.who) continue;
    const who = m.groups.who;
    const whoStart = clauseOffset + m.index + m[0].indexOf(who);
    const span = { start: whoStart, end: whoStart + who.length };
    const person = ctx.persons.find((p) => p.start >= span.start && p.end <= span.end && p.country);
    const code = person?.country ?? countryOfPhrase(who) ?? countryOfPhrase(`${who}.`);
    if (code) return { code, span: { start: clauseOffset + m.index, end: clauseOffset + m.index + m[0].length } };
  }
  return null;
}
