/**
 * A condition's speaker named without a country word ("President Nikos Christodoulides wants the talks to …") is
 * often placed by the contact stage, which reads the whole article (home side, counterparts, "his Turkish
 * counterpart"): the speaker takes the country the article's contacts give the same person, when they give one only.
 */
import type { Condition, Contact } from '../record/schema.js';

export function sidesFromContacts(conditions: Condition[], contacts: readonly Contact[]): Condition[] {
  if (!conditions.some((c) => c.actor.country === null)) return conditions;
  const countriesOf = new Map<string, Set<string>>();
  for (const contact of contacts) {
    for (const p of contact.participants) {
      if (p.country === null) continue;
      const set = countriesOf.get(p.name) ?? new Set<string>();
      set.add(p.country);
      countriesOf.set(p.name, set);
    }
  }
  return conditions.map((c) => {
    const known = c.actor.country === null ? countriesOf.get(c.actor.name) : undefined;
    return known?.size === 1 ? { ...c, actor: { ...c.actor, country: [...known][0] } } : c;
  });
}
