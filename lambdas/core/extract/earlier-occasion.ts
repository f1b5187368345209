/**
 * A clause about an earlier occasion, hung on a sentence that reports a new one: "This was the second round of the
 * dialogue, the first having been held in Moscow last November", "They met in Geneva on Monday; the previous round
 * took place in Vienna in March". Its place and date are that occasion's, never the new contact's. Only after a
 * comma or semicolon: a sentence that opens with "The first took place in Istanbul on 25 July" reports that
 * occasion itself, and so does a clause after a comma with no noun ("…, the first took place in Istanbul"), a contact
 * cue of its own. Words in knowledge/dates.json (`earlierOccasionOrdinals`, `earlierOccasionPredicates`).
 */
import datesData from '../../../knowledge/dates.json' with { type: 'json' };
import { phraseAlternation } from '../text/phrase-alternation.js';

// An absolute clause ("the first having been held"), or a noun then a finite predicate ("the previous round took
// place"). "the first took place …" with no noun is a contact cue of its own (cues.json), whose date and place it keeps.
const CLAUSE_OPENING = new RegExp(
  `^[,;]\\s*(?:(?:and|with|while)\\s+)?(?:the|its|their|a)\\s+(?:${phraseAlternation(datesData.earlierOccasionOrdinals)})\\s+` +
    `(?:(?:[\\p{Ll}-]+\\s+){0,2}?having|(?!one\\s)[\\p{Ll}-]+\\s+(?:[\\p{Ll}-]+\\s+)?(?:${phraseAlternation(datesData.earlierOccasionPredicates)}))(?![\\p{L}])`,
  'iu',
);
// How far back the clause may open: an occasion's clause names its place and date within a few words.
const REACH = 90;

/** Whether the place or date at `start` stands in a clause about an earlier occasion. */
export function inEarlierOccasionClause(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - REACH), start);
  const opening = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return opening >= 0 && CLAUSE_OPENING.test(before.slice(opening));
}
