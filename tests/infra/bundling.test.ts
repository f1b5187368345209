/**
 * The one test that bundles for real (esbuild, no Docker), as `cdk synth`/`cdk deploy` do: each function's
 * asset is an ESM bundle with a source map that Node can import and that exports `handler`, and it holds
 * the SDK clients the handler uses (S3; SES for the digest) but not the others. The bundle loads nothing
 * from outside itself but Node built-ins; the SDK modules left to the runtime appear only in `import()`.
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_SERVICE, EXTRACTOR_SERVICE } from '../../infra/briefing-stack.js';
import { BROWSER_ONLY_MODULES, SDK_MODULES_LEFT_TO_RUNTIME } from '../../infra/bundling/lambda-build.js';
import { synth, type Synth } from './synth.js';

/** The modules a bundle file itself imports (nothing is resolved: every import is reported as is). */
async function importsOf(file: string): Promise<Array<{ path: string; kind: string }>> {
  const { metafile } = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: [{ name: 'all-external', setup: (b) => b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'entry-point' ? undefined : { path: a.path, external: true })) }],
  });
  return Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => ({ path: i.path, kind: i.kind })));
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);
const leftToRuntime = (specifier: string) =>
  SDK_MODULES_LEFT_TO_RUNTIME.some((m) => specifier === m || specifier.startsWith(`${m}/`));

let s: Synth;
const assetDir = (service: string) => {
  const fns = s.template.findResources('AWS::Lambda::Function', {
    Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: service } } },
  });
  // The asset's S3 key is "<asset hash>.zip"; the staged bundle sits in cdk.out/asset.<asset hash>/.
  const key: string = Object.values(fns)[0].Properties.Code.S3Key;
  return path.join(s.app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
};

beforeAll(() => {
  s = synth({ sender: 'briefing@example.org', recipients: 'reader@example.org' }, { bundle: true });
}, 180_000);
afterAll(() => rmSync(s.app.outdir, { recursive: true, force: true }));

describe('bundled Lambda code', () => {
  it.each([EXTRACTOR_SERVICE, DIGEST_SERVICE])('%s: minified ESM bundle + source map, importable, exports handler', async (service) => {
    const dir = assetDir(service);
    const file = path.join(dir, 'index.mjs');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.map`)).toBe(true);
    const code = readFileSync(file, 'utf8');
    expect(code.startsWith("import { createRequire as __cr } from 'node:module'")).toBe(true);
    expect(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/.test(code)).toBe(true);
    // Minified: few, long lines.
    expect(code.split('\n').length).toBeLessThan(code.length / 500);
    const mod = await import(pathToFileURL(file).href);
    expect(typeof mod.handler).toBe('function');
  });

  it('bundles only the SDK clients each handler uses', () => {
    const extractor = readFileSync(path.join(assetDir(EXTRACTOR_SERVICE), 'index.mjs'), 'utf8');
    const digest = readFileSync(path.join(assetDir(DIGEST_SERVICE), 'index.mjs'), 'utf8');
    // Operation names survive minification as strings; class names do not. (toBe, not toContain: a failure
    // must not print a megabyte of bundle.)
    expect(extractor.includes('"PutObject"')).toBe(true);
    expect(extractor.includes('"SendEmail"')).toBe(false);
    expect(digest.includes('"SendEmail"')).toBe(true);
    for (const code of [extractor, digest]) {
      expect(/DynamoDB|"ReceiveMessage"|"PutMetricData"/.test(code)).toBe(false);
      // Nor the schemas of S3 operations they never call (infra/bundling/sdk-schema-keys.ts).
      expect(code.includes('PutBucketLifecycleConfiguration')).toBe(false);
    }
  });

  it('replaces the packages infra/bundling/aliases.ts names (the CSS parser, selector engine and parser index under linkedom) by their stand-ins', () => {
    const dir = assetDir(EXTRACTOR_SERVICE);
    const code = readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    expect(code.some((c) => c.includes('not parsed in the Lambda bundle'))).toBe(true);
    expect(code.some((c) => c.includes("by the Lambda bundle's matcher"))).toBe(true);
    // css-select's own messages, and domhandler's (re-exported by htmlparser2's index, not by Parser.js).
    expect(code.some((c) => c.includes('not supported by css-select'))).toBe(false);
    expect(code.some((c) => c.includes('Not implemented yet: '))).toBe(false);
  });

  it.each([EXTRACTOR_SERVICE, DIGEST_SERVICE])('%s: loads only Node built-ins and its own chunks; SDK modules left to the runtime only on demand', async (service) => {
    const dir = assetDir(service);
    const codeFiles = readdirSync(dir).filter((f) => f.endsWith('.mjs'));
    const ownChunk = (specifier: string) => specifier.startsWith('./') && codeFiles.includes(specifier.slice(2));
    const imports = (await Promise.all(codeFiles.map((f) => importsOf(path.join(dir, f))))).flat().filter((i) => !ownChunk(i.path));
    const loadedAtStart = imports.filter((i) => i.kind !== 'dynamic-import').map((i) => i.path);
    expect(loadedAtStart.filter((p) => !isBuiltin(p))).toEqual([]);
    const onDemand = imports.filter((i) => i.kind === 'dynamic-import' && !isBuiltin(i.path)).map((i) => i.path);
    expect(onDemand.filter((p) => !leftToRuntime(p) && !(BROWSER_ONLY_MODULES as readonly string[]).includes(p))).toEqual([]);
    // The credential chain still reaches the profile provider (left to the runtime, not dropped).
    expect(onDemand).toContain('@aws-sdk/credential-provider-ini');
  });

  it('keeps the HTML reader out of what the extractor loads at a cold start', async () => {
    const dir = assetDir(EXTRACTOR_SERVICE);
    const staticChunks = (await importsOf(path.join(dir, 'index.mjs'))).filter((i) => i.kind !== 'dynamic-import' && i.path.startsWith('./'));
    const atStart = [readFileSync(path.join(dir, 'index.mjs'), 'utf8'), ...staticChunks.map((c) => readFileSync(path.join(dir, c.path), 'utf8'))];
    const all = readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    // Readability's own error message: present in the asset, absent from what a cold start parses.
    const marker = 'Aborting parsing document; ';
    expect(all.some((code) => code.includes(marker))).toBe(true);
    expect(atStart.some((code) => code.includes(marker))).toBe(false);
  });

  it('prints stack traces that name the TypeScript sources, without --enable-source-maps', () => {
    const file = path.join(assetDir(DIGEST_SERVICE), 'index.mjs');
    // No BUCKET_NAME: the first invocation fails in the config loader.
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)});
try { await handler({}, {}); } catch (e) { process.stdout.write(e.stack); }`;
    const stack = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect(stack.split('\n')[0]).toBe('ConfigError: BUCKET_NAME is required');
    // Sources are shown relative to the build folder's parents: "lambdas/…" from the project's cdk.out,
    // "<path of the project>/lambdas/…" from this test's temporary out dir.
    expect(stack).toMatch(/at loadDigestConfig \((?:[\w.-]+\/)*lambdas\/config\.ts:\d+:\d+\)/);
    expect(stack).toMatch(/\((?:[\w.-]+\/)*lambdas\/handlers\/digest\.ts:\d+:\d+\)/);
    expect(stack).not.toContain('index.mjs');
  });
});
