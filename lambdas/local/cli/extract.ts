/**
 * npm run extract -- FILE... [--published YYYY-MM-DD] [--url URL] [--outlet NAME]
 * Prints one JSON document {"articles":[<normalized record>...], "rejected":[...]} on stdout and nothing
 * else; diagnostics go to stderr. Metadata comes from the flags, else from a manifest.json beside the file.
 * Exit status 1 when any file was rejected (it is listed under "rejected" with the reason).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../core/extract/index.js';
import { RejectedInputError } from '../../core/ingest/errors.js';
import { parseNormalizedRecord, type NormalizedRecord } from '../../core/record/schema.js';
import { contentTypeFor, readManifest } from '../article-folder.js';

const USAGE = 'usage: npm run extract -- FILE... [--published YYYY-MM-DD] [--url URL] [--outlet NAME]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      url: { type: 'string' },
      outlet: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stderr.write(USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const articles: NormalizedRecord[] = [];
  const rejected: Array<{ file: string; code: string; message: string }> = [];
  const manifests = new Map<string, Map<string, Record<string, string>>>();
  for (const file of positionals) {
    const dir = dirname(file);
    if (!manifests.has(dir)) manifests.set(dir, await readManifest(dir).catch(() => new Map()));
    const fromManifest = manifests.get(dir)!.get(basename(file)) ?? {};
    const metadata = {
      published: values.published ?? fromManifest.published ?? null,
      url: values.url ?? fromManifest.url ?? null,
      outlet: values.outlet ?? fromManifest.outlet ?? null,
    };
    try {
      const bytes = await readFile(file);
      const record = await extractArticle(
        { bytes, bucket: null, key: file, contentType: contentTypeFor(file), metadata },
        { now: new Date() },
      );
      articles.push(parseNormalizedRecord(record));
    } catch (error) {
      if (error instanceof RejectedInputError) {
        rejected.push({ file, code: error.code, message: error.message });
        process.stderr.write(`rejected ${file}: ${error.code}: ${error.message}\n`);
      } else if (error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        rejected.push({ file, code: 'not-found', message: 'no such file' });
        process.stderr.write(`rejected ${file}: no such file\n`);
      } else {
        throw error;
      }
    }
  }
  process.stdout.write(JSON.stringify({ articles, rejected }, null, 2) + '\n');
  return rejected.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`extract failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
