/**
 * Synthetic records as an NDJSON file under .tmp/bench/, so the measuring processes read them line by line
 * and hold only what the digest would hold (the parsed records), never the generator's objects as well.
 * The file name carries a hash of the generator's sources, so a changed generator never reuses a stale file.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '..');
const CACHE = path.join(ROOT, '.tmp', 'bench', 'records');
const GENERATOR_SOURCES = ['bench/synthetic-records.ts', 'bench/lib/cast.ts', 'bench/lib/sentences.ts', 'bench/lib/rng.ts', 'lambdas/core/syndication/minhash.ts'];

export function recordsFileFor(count: number): string {
  const hash = createHash('sha256');
  for (const f of GENERATOR_SOURCES) hash.update(readFileSync(path.join(ROOT, f)));
  return path.join(CACHE, `records-${count}-${hash.digest('hex').slice(0, 10)}.ndjson`);
}

/** Generates the file unless an up-to-date one exists; returns its path. */
export async function ensureRecordsFile(count: number): Promise<string> {
  const file = recordsFileFor(count);
  if (existsSync(file)) return file;
  const { syntheticRecords } = await import('./synthetic-records.js');
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, syntheticRecords(count).map((r) => JSON.stringify(r)).join('\n') + '\n');
  renameSync(tmp, file);
  return file;
}

/** The file's lines (one JSON record each), read as a stream. */
export async function* recordLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield line;
}
