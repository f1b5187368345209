/**
 * Where a contact took place, chosen among the places of its segment (places.ts found them):
 * - a phone call has none: "in Seoul" is where a caller was, or where it was reported;
 * - where someone sits is not where they met ("the change of government in Tokyo", "told reporters in Nara"), nor
 *   where something else was done ("the tariffs announced in Washington");
 * - a proposal names its venue after the contact noun: "In Islamabad, Dar said Pakistan was ready for a
 *   dialogue with India" is where the offer was made;
 * - "visited New Delhi" is the place of that visit only, not of another contact in the sentence;
 * - a place in a second predicate of the same subject ("will hold a meeting with Li on the 14th, and is due to
 *   address a business roundtable in Shanghai") is that predicate's;
 * - a named venue or gathering comes before a city;
 * - with none in the segment, the place an occasion's relative clause gives ("on the sidelines of the summit
 *   of the European Political Community, which Armenia will host in Yerevan").
 * Once the contact's parties are known, a venue several countries have ("the National Palace") takes the city
 * of the one party country that has it (`seats` in knowledge/places.json).
 */
import placesData from '../../../knowledge/places.json' with { type: 'json' };
import type { ContactMode, ContactStatus } from '../record/schema.js';
import { phraseAlternation } from '../text/phrase-alternation.js';
import type { PlaceMention } from './places.js';
import type { DraftContact } from './refine/merge.js';

// ", and is due to address …", ", and will then fly …": the same subject's next predicate.
const SECOND_PREDICATE = /,\s+and\s+(?:is|was|are|were|will|would|has|had|plans?|then|later)\b/i;
// ", which Armenia will host in Yerevan", ", which opens in Johannesburg on Saturday", ", to be held in Doha".
const HOST_CLAUSE = /^,?\s*(?:which|that|to be)\s+(?:[^,;.]{0,40}?\s)?(?:host|hosts|hosted|hosting|held|opens|convenes|takes place|take place)\s+$/i;
// "X, who travelled to Ankara for the closing session, met with Y": the subject's trip, in a relative clause that closes
// right before the contact, ends where the contact is.
const SUBJECT_TRIP = new RegExp(`,\\s+who\\s+(?:had\\s+|has\\s+|also\\s+)?(?:${phraseAlternation(placesData.tripVerbs)})\\s+(?:back\\s+)?$`, 'iu');
const CLAUSE_CLOSE = /^[^,;.]{0,60},\s*$/;

export interface ContactPlace {
  place: PlaceMention | null;
  /** The places the contact may draw a city and a venue from (a venue and its city may both be named). */
  venues: PlaceMention[];
}

export function contactPlace(
  text: string,
  segment: { start: number; end: number },
  cue: { start: number; end: number; mode: ContactMode },
  status: ContactStatus,
  places: readonly PlaceMention[],
  sentencePlaces: readonly PlaceMention[],
): ContactPlace {
  const predicate = SECOND_PREDICATE.exec(text.slice(cue.end, segment.end));
  const predicateEnd = predicate ? cue.end + predicate.index : segment.end;
  let venues = places.filter(
    (p) =>
      !p.notVenue &&
      p.start < predicateEnd &&
      (status !== 'proposed' || p.start >= cue.start) &&
      (!p.preposition.startsWith('visit') || (cue.mode === 'visit' && p.start === cue.start)),
  );
  if (venues.length === 0) venues = hostedAfter(text, segment.end, sentencePlaces);
  if (venues.length === 0) venues = subjectTrip(text, segment.start, sentencePlaces);
  if (cue.mode === 'call') return { place: null, venues };
  return { place: venues.find((p) => p.kind === 'venue' || p.kind === 'gathering') ?? venues[0] ?? null, venues };
}

/** The place a relative clause right after the segment gives its occasion: ", which Armenia will host in Yerevan". */
function hostedAfter(text: string, from: number, sentencePlaces: readonly PlaceMention[]): PlaceMention[] {
  const place = sentencePlaces.find((p) => p.start >= from && p.start - from <= 60 && p.preposition === 'in' && !p.notVenue);
  return place && HOST_CLAUSE.test(text.slice(from, place.start)) ? [place] : [];
}

/**
 * "on the sidelines of the APEC summit": a gathering held in another city each time (no city in the gazetteer) is
 * where the article's other contacts at it say it was ("met Xi at the APEC summit in Gyeongju"), when they all agree.
 */
export function placeAtGatheringCity(contacts: DraftContact[]): void {
  const cities = new Map<string, Map<string, string | null>>();
  for (const c of contacts) {
    const { venue, city, country } = c.location ?? {};
    if (!venue || !city) continue;
    const known = cities.get(venue) ?? new Map<string, string | null>();
    known.set(city, country ?? null);
    cities.set(venue, known);
  }
  if (cities.size === 0) return;
  for (const c of contacts) {
    const known = c.location?.venue && !c.location.city ? cities.get(c.location.venue) : undefined;
    if (known?.size !== 1) continue;
    const [[city, country]] = known;
    c.location = { ...c.location!, city, country };
  }
}

/** The destination of the subject's trip told in a relative clause just before the segment. */
function subjectTrip(text: string, segmentStart: number, sentencePlaces: readonly PlaceMention[]): PlaceMention[] {
  const place = sentencePlaces.filter((p) => p.end <= segmentStart && !p.notVenue && (p.preposition === 'to' || p.preposition === 'in')).pop();
  if (!place || !CLAUSE_CLOSE.test(text.slice(place.end, segmentStart))) return [];
  return SUBJECT_TRIP.test(text.slice(Math.max(0, place.start - 40), place.start)) ? [place] : [];
}

interface Seat {
  city: string;
  country: string;
}
const SEATS_OF_VENUE = new Map<string, Seat[]>();
for (const v of placesData.venues) if ('seats' in v && v.seats) SEATS_OF_VENUE.set(v.name, v.seats);

/**
 * "met Sheinbaum at the National Palace": a venue several countries have is in the one of the contact's
 * countries that has such a building; with none or two of them, the city stays unknown.
 */
export function placeAtVenueSeats(contacts: DraftContact[]): void {
  for (const c of contacts) {
    if (!c.location?.venue || c.location.city) continue;
    const seats = SEATS_OF_VENUE.get(c.location.venue)?.filter((s) => c.countries.includes(s.country));
    if (seats?.length === 1) c.location = { ...c.location, city: seats[0].city, country: seats[0].country };
  }
}
