/**
 * The Lambda bundle's stack traces, mapped lazily by the handlers: a small bundle built like the deployed one
 * (minified, with a source map) is run in a child process, so the global Error.prepareStackTrace it installs
 * never touches the test runner.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
let dir: string;
let bundle: string;

// Line 5 of the fixture throws, in a function whose minified name says nothing, called from line 8.
const FIXTURE = [
  `import { mapStackTracesToSources } from ${JSON.stringify(path.join(ROOT, 'lambdas/adapters/source-mapped-stacks.ts'))};`,
  'export const installed = mapStackTracesToSources(import.meta.url);',
  'function explainFailure(reason: string): never {',
  '  const detail = `failed: ${reason}`;',
  '  throw new Error(detail);',
  '}',
  'export function run(): never {',
  "  return explainFailure('boom');",
  '}',
  "export const runLazily = async () => (await import('./lazy.js')).failLater();",
].join('\n');

// Loaded on demand, so esbuild writes it as a chunk of its own (as the extractor's HTML reader is).
const LAZY = ['export function failLater(): never {', "  throw new Error('in a chunk');", '}'].join('\n');

function stackOf(nodeOptions = ''): { installed: boolean; stack: string } {
  const script = `const m = await import(${JSON.stringify(`file://${bundle}`)});
try { m.run(); } catch (e) { console.log(JSON.stringify({ installed: m.installed, stack: e.stack })); }`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, NODE_OPTIONS: nodeOptions }, encoding: 'utf8' });
  return JSON.parse(out);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'stacks-'));
  writeFileSync(path.join(dir, 'fixture.ts'), FIXTURE);
  writeFileSync(path.join(dir, 'lazy.ts'), LAZY);
  bundle = path.join(dir, 'out', 'index.mjs');
  await build({
    entryPoints: { index: path.join(dir, 'fixture.ts') },
    outdir: path.join(dir, 'out'),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    sourcemap: true,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mapStackTracesToSources', () => {
  it('names the TypeScript source line and function of a bundled frame', () => {
    const { installed, stack } = stackOf();
    expect(installed).toBe(true);
    expect(stack.split('\n')[0]).toBe('Error: failed: boom');
    expect(stack).toMatch(/at explainFailure \(fixture\.ts:5:9\)/);
    expect(stack).toMatch(/fixture\.ts:8:10\)/);
    expect(stack).not.toContain('index.mjs');
  });

  it('maps a frame in a chunk loaded on demand with that chunk\'s own map', () => {
    const script = `const m = await import(${JSON.stringify(`file://${bundle}`)});
try { await m.runLazily(); } catch (e) { console.log(e.stack); }`;
    const stack = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH, NODE_OPTIONS: '' }, encoding: 'utf8' });
    expect(stack.split('\n')[0]).toBe('Error: in a chunk');
    expect(stack).toMatch(/ \(lazy\.ts:2:9\)/);
    expect(stack).not.toMatch(/lazy-[A-Z0-9]+\.mjs/);
  });

  it('leaves the mapping to Node when --enable-source-maps is on', () => {
    const { installed, stack } = stackOf('--enable-source-maps');
    expect(installed).toBe(false);
    expect(stack).toMatch(/fixture\.ts:5:9/);
  });

  it('installs nothing for a module without a source map next to it (tsx, vitest)', () => {
    rmSync(`${bundle}.map`);
    const { installed, stack } = stackOf();
    expect(installed).toBe(false);
    expect(stack).toMatch(/index\.mjs:\d+:\d+/);
  });
});
