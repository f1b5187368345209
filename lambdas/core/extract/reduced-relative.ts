/**
 * A reduced relative clause: a noun, a participle, then a phrase ("the tariffs announced in Washington",
 * "the deal signed on Monday"). The place or date belongs to that noun's event, not to a contact in the same
 * sentence — unless the participle is one of meeting or arriving ("talks held in Geneva", "the delegations
 * arrived in Doha", any contact cue such as "hosted" or "phoned"), whose phrase is the contact's.
 * Participles are regular "-ed" words and the irregular ones of knowledge/places.json.
 */
import placesData from '../../../knowledge/places.json' with { type: 'json' };
import { MODE_OF_CUE } from './knowledge.js';
import { lastWordsStart } from './last-words.js';

const PARTICIPLE_BEFORE = new RegExp(`(?<![\\p{L}])(\\p{Ll}[\\p{Ll}-]+)\\s+(\\p{Ll}+ed|${placesData.irregularParticiples.join('|')})\\s+$`, 'u');
const VENUE_PARTICIPLES = new Set(placesData.venueParticiples);
// "they phoned on Monday", "who met in Geneva": a pronoun is the subject of a finite verb, not a noun with a clause.
const PRONOUN = /^(?:he|she|it|we|they|you|who|which|that)$/;

/** Whether `before` (the text up to a place's or date's phrase) ends in "<noun> <participle> ". */
export function endsInReducedRelative(before: string): boolean {
  // Two words are all the pattern reads: a short tail keeps the end-anchored scan cheap.
  const tail = before.length > 48 ? before.slice(-48) : before;
  const m = PARTICIPLE_BEFORE.exec(tail.slice(lastWordsStart(tail, 2)));
  if (!m || PRONOUN.test(m[1])) return false;
  return !VENUE_PARTICIPLES.has(m[2]) && !MODE_OF_CUE.has(m[2]);
}
