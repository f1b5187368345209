/**
 * knowledge/roles.json compiled into matchers: the generic role words ("the Chinese leader", "his Iranian
 * counterpart"), for each a test of the office titles it can stand for, and the kinds of office a counterpart
 * must share. Compiled once at module load; `compileRoleWords` takes the data as an argument, so another
 * list (a test's, a user's extension) compiles the same way.
 */
import rolesData from '../../../knowledge/roles.json' with { type: 'json' };
import { escapeRegex } from '../text/escape-regex.js';
import { capitalizeWords } from '../text/capitalize-words.js';
import { phraseAlternation } from '../text/phrase-alternation.js';
import { countryByWord } from './knowledge.js';

export interface RoleWordsData {
  /** Role word → the offices it can stand for: a plain entry fits a role containing it; "re:" is a regex. */
  roleWords: Record<string, string[]>;
  /** Words for "the person of that country holding the same kind of office" ("counterpart"). */
  counterpartWords: string[];
  /** Kind of office → the offices of that kind (entries as in roleWords); the first kind that fits wins. */
  officeKinds: Record<string, string[]>;
  /** Plural after "the two" → the offices both people must hold (entries as in roleWords; empty: anyone). */
  pairWords?: Record<string, string[]>;
}

export interface RoleWords {
  /** "the|his|her|their [demonym] <role word>": group 1 the demonym, group 2 the role word. Global. */
  reference: RegExp;
  /** Lower-cased role word → the test a person's role (without "former") must pass. */
  fits: Map<string, RegExp>;
  /** Lower-cased counterpart words. */
  counterparts: Set<string>;
  /** Office kinds in the order they are tried. */
  officeKinds: Array<{ kind: string; test: RegExp }>;
  /** "the two <plural>": group 1 the plural. Global; null when there are no pair words. */
  pairReference: RegExp | null;
  /** Lower-cased plural → the test each person's role must pass (null: anyone, with or without a role). */
  pairFits: Map<string, RegExp | null>;
}

/** A counterpart can hold any office; the office kind and the country narrow it down. */
const ANY_ROLE = /./;

/** One case-insensitive test for a role word's offices: plain entries match anywhere in the role. */
function officesTest(offices: readonly string[]): RegExp {
  return new RegExp(offices.map((o) => (o.startsWith('re:') ? o.slice(3) : escapeRegex(o))).join('|'), 'i');
}

// Demonyms longest first, so the longest one at a position wins.
const DEMONYM_ALT = [...countryByWord.entries()]
  .filter(([, v]) => v.kind === 'demonym')
  .map(([k]) => k)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');

export function compileRoleWords(data: RoleWordsData): RoleWords {
  const fits = new Map<string, RegExp>();
  for (const [word, offices] of Object.entries(data.roleWords)) fits.set(word.toLowerCase(), officesTest(offices));
  const counterparts = new Set(data.counterpartWords.map((w) => w.toLowerCase()));
  for (const w of counterparts) fits.set(w, ANY_ROLE);
  // Each word as listed and in title case: readouts and state media write "The Prime Minister called the President".
  const words = [...Object.keys(data.roleWords), ...data.counterpartWords].flatMap((w) => [...new Set([w, capitalizeWords(w)])]).map(escapeRegex);
  const reference = new RegExp(`\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(${DEMONYM_ALT})\\s+)?(${words.join('|')})(?![\\w-])`, 'g');
  const officeKinds = Object.entries(data.officeKinds).map(([kind, offices]) => ({ kind, test: officesTest(offices) }));
  const pairs = Object.entries(data.pairWords ?? {});
  const pairFits = new Map(pairs.map(([word, offices]) => [word.toLowerCase(), offices.length > 0 ? officesTest(offices) : null]));
  const pairAlt = phraseAlternation(pairs.map(([word]) => word));
  const pairReference = pairs.length > 0 ? new RegExp(`\\b[Tt]he\\s+two\\s+(${pairAlt})(?![\\w-])`, 'g') : null;
  return { reference, fits, counterparts, officeKinds, pairReference, pairFits };
}

/** The kind of office a role is, for matching counterparts: foreign ministers with foreign ministers. */
export function officeKindOf(role: string | null, roleWords: RoleWords): string | null {
  if (!role) return null;
  return roleWords.officeKinds.find((k) => k.test.test(role))?.kind ?? null;
}

export const ROLE_WORDS: RoleWords = compileRoleWords(rolesData);
