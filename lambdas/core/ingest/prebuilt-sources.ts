/**
 * Regular-expression sources built ahead of time from knowledge/*.json (`npm run build:knowledge`), so a cold
 * Lambda does not rebuild the name, place and phrase tries at every start: building them was most of the
 * extract code's import time.
 *
 * Each entry is keyed by a SHA-256 digest of everything its source is built from: the builder's name and its
 * exact inputs (a digest rather than the inputs themselves keeps the word lists out of the bundle a second
 * time). The table can therefore only make a build faster, never change its result: a knowledge file extended without
 * rebuilding simply misses the table and is built at load as before (slower, same regexes). What the key
 * cannot see is a change to the building code itself; tests/unit/ingest/prebuilt-sources.test.ts fails when
 * the committed table differs from a fresh build, and the pre-hooks of npm test/demo/brief/extract/synth/
 * deploy/bench rebuild it.
 */
import { createHash } from 'node:crypto';
import { PREBUILT_SOURCES } from './prebuilt-sources.generated.js';

const prebuilt = new Map<string, string>(PREBUILT_SOURCES);

/** Every source asked for in this process, with its builder: what scripts/build-knowledge.ts writes out. */
const requested = new Map<string, () => string>();

/**
 * The source `build()` returns, from the prebuilt table when it holds one for exactly this builder and these
 * inputs. `builder` names the function of `inputs` that `build` computes: two call sites with the same inputs
 * share an entry only if they build the same way.
 */
export function prebuiltSource(builder: string, inputs: readonly string[], build: () => string): string {
  const key = prebuiltKey(builder, inputs);
  requested.set(key, build);
  return prebuilt.get(key) ?? build();
}

function prebuiltKey(builder: string, inputs: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([builder, inputs])).digest('base64url');
}

/** Fresh sources (built now, ignoring the table) for everything asked for so far, sorted by key. */
export function buildRequestedSources(): Array<[key: string, source: string]> {
  return [...requested.keys()].sort().map((key) => [key, requested.get(key)!()]);
}
