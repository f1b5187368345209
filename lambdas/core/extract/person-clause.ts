/**
 * A relative clause about a person (", who was sworn in for a third term this month", ", who was born in Ankara"): what
 * it dates and places is that person's own past, not a contact. Unless the clause holds a contact cue (", who met Wang
 * on Monday, said …": that contact's date and place) or, for a place, a trip (", who travelled to Ankara for the closing
 * session, met …": where the contact after it is, contact-place.ts; `tripVerbs` in knowledge/places.json).
 */
import placesData from '../../../knowledge/places.json' with { type: 'json' };
import { holdsContactCue } from './contacts-cues.js';

// An open ", who" clause right before the date or place.
const WHO_CLAUSE = /,\s+who(?:se)?\s[^,;()]*$/i;
const TRIP_VERBS = new Set(placesData.tripVerbs);

/** The words of the person clause still open at `start` that holds no contact cue; null when there is none. */
function clauseWithoutCue(text: string, start: number): string[] | null {
  const before = text.slice(Math.max(0, start - 100), start);
  if (!before.includes('who')) return null;
  const clause = WHO_CLAUSE.exec(before);
  if (!clause) return null;
  return holdsContactCue(clause[0]) ? null : clause[0].toLowerCase().split(/[\s,]+/);
}

/** "Maduro, who was sworn in this month, called …": the date is the person's past. */
export function isPersonClauseDate(text: string, start: number): boolean {
  return clauseWithoutCue(text, start) !== null;
}

/** "X, who was born in Ankara, met Y": the place is the person's, not the meeting's (a trip there is read elsewhere). */
export function isPersonClausePlace(text: string, start: number): boolean {
  const words = clauseWithoutCue(text, start);
  return words !== null && !words.some((w) => TRIP_VERBS.has(w));
}
