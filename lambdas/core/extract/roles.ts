/**
 * Role references: "the Chinese leader", "the crown prince", "his Iranian counterpart" name a person already
 * introduced in the article. Resolved to the most recently named person whose role (and nationality, when
 * the reference gives one) fits; unresolved references are left alone.
 */
import type { PersonMention } from './actors.js';
import { countryByWord } from './knowledge.js';
import { execAll } from './regex.js';
import { ROLE_WORDS, type RoleWords } from './role-words.js';

export interface SeenPerson {
  name: string;
  role: string | null;
  country: string | null;
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
    if (taken.some((p) => p.start < end && start < p.end)) continue;
    const country = m[1] ? (countryByWord.get(m[1])?.code ?? null) : null;
    const word = m[2].toLowerCase();
    const fits = roleWords.fits.get(word)!;
    const counterpart = roleWords.counterparts.has(word);
    if (counterpart && !country) continue;
    // A counterpart holds the same kind of office as the person it is the counterpart of.
    const subjectClass = counterpart ? officeClass(taken.filter((p) => p.end <= start).pop()?.role ?? null) : null;
    const fitting = (p: SeenPerson) => Boolean(p.role) && fits.test(p.role!.replace(/^former\s+/i, '')) && (!country || p.country === country);
    const match =
      (subjectClass ? seen.findLast((p) => fitting(p) && officeClass(p.role) === subjectClass) : undefined) ?? seen.findLast(fitting);
    if (match) out.push({ ...match, start, end, titleStart: start, former: false, known: false });
  }
  return out;
}

/** The kind of office, for matching counterparts: foreign ministers with foreign ministers, leaders with leaders. */
function officeClass(role: string | null): string | null {
  if (!role) return null;
  if (/foreign|secretary of state|external affairs|top diplomat/i.test(role)) return 'foreign';
  if (/defen[cs]e|war secretary/i.test(role)) return 'defence';
  if (/finance|treasury|trade|commerce|economy/i.test(role)) return 'economy';
  if (/security advis|security council/i.test(role)) return 'security';
  if (/^(?:president|prime minister|premier|chancellor|king|emir|crown prince|supreme leader|leader)\b/i.test(role)) return 'leader';
  return null;
}
