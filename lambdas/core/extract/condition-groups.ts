/**
 * Groups of governments as the subject of a condition: "The E3 have warned …", "The three capitals have let it be
 * known that they would postpone the decision only if …", "the Europeans insist …" (knowledge/country-groups.json;
 * cues.json countedGroups.numbers and conditionGroupNouns). A counted group ("the three capitals", "the three European
 * countries") is a named group of that size the article has named, else the countries of the last sentence that named
 * exactly that many. The record holds one country per condition, so a group's condition is written once per member:
 * each member's track shows it.
 */
import groupsData from '../../../knowledge/country-groups.json' with { type: 'json' };
import type { SentenceContext } from './context.js';
import { countryByCode, CUES } from './knowledge.js';
import { phraseAlternation } from '../text/phrase-alternation.js';
import type { Speaker } from './speaker.js';

interface CountryGroup {
  names: string[];
  alsoCalled: string[];
  members: string[];
}

const GROUPS: readonly CountryGroup[] = groupsData.groups;
const NAMED = GROUPS.map((g) => ({
  group: g,
  name: new RegExp(`(?<![\\w-])(?:${phraseAlternation(g.names)})(?![\\w-])`),
  alsoCalled: g.alsoCalled.length > 0 ? new RegExp(`(?<![\\w-])(?:${phraseAlternation(g.alsoCalled)})(?![\\w-])`, 'i') : null,
}));
const NUMBERS: Record<string, number> = CUES.countedGroups.numbers;
// "the three capitals", "the three European countries": one capitalized qualifier may stand before the noun.
const COUNTED = new RegExp(`\\b[Tt]he\\s+(${phraseAlternation(Object.keys(NUMBERS))})\\s+(?:[A-Z][\\w-]+\\s+)?(?:${phraseAlternation(CUES.conditionGroupNouns)})\\b`);
// A group after a preposition is acted on or spoken to ("talks with the E3"), not the subject.
const OBLIQUE_BEFORE = /\b(?:in|from|at|to|near|of|with|against|on|by|for|between|and)\s+(?:the\s+)?$/i;

const memberSpeakers = (codes: readonly string[]): Speaker[] =>
  codes.map((code) => {
    const entry = countryByCode.get(code);
    return { name: entry?.short ?? entry?.name ?? code, country: code };
  });

/** The distinct countries of the last sentence before `index` that named exactly `n` of them. */
function lastListOf(contexts: readonly SentenceContext[], index: number, n: number): string[] | null {
  for (let i = index - 1; i >= 0; i--) {
    const codes = [...new Set(contexts[i].countries.map((c) => c.code))];
    if (codes.length === n) return codes;
  }
  return null;
}

const namedBefore = (contexts: readonly SentenceContext[], index: number, name: RegExp) => contexts.slice(0, index + 1).some((c) => name.test(c.sentence.text));

/**
 * The members of a group that is the subject of the statement in sentence `index` (in [from, cueStart) and not after a
 * preposition), or null.
 */
export function groupSpeakers(contexts: readonly SentenceContext[], index: number, from: number, cueStart: number): Speaker[] | null {
  const text = contexts[index].sentence.text;
  const head = text.slice(from, cueStart);
  const subject = (m: RegExpExecArray | null) => m !== null && !OBLIQUE_BEFORE.test(head.slice(0, m.index));
  for (const { group, name, alsoCalled } of NAMED) {
    if (subject(name.exec(head))) return memberSpeakers(group.members);
    if (alsoCalled && subject(alsoCalled.exec(head)) && namedBefore(contexts, index, name)) return memberSpeakers(group.members);
  }
  const counted = COUNTED.exec(head);
  if (!subject(counted)) return null;
  const n = NUMBERS[counted![1].toLowerCase()];
  const named = NAMED.find(({ group, name }) => group.members.length === n && namedBefore(contexts, index, name));
  const members = named?.group.members ?? lastListOf(contexts, index, n);
  return members ? memberSpeakers(members) : null;
}
