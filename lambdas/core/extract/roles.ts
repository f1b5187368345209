/**
 * Role references: "the Chinese leader", "the crown prince", "his Iranian counterpart" name a person already
 * introduced in the article. Resolved to the most recently named person whose role (and nationality, when
 * the reference gives one) fits; unresolved references are left alone.
 */
import { personMention, type PersonMention } from './actors.js';
import { countryByWord } from './knowledge.js';
import { execAll } from './regex.js';
import { officeKindOf, ROLE_WORDS, type RoleWords } from './role-words.js';

export interface SeenPerson {
  name: string;
  role: string | null;
  country: string | null;
  /** The index of the sentence that named the person (ArticleMemory.position), when known. */
  at?: number;
}

export function findRoleReferences(
  sentence: string,
  seen: readonly SeenPerson[],
  taken: readonly PersonMention[],
  roleWords: RoleWords = ROLE_WORDS,
): PersonMention[] {
  if (seen.length === 0) return [];
  const out: PersonMention[] = [];
  for (const m of execAll(roleWords.reference, sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    // Inside a named person's title ("his Turkish counterpart Hakan Fidan": "Counterpart" titles the name after it).
    if (taken.some((p) => p.titleStart < end && start < p.end)) continue;
    // "his Indian counterpart, Piyush Goyal,": the name that follows introduces the person meant.
    if (sentence.startsWith(', ', end) && taken.some((p) => p.start === end + 2)) continue;
    const country = m[1] ? (countryByWord.get(m[1])?.code ?? null) : null;
    // "Abbas Araghchi, the Iranian foreign minister,": an apposition describes the name before it, when it can be
    // that person (not "Putin, the Chinese leader and …", a list).
    if (sentence.endsWith(', ', start) && taken.some((p) => p.end === start - 2 && (!country || p.country === null || p.country === country))) continue;
    // "the President of the Commission", "the Prime Minister of Ruritania": a capitalized office with its "of" is
    // a title in full, of whoever holds it there, not a reference to the last president named.
    if (m[2] !== m[2].toLowerCase() && sentence.startsWith(' of ', end)) continue;
    const word = m[2].toLowerCase();
    const fits = roleWords.fits.get(word)!;
    const counterpart = roleWords.counterparts.has(word);
    if (counterpart && !country) continue;
    // A counterpart holds the same kind of office as the person it is the counterpart of.
    const subjectKind = counterpart ? officeKindOf(taken.filter((p) => p.end <= start).pop()?.role ?? null, roleWords) : null;
    const fitting = (p: SeenPerson) => Boolean(p.role) && fits.test(p.role!.replace(/^former\s+/i, '')) && (!country || p.country === country);
    const match =
      (subjectKind ? seen.findLast((p) => fitting(p) && officeKindOf(p.role, roleWords) === subjectKind) : undefined) ?? seen.findLast(fitting);
    if (match) out.push(personMention(match, start, end, start, false, false));
  }
  return out;
}

/**
 * "The two presidents", "the two men": the last two people the article named, of two different countries, whose
 * offices fit the plural. A sentence that names two such people itself says who they are (readClause pairs
 * those), so only a sentence naming fewer looks back. The two people the sentence just before named (`previousAt`)
 * are the pair when both fit, even if one's country is not known yet ("Rubio began the day with talks with De la
 * Fuente. The two ministers discussed …" is not Rubio and a minister named earlier).
 */
export function findPairReferences(
  sentence: string,
  seen: readonly SeenPerson[],
  taken: readonly PersonMention[],
  roleWords: RoleWords = ROLE_WORDS,
  previousAt?: number,
): PersonMention[] {
  if (!roleWords.pairReference || seen.length < 2) return [];
  const out: PersonMention[] = [];
  for (const m of execAll(roleWords.pairReference, sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    const fits = roleWords.pairFits.get(m[1].replace(/\s+/g, ' ').toLowerCase())!;
    // A former office holder ("… against former President X") is background, not one of "the two leaders".
    const holds = (p: SeenPerson) => fits === null || (Boolean(p.role) && fits.test(p.role!) && !/^former\b/i.test(p.role!));
    const fitting = (p: SeenPerson) => p.country !== null && holds(p);
    const named = taken.filter((p) => p.end <= start && p.country !== null);
    if (named.length >= 2 && new Set(named.map((p) => p.country)).size >= 2) continue;
    // "… that of President A to B's capital, when the two leaders held talks": one of the two is named here, the other
    // is the last other person whose office fits (of another country, when both countries are known).
    const namedHere = [...new Map(taken.filter((p) => p.end <= start && holds(p)).map((p) => [p.name, p])).values()];
    if (namedHere.length === 1) {
      const one = namedHere[0];
      const other = seen.findLast((p) => p.name !== one.name && fitting(p) && p.country !== one.country);
      if (other) out.push(personMention(one, start, end, start, false, false), personMention(other, start, end, start, false, false));
      continue;
    }
    const justNamed = previousAt === undefined ? [] : [...new Map(seen.filter((p) => p.at === previousAt && holds(p)).map((p) => [p.name, p])).values()];
    if (justNamed.length === 2 && justNamed[0].country !== justNamed[1].country) {
      out.push(personMention(justNamed[0], start, end, start, false, false), personMention(justNamed[1], start, end, start, false, false));
      continue;
    }
    const first = seen.findLast(fitting);
    const second = first && seen.findLast((p) => fitting(p) && p.country !== first.country);
    if (!first || !second) continue;
    out.push(personMention(second, start, end, start, false, false), personMention(first, start, end, start, false, false));
  }
  return out;
}
