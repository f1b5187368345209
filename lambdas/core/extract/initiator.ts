/**
 * Initiator extractor: who asked for the contact ("initiated by the U.S.", "at Russia's request",
 * "at the invitation of Beijing", "initiated by the Russian side"), resolved to a country code.
 */
import { countryOfPhrase } from './countries.js';
import type { SentenceContext } from './context.js';
import { INITIATOR_RES, isTitleWord } from './knowledge.js';

export interface InitiatorMatch {
  code: string;
  /** Span of the initiator phrase within the sentence. */
  span: { start: number; end: number };
}

/**
 * Who asked for the contact. `office` is set instead of a match when the asker is named only by an office
 * ("The call was requested by the foreign secretary"), lower-cased, to be matched against the contact's
 * people (officeHolderCountry).
 */
export function findInitiator(clauseText: string, ctx: SentenceContext, clauseOffset: number): { match: InitiatorMatch | null; office: string | null } {
  let office: string | null = null;
  for (const re of INITIATOR_RES) {
    const m = re.exec(clauseText);
    if (!m?.groups?.who) continue;
    const who = m.groups.who;
    const whoStart = clauseOffset + m.index + m[0].indexOf(who);
    const span = { start: whoStart, end: whoStart + who.length };
    const person = ctx.persons.find((p) => p.start >= span.start && p.end <= span.end && p.country);
    const code = person?.country ?? countryOfPhrase(who) ?? countryOfPhrase(`${who}.`);
    if (code) return { match: { code, span: { start: clauseOffset + m.index, end: clauseOffset + m.index + m[0].length } }, office: null };
    office ??= officeIn(who);
  }
  return { match: null, office };
}

/** "the foreign secretary", "the Commission president": a phrase of at most four words ending in a title word. */
function officeIn(who: string): string | null {
  const words = who.replace(/^the\s+/i, '').split(/\s+/);
  return words.length <= 4 && isTitleWord(words[words.length - 1]) ? words.join(' ').toLowerCase() : null;
}

/** The country of the one person whose role has every word of the office ("Commission president" → "President of the European Commission"). */
export function officeHolderCountry(office: string | null, people: ReadonlyArray<{ role: string | null; country: string | null }>): string | null {
  if (!office) return null;
  const words = office.split(/\s+/).filter((w) => w.length > 2);
  const holders = people.filter((p) => {
    if (!p.role || !p.country) return false;
    const roleWords = p.role.toLowerCase().split(/[\s-]+/);
    return words.every((w) => roleWords.includes(w));
  });
  return holders.length === 1 ? holders[0].country : null;
}
