/**
 * The digest names countries and people from lambdas/core/briefing/knowledge-names.generated.ts, a projection of
 * knowledge/countries.json and knowledge/actors.json. This fails when a knowledge file changed without
 * `npm run build:knowledge`, or when the projection drops something the names are built from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import countriesJson from '../../../knowledge/countries.json' with { type: 'json' };
import actorsJson from '../../../knowledge/actors.json' with { type: 'json' };
import { KNOWLEDGE_NAMES_FILE, generateKnowledgeNamesModule } from '../../../scripts/build-knowledge-names.js';
import { knownActors, knownCountries } from '../../../lambdas/core/briefing/knowledge-names.generated.js';
import { countryNamesFromKnowledge } from '../../../lambdas/core/render/countries.js';
import { countryShortNames } from '../../../lambdas/core/merge/tracks.js';

describe('knowledge-names.generated.ts', () => {
  it('is what knowledge/ gives today', () => {
    const stale = 'knowledge-names.generated.ts is stale: run `npm run build:knowledge`';
    expect(readFileSync(KNOWLEDGE_NAMES_FILE, 'utf8') === generateKnowledgeNamesModule(), stale).toBe(true);
  });

  it('gives the same country names, full and short, as the whole knowledge file', () => {
    expect(Object.keys(countryNamesFromKnowledge(countriesJson)).length).toBeGreaterThan(100);
    expect(countryNamesFromKnowledge({ countries: knownCountries })).toEqual(countryNamesFromKnowledge(countriesJson));
    expect(countryShortNames()).toEqual(countryShortNames(countriesJson));
    expect(countryShortNames().get('US')).toBe('US');
  });

  it('keeps every actor with their country and aliases, and drops their roles', () => {
    expect(knownActors).toEqual(actorsJson.actors.map(({ name, country, aliases }) => ({ name, country, aliases })));
    expect(JSON.stringify(knownActors)).not.toContain('"roles"');
    expect(JSON.stringify(knownCountries)).not.toContain('"metonyms"');
  });
});
