/**
 * Home-side refiner: a newspaper or ministry names its own country's officials without a country word
 * ("Foreign Minister Sihasak Phuangketkeow spoke by telephone with Cambodian Foreign Minister Prak Sokhonn").
 * In an article plainly about one pair of countries, the one official of unknown country in a contact with
 * the other side's official is on this side.
 */
import type { SentenceContext } from '../context.js';
import type { DraftContact } from './merge.js';

/**
 * The two countries an article is about: the two named most, when both are named at least twice and clearly ahead of any
 * third. A capital named as a place ("talks in Ankara", "flew to Washington") says where things happen, not who takes
 * part: a mediator's or host's capital would otherwise rival a party.
 */
export function articlePair(contexts: readonly SentenceContext[]): [string, string] | null {
  const counts = new Map<string, number>();
  // The first sentence that names a country other than as a place: the lede, which says whom the story is about.
  let lede: Set<string> | null = null;
  for (const ctx of contexts) {
    const parties = ctx.countries.filter((c) => c.kind === 'name' || c.kind === 'demonym' || !ctx.places.some((p) => p.start < c.end && c.start < p.end));
    for (const c of parties) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
    if (!lede && parties.length > 0) lede = new Set(parties.map((c) => c.code));
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[1][1] < 2) return null;
  if (ranked.length > 2 && ranked[2][1] >= ranked[1][1]) {
    // A tie for second place goes to the one country of the tie the lede names (a mediator is named often, but later).
    const top = ranked[0][1] > ranked[1][1];
    const tied = ranked.slice(top ? 1 : 0).filter(([, n]) => n === ranked[1][1]).map(([code]) => code);
    const inLede = tied.filter((code) => lede?.has(code));
    if (top && inLede.length === 1) return [ranked[0][0], inLede[0]];
    if (!top && inLede.length === 2) return [inLede[0], inLede[1]];
    return null;
  }
  return [ranked[0][0], ranked[1][0]];
}

/**
 * For each person of unknown country, the countries of the article's pair named in the sentence that introduced them,
 * other than the nationality words of other people there ("Rwanda insists …, Foreign Minister Olivier Nduhungirehe
 * said", "Prime Minister Nawaf Salam told reporters in Beirut").
 */
export function introductionCountries(contexts: readonly SentenceContext[], pair: [string, string] | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!pair) return out;
  for (const ctx of contexts) {
    for (const p of ctx.persons) {
      if (p.country !== null || out.has(p.name)) continue;
      const named = ctx.countries.filter((c) => pair.includes(c.code) && !ctx.persons.some((q) => q !== p && c.start >= q.titleStart && c.end <= q.end));
      out.set(p.name, [...new Set(named.map((c) => c.code))]);
    }
  }
  return out;
}

/**
 * Gives the other side of the article's pair to the one participant of unknown country in a one-country contact.
 * A contact of two officials named without any country word ("Trade Minister Don Farrell spoke with Commerce
 * Minister Wang Wentao"), and no country of its own, is between the pair; who is on which side stays unknown.
 */
export function completeHomeSide(drafts: DraftContact[], pair: [string, string] | null, introduced: ReadonlyMap<string, string[]> = new Map()): void {
  if (!pair) return;
  for (const d of drafts) {
    // "Ortagus held a separate meeting with Aoun": with a third country's official, the one side of the pair named
    // where the unknown official was introduced.
    if (d.countries.length === 1 && !pair.includes(d.countries[0])) {
      const unknown = d.participants.filter((p) => p.country === null);
      const sides = unknown.length === 1 ? (introduced.get(unknown[0].name) ?? []) : [];
      if (sides.length === 1) {
        d.participants = d.participants.map((p) => (p === unknown[0] ? { ...p, country: sides[0] } : p));
        d.countries.push(sides[0]);
      }
      continue;
    }
    if (d.countries.length === 0 && d.participants.length === 2 && d.participants.every((p) => p.country === null)) {
      d.countries.push(...pair);
      continue;
    }
    if (d.countries.length !== 1 || !pair.includes(d.countries[0])) continue;
    const unknown = d.participants.filter((p) => p.country === null);
    if (unknown.length !== 1 || !d.participants.some((p) => p.country === d.countries[0])) continue;
    const other = pair[0] === d.countries[0] ? pair[1] : pair[0];
    // A new object: a continuation shares its participants with the contact it continues.
    d.participants = d.participants.map((p) => (p === unknown[0] ? { ...p, country: other } : p));
    d.countries.push(other);
  }
}
