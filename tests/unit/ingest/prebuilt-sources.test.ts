/**
 * The extract code takes its large regex sources from lambdas/core/ingest/prebuilt-sources.generated.ts. This fails
 * when someone edits knowledge/*.json, or the code that builds the sources, without `npm run build:knowledge`
 * (`npm test` rebuilds first through the "pretest" hook; CI and direct `npx vitest` runs rely on this test).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import titlesData from '../../../knowledge/titles.json' with { type: 'json' };
import { GENERATED_FILE, generateKnowledgeModule } from '../../../scripts/build-knowledge.js';
import { prebuiltSource } from '../../../lambdas/core/ingest/prebuilt-sources.js';
import { trieSource } from '../../../lambdas/core/ingest/trie.js';

describe('prebuilt-sources.generated.ts', () => {
  it('is what knowledge/*.json builds to today, for every source the extract code asks for', async () => {
    const committed = readFileSync(GENERATED_FILE, 'utf8');
    const fresh = await generateKnowledgeModule();
    // Compare lengths first so a stale file fails with a short message rather than a 40 KB diff.
    expect(committed.length, 'prebuilt-sources.generated.ts is stale: run `npm run build:knowledge`').toBe(fresh.length);
    expect(committed === fresh, 'prebuilt-sources.generated.ts is stale: run `npm run build:knowledge`').toBe(true);
  });
});

describe('prebuiltSource', () => {
  // knowledge.ts builds the title-prefix trie with builder 'trie', so the committed table holds it.
  const prefixes = titlesData.titlePrefixes;

  it('returns the table entry for exactly the same builder and inputs, without building', () => {
    const build = vi.fn(() => 'built now');
    expect(prebuiltSource('trie', prefixes, build)).toBe(trieSource(prefixes));
    expect(build).not.toHaveBeenCalled();
  });

  it('builds when the inputs or the builder differ from every entry (a knowledge file edited without rebuilding)', () => {
    expect(prebuiltSource('trie', [...prefixes, 'Archduke'], () => 'built now')).toBe('built now');
    expect(prebuiltSource('trie', [...prefixes].reverse(), () => 'built now')).toBe('built now');
    expect(prebuiltSource('trie/either-case', prefixes, () => 'built now')).toBe('built now');
  });
});
