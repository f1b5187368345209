/**
 * The digest names countries and people from lambdas/core/briefing/knowledge-names.generated.ts, a projection of
 * knowledge/countries.json and knowledge/actors.json. This fails when a knowledge file changed without
 * `npm run build:knowledge`, or when the projection drops something the names are built from.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import countriesJson from '../../../knowledge/countries.json' with { type: 'json' };
import actorsJson from '../../../knowledge/actors.json' with { type: 'json' };
import { KNOWLEDGE_NAMES_FILE, generateKnowledgeNamesModule } from '../../../scripts/build-knowledge-names.js';
import { knownActors, knownCountries } from '../../../lambdas/core/briefing/knowledge-names.generated.js';
import { countryNamer } from '../../../lambdas/core/render/countries.js';
import { countryShortNames } from '../../../lambdas/core/merge/tracks.js';

describe('knowledge-names.generated.ts', () => {
  it('is what knowledge/ gives today', () => {
    const stale = 'knowledge-names.generated.ts is stale: run `npm run build:knowledge`';
    expect(readFileSync(KNOWLEDGE_NAMES_FILE, 'utf8') === generateKnowledgeNamesModule(), stale).toBe(true);
  });

  it('keeps every country with its code, full name and short name', () => {
    expect(knownCountries.length).toBeGreaterThan(100);
    expect(knownCountries).toEqual(countriesJson.countries.map((c) => ({ code: c.code, name: c.name, short: ('short' in c && c.short) || null })));
  });

  it('names countries in full in the email and by their short name in a track name', () => {
    expect(countryNamer(undefined)('US')).toBe('United States');
    expect(countryShortNames().get('US')).toBe('US');
    expect(countryShortNames().get('RU')).toBe('Russia');
  });

  it('fails the build for a country or an actor without a name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
    const write = (countries: unknown[], actors: unknown[]) => {
      writeFileSync(path.join(dir, 'countries.json'), JSON.stringify({ countries }));
      writeFileSync(path.join(dir, 'actors.json'), JSON.stringify({ actors }));
    };
    try {
      write([{ code: 'XX', name: 'Xland' }], [{ name: 'A Person' }]);
      expect(generateKnowledgeNamesModule(dir)).toContain('["A Person",null,[]]');
      write([{ code: 'XX' }], []);
      expect(() => generateKnowledgeNamesModule(dir)).toThrow(/a country needs a code and a name/);
      write([], [{ country: 'XX', aliases: ['X'] }]);
      expect(() => generateKnowledgeNamesModule(dir)).toThrow(/an actor needs a name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps every actor with their country and aliases, and drops their roles', () => {
    expect(knownActors).toEqual(actorsJson.actors.map(({ name, country, aliases }) => ({ name, country, aliases })));
    expect(JSON.stringify(knownActors)).not.toContain('"roles"');
    expect(JSON.stringify(knownCountries)).not.toContain('"metonyms"');
  });
});
