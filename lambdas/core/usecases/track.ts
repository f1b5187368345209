import type { TrackDefinition } from '../briefing/model.js';
import { trackDefinition } from '../merge/tracks.js';
import { icuRegionName } from '../render/countries.js';

/** "US-RU" → { id, countries: ["US","RU"], name: "US–Russia" } (knowledge/countries.json, then ICU region names). */
export function trackDefinitionFor(trackId: string): TrackDefinition {
  return trackDefinition(trackId, undefined, icuRegionName);
}
