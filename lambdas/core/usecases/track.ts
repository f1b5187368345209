import type { TrackDefinition } from '../briefing/model.js';
import { countryShortNames } from '../merge/tracks.js';

const knowledgeNames = countryShortNames();
// ICU's region table costs ~20 ms of CPU to load at a cold start, so it is opened only for a code that
// knowledge/countries.json does not name.
let regionNames: Intl.DisplayNames | undefined;

/** "US-RU" → { id, countries: ["US","RU"], name: "US–Russia" } (knowledge/countries.json, then ICU region names). */
export function trackDefinitionFor(trackId: string): TrackDefinition {
  const countries = trackId.split('-');
  const name = countries
    .map((c) => knowledgeNames.get(c) ?? (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })).of(c) ?? c)
    .join('–');
  return { id: trackId, countries, name };
}
