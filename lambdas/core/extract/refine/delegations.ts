/**
 * Delegation refiner: "Ukraine's delegation was led by Defence Minister Rustem Umerov, while the Russian side
 * was headed by Vladimir Medinsky" names the people of the contact just reported, in a sentence that reports
 * no contact of its own. Each clause with a leading verb gives its people; someone whose country is not known
 * takes the one country the clause names ("On the Indian side, … conducted by Lt Gen NAME").
 */
import type { Participant } from '../../record/schema.js';
import { splitClauses } from '../clauses.js';
import type { SentenceContext } from '../context.js';

// The first-letter lookahead lets the engine skip most positions at once (this runs on every sentence).
const LEADER_CUE =
  /(?=[lhcrLHCR])(?<![\p{L}])(?:(?:led|headed|conducted|represented|chaired)\s+(?:on\s+the\s+(?:[\p{L}.’'-]+\s+){1,3}side\s+)?by\b|(?:led|headed)\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}.’'-]+\s+){0,2}(?:delegation|delegations|team|side|negotiators)\b)/iu;

// Between the previous person and this one: ", the …" or ", a …" that is no pairing of its own (", the UAE by X").
// Not when a pairing follows before this person (", the trade department's chief director, and on the U.S. side by X").
const APPOSITION_OPENER = /^,\s+(?:the|a|an)\s(?![^]*\b(?:by|led|headed|conducted|represented|chaired)\b)/;

const GAPPED_PAIRING = /^(?:and\s+|while\s+|whereas\s+)?(?:on\s+)?the\s+(?:[\p{L}.’'-]+\s+){1,3}(?:side|delegation|team)\s+by\s/iu;

export function mayNameDelegationLeaders(text: string): boolean {
  // Plain substring checks first: the regular expression only runs where a leading verb can be.
  return (text.includes(' led ') || text.includes(' headed ') || text.includes('ed by ')) && LEADER_CUE.test(text);
}

export function delegationLeaders(ctx: SentenceContext, contactCountries: readonly string[]): Participant[] {
  const out: Participant[] = [];
  const text = ctx.sentence.text;
  let leading = false;
  for (const clause of splitClauses(text)) {
    // "The Polish side was led by A; the Ukrainian side by B": the second pairing leaves its verb out.
    leading = LEADER_CUE.test(clause.text) || (leading && GAPPED_PAIRING.test(clause.text));
    if (!leading) continue;
    const inClause = <T extends { start: number; end: number }>(x: T) => x.start >= clause.start && x.end <= clause.end;
    const clauseCountries = [...new Set(ctx.countries.filter(inClause).map((c) => c.code))];
    const people = ctx.persons.filter(inClause);
    for (const [i, p] of people.entries()) {
      // "led by Massad Boulos, the senior adviser to President Donald Trump": a person inside the leader's
      // description is not a leader.
      if (i > 0 && APPOSITION_OPENER.test(text.slice(people[i - 1].end, p.titleStart))) continue;
      const country = p.country ?? (clauseCountries.length === 1 ? clauseCountries[0] : null);
      // A contact known by one side only so far (the other side's people have no country word yet) takes the other
      // side's leader. A leader of neither side of a two-sided contact means the sentence speaks of another contact
      // ("The Mexican side will be led by A, and the US side by B" after a US-Ecuador meeting): it names no one here.
      if (country !== null && contactCountries.length >= 2 && !contactCountries.includes(country)) return [];
      if (!out.some((q) => q.name === p.name)) out.push({ name: p.name, role: p.role, country });
    }
  }
  return out;
}
