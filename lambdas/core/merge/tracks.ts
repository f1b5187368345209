/**
 * Tracks: a track is a set of countries ("US-RU"). A contact between two track countries is the track's;
 * a contact of one track country with a third party (a host, a mediator, an ally briefed) is "around the
 * track"; anything else is left out of that briefing.
 */
import type { TrackDefinition } from '../briefing/model.js';
// knowledge/countries.json without the aliases, demonyms and metonyms (scripts/build-knowledge-names.ts).
import { knownCountries } from '../briefing/knowledge-names.generated.js';

export type TrackScope = 'track' | 'around' | null;

export function scopeOf(countries: readonly string[], track: readonly string[]): TrackScope {
  // Distinct countries counted in place, not through a Set: this runs for every report of every
  // article (175k at 100k articles) on lists of two or three countries.
  let distinct = 0;
  let inTrack = 0;
  for (let i = 0; i < countries.length; i++) {
    if (countries.indexOf(countries[i]) !== i) continue;
    distinct++;
    if (track.includes(countries[i])) inTrack++;
  }
  if (inTrack === 0 || distinct < 2) return null;
  // A one-country track ("UA") is every contact of that country.
  if (inTrack >= 2 || track.length === 1) return 'track';
  return 'around';
}

let shortNames: ReadonlyMap<string, string> | undefined;

/** Display names from knowledge/countries.json: `short` when given ("US"), else `name` ("Russia"). Built once. */
export function countryShortNames(): ReadonlyMap<string, string> {
  return (shortNames ??= new Map(knownCountries.map((c) => [c.code, c.short ?? c.name])));
}

/** How to show a country code the names do not hold. */
export type UnnamedCountry = (code: string) => string;
const asCode: UnnamedCountry = (code) => code;

/** "US-RU" → "US–Russia"; codes not in the names are shown by `unnamed` (by default as the code itself). */
export function trackName(
  countries: readonly string[],
  names: ReadonlyMap<string, string> = countryShortNames(),
  unnamed: UnnamedCountry = asCode,
): string {
  return countries.map((c) => names.get(c) ?? unnamed(c)).join('–');
}

export function trackDefinition(trackId: string, names?: ReadonlyMap<string, string>, unnamed?: UnnamedCountry): TrackDefinition {
  const countries = trackId.split('-').filter(Boolean);
  return { id: trackId, countries, name: trackName(countries, names, unnamed) };
}
