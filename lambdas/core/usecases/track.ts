import type { TrackDefinition } from '../briefing/model.js';
import { trackDefinition } from '../merge/tracks.js';

// ICU's region table costs ~20 ms of CPU to load at a cold start, so it is opened only for a code that
// knowledge/countries.json does not name.
let regionNames: Intl.DisplayNames | undefined;

function icuRegionName(code: string): string {
  return (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })).of(code) ?? code;
}

/** "US-RU" → { id, countries: ["US","RU"], name: "US–Russia" } (knowledge/countries.json, then ICU region names). */
export function trackDefinitionFor(trackId: string): TrackDefinition {
  return trackDefinition(trackId, undefined, icuRegionName);
}
