/**
 * The one test that bundles for real (esbuild, no Docker), as `cdk synth`/`cdk deploy` do: each function's
 * asset is an ESM bundle with a source map that Node can import and that exports `handler`, and it holds
 * the SDK clients the handler uses (S3; SES for the digest) but not the others.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_SERVICE, EXTRACTOR_SERVICE } from '../../infra/briefing-stack.js';
import { synth, type Synth } from './synth.js';

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
    }
  });
});
