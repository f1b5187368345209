/**
 * A contact at an occasion the article named before, said so ("On the sidelines of the same summit, Aliyev also met
 * Tokayev", "During that visit, he also met …"), took place where and when that occasion did: the nearest earlier
 * contact of the same status with a sentence naming the occasion's noun gives its city and date, where the contact
 * names none. Nouns in knowledge/places.json (`occasionReferenceNouns`). Only with "same" or "that": "at the summit"
 * alone may be another summit than the last one the article reported. Limit: the occasion must have been reported as
 * a contact; a summit only announced ("The summit opens on Monday") gives nothing, and a phone call takes no place.
 */
import placesData from '../../../knowledge/places.json' with { type: 'json' };
import { phraseAlternation } from '../text/phrase-alternation.js';
import type { DraftContact } from './refine/merge.js';

const REFERENCE = new RegExp(
  `(?:[Oo]n\\s+the\\s+(?:sidelines|margins|fringes)\\s+of|(?<![\\p{L}])(?:[Aa]t|[Dd]uring))\\s+(?:the\\s+same|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<noun>${phraseAlternation(placesData.occasionReferenceNouns)})(?![\\p{L}])`,
  'u',
);
const MAY_REFER = /\b(?:same|that)\b/;

export function settingOfEarlierOccasion(contacts: DraftContact[]): void {
  for (const c of contacts) {
    if (c.location?.city && c.date.value) continue;
    const own = c.evidence[0];
    const ref = own && MAY_REFER.test(own.text) ? REFERENCE.exec(own.text) : null;
    if (!ref) continue;
    const noun = new RegExp(`(?<![\\p{L}])${ref.groups!.noun}(?![\\p{L}])`, 'iu');
    let earlier: DraftContact | null = null;
    let earlierAt = -1;
    for (const e of contacts) {
      if (e === c || e.status !== c.status || (!e.location?.city && !e.date.value)) continue;
      const naming = e.evidence.filter((ev) => ev.start < own.start && noun.test(ev.text)).pop();
      if (naming && naming.start > earlierAt) [earlier, earlierAt] = [e, naming.start];
    }
    if (!earlier) continue;
    if (!c.location?.city && earlier.location?.city && c.mode !== 'call') {
      c.location = { city: earlier.location.city, venue: c.location?.venue ?? earlier.location.venue, country: earlier.location.country };
    }
    if (!c.date.value && earlier.date.value) c.date = earlier.date;
  }
}
