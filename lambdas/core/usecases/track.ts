import type { TrackDefinition } from '../briefing/model.js';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "US-RU" → { id, countries: ["US","RU"], name: "United States–Russia" } (names from the ICU region table). */
export function trackDefinitionFor(trackId: string): TrackDefinition {
  const countries = trackId.split('-');
  const name = countries.map((c) => regionNames.of(c) ?? c).join('–');
  return { id: trackId, countries, name };
}
