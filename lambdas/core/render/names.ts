/**
 * The short name a person goes by in a contact label ("Lavrov", "Xi", "Lee", "von der Leyen"). Taking the last
 * word of every name gives "Jae-myung" for Lee Jae-myung and "Yi" for Wang Yi, so the rules come from data:
 * knowledge/actors.json (a known person's one-word alias), knowledge/names.json (which countries write the family
 * name first, surname particles, suffixes) and the participant's country, which the model carries. When no rule
 * is sure, the full name is used: a long label is better than a wrong fragment.
 */
import namesData from '../../../knowledge/names.json' with { type: 'json' };
// knowledge/actors.json without the roles the digest never reads (scripts/build-knowledge-names.ts).
import { knownActors } from '../briefing/knowledge-names.generated.js';

export interface NamedPerson {
  name: string;
  country?: string | null;
}

interface NameRules {
  familyNameFirst: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  suffixes: ReadonlySet<string>;
}

type KnownActor = (typeof knownActors)[number];

/** Accent- and case-insensitive key, so "Orban" finds "Viktor Orbán". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const RULES: NameRules = {
  familyNameFirst: new Set(namesData.familyNameFirst),
  // A glued particle ("al-") is part of its word, so only the free-standing ones can stand before a surname.
  particles: new Set(namesData.nameParticles.filter((p) => !p.endsWith('-')).map(fold)),
  suffixes: new Set(namesData.suffixes),
};

/** Every known actor under their name and each alias (built on first use: most renders name few people). */
let actorIndex: Map<string, KnownActor> | null = null;
function knownActor(name: string): KnownActor | undefined {
  if (!actorIndex) {
    actorIndex = new Map();
    for (const a of knownActors) {
      for (const n of [a.name, ...a.aliases]) if (!actorIndex.has(fold(n))) actorIndex.set(fold(n), a);
    }
  }
  return actorIndex.get(fold(name));
}

/** A Korean or Taiwanese given name as romanized with a hyphen: "Jae-myung", "Ching-te", "Son-hui". */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The short name, or the full name when no rule applies with confidence. `rules` is for tests; the email uses
 * knowledge/names.json.
 */
export function shortName(person: NamedPerson, rules: NameRules = RULES): string {
  const full = person.name.replace(/\s+/g, ' ').trim();
  const words = full.split(' ').filter((w) => !rules.suffixes.has(w.replace(/,$/, '')));
  if (words.length <= 1) return full;
  const actor = knownActor(full);
  // A known person's one-word alias that is one of the words of their name is what reports call them.
  if (actor) {
    const aliases = new Set(actor.aliases.filter((a) => !/\s/.test(a)).map(fold));
    const word = words.find((w) => aliases.has(fold(w)));
    if (word) return word;
  }
  const country = person.country ?? actor?.country ?? null;
  if ((country && rules.familyNameFirst.has(country)) || HYPHENATED_GIVEN_NAME.test(words[words.length - 1])) return words[0];
  // Given name first: the last word, with the particles that belong to the surname ("bin Salman", "von der Leyen").
  let start = words.length - 1;
  while (start > 1 && rules.particles.has(fold(words[start - 1]))) start--;
  const surname = words.slice(start).join(' ');
  // A one- or two-letter last word ("Un" of Kim Jong Un, "Yi" of Wang Yi) is more likely a given name written
  // after the family name of a country not known here: say the full name.
  return surname.replace(/\P{L}/gu, '').length <= 2 ? full : surname;
}

/**
 * Short names for the people named together in one label; two people who would share one ("Kim" and "Kim") are
 * given their full names so the label still tells them apart.
 */
export function shortNames(people: NamedPerson[], rules: NameRules = RULES): string[] {
  const short = people.map((p) => shortName(p, rules));
  const counts = new Map<string, number>();
  for (const s of short) counts.set(s, (counts.get(s) ?? 0) + 1);
  return short.map((s, i) => ((counts.get(s) ?? 0) > 1 ? people[i].name.trim() : s));
}
