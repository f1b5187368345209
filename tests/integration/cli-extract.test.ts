/** `npm run extract` as a user runs it: stdout is one JSON document and nothing else. */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseNormalizedRecord } from '../../lambdas/core/record/schema.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const cli = join(root, 'lambdas/local/cli/extract.ts');
const tsx = join(root, 'node_modules/.bin/tsx');

async function extract(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run extract', () => {
  it('prints {"articles":[...]} with valid records; flags win over the manifest beside the file', async () => {
    const { code, stdout } = await extract([join(root, 'seeds/001_a58670253770013e.txt'), join(root, 'seeds/000_293caed0ac8d3112.txt'), '--url', 'https://example.org/x']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.articles).toHaveLength(2);
    for (const record of doc.articles) parseNormalizedRecord(record);
    expect(doc.articles[0].source.url).toBe('https://example.org/x');
    // 001's published date comes from seeds/manifest.json beside it.
    expect(doc.articles[0].published).toEqual({ date: '2025-02-16', source: 'metadata' });
    expect(doc.rejected).toEqual([]);
  }, 60_000);

  it('lists a rejected file with its reason, keeps stdout pure JSON and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
    await writeFile(join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = await extract([join(dir, 'empty.txt'), '--published', '2025-03-01']);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.articles).toEqual([]);
    expect(doc.rejected).toEqual([expect.objectContaining({ code: 'empty' })]);
    expect(stderr).toMatch(/rejected .*empty\.txt: empty/);
  }, 60_000);
});
