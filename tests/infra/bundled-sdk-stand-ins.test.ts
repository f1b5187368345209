/**
 * The Lambda bundles replace SDK code the handlers never run by stand-ins (infra/bundling/aliases.ts and the
 * plugins sdk-package-version.ts and node-hash-only.ts). This bundles the S3 client with the same aliases
 * and plugins and checks that the stand-ins give the SDK everything it
 * imports from them, that a client still builds and runs ordinary operations, and that an operation needing
 * the replaced code fails with the stand-in's message instead of misbehaving.
 * (tests/integration/bundled-lambda-code.test.ts runs the real handlers' bundles against S3 and SES.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { resolveEventStreamSerdeConfig } from '@smithy/core/event-streams';
import type { Message, Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_MODULES_LEFT_TO_RUNTIME } from '../../infra/bundling/lambda-build.js';
import * as noEventStreams from '../../infra/bundling/no-event-streams.js';
import { Md5Js, Sha1Js, Sha256Js } from '../../infra/bundling/no-js-hash-fallbacks.js';
import { JS_HASH_FALLBACKS, nodeHashOnlyPlugin } from '../../infra/bundling/node-hash-only.js';
import { sdkPackageVersionPlugin } from '../../infra/bundling/sdk-package-version.js';
import { importStandInBundle, type StandInBundle } from '../unit/support/stand-in-bundle.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

type S3Module = typeof import('@aws-sdk/client-s3');
let s3: S3Module;
let warnings: Message[];
let metafile: Metafile;
let bundle: StandInBundle<S3Module>;

beforeAll(async () => {
  bundle = await importStandInBundle<S3Module>("export * from '@aws-sdk/client-s3';", {
    external: [...SDK_MODULES_LEFT_TO_RUNTIME, 'bowser'],
    plugins: [sdkPackageVersionPlugin, nodeHashOnlyPlugin],
  });
  ({ module: s3, warnings, metafile } = bundle);
}, 60_000);
afterAll(() => bundle.remove());

/** A client that never reaches the network: every request gets `response`. */
function clientAnswering(response: { statusCode: number; headers: Record<string, string>; body: Readable }) {
  const requests: Array<{ method: string; path: string }> = [];
  const client = new s3.S3Client({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    requestHandler: {
      handle: async (request: { method: string; path: string }) => {
        requests.push({ method: request.method, path: request.path });
        return { response };
      },
    },
  });
  return { client, requests };
}

describe('SDK stand-ins: @smithy/core/event-streams', () => {
  it('exports every name the bundled SDK code imports from it, statically or through import()', () => {
    const specifier = '@smithy/core/event-streams';
    const importers = Object.entries(metafile.inputs)
      .filter(([, input]) => input.imports.some((i) => i.original === specifier))
      .map(([file]) => file);
    const names = new Set<string>();
    const staticImport = new RegExp(`import\\s*{([^}]*)}\\s*from\\s*["']${specifier}["']`, 'g');
    const dynamicImport = new RegExp(`const\\s*{([^}]*)}\\s*=\\s*await import\\(["']${specifier}["']\\)`, 'g');
    for (const file of importers) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      for (const [, list] of [...source.matchAll(staticImport), ...source.matchAll(dynamicImport)]) {
        for (const entry of list.split(',')) if (entry.trim()) names.add(entry.trim().split(/\s+as\s+|\s*:\s*/)[0]);
      }
    }
    expect([...names].sort()).toEqual(['EventStreamSerde', 'eventStreamSerdeProvider', 'resolveEventStreamSerdeConfig']);
    expect([...names].filter((name) => !(name in noEventStreams))).toEqual([]);
    expect(warnings.map((w) => w.text)).toEqual([]);
  });

  it('resolves the client config as the SDK does: the marshaller is what the provider returns', () => {
    const provider = () => 'marshaller';
    expect(noEventStreams.resolveEventStreamSerdeConfig({ eventStreamSerdeProvider: provider, region: 'x' })).toEqual(
      resolveEventStreamSerdeConfig({ eventStreamSerdeProvider: provider, region: 'x' } as never),
    );
  });

  it('leaves ordinary operations working (a GetObject body read through the bundled client)', async () => {
    const { client, requests } = clientAnswering({ statusCode: 200, headers: { 'content-type': 'text/plain' }, body: Readable.from([Buffer.from('article text')]) });
    const object = await client.send(new s3.GetObjectCommand({ Bucket: 'bucket', Key: 'incoming/a.txt' }));
    expect(await object.Body!.transformToString()).toBe('article text');
    expect(requests).toEqual([{ method: 'GET', path: '/incoming/a.txt' }]);
  });

  it('makes an event-stream operation fail with the stand-in\'s message', async () => {
    const { client } = clientAnswering({ statusCode: 200, headers: {}, body: Readable.from([]) });
    const select = new s3.SelectObjectContentCommand({
      Bucket: 'bucket',
      Key: 'k.csv',
      Expression: 'select * from s3object',
      ExpressionType: 'SQL',
      InputSerialization: { CSV: {} },
      OutputSerialization: { CSV: {} },
    });
    await expect(client.send(select)).rejects.toThrow(/Event-stream operations are not supported in the Lambda bundle/);
  });
});

describe('SDK stand-ins: a client package.json reduced to its version (sdk-package-version.ts)', () => {
  it('is read by the SDK only for its version', () => {
    const readers = Object.entries(metafile.inputs).filter(([, input]) => input.imports.some((i) => i.original === '../package.json'));
    expect(readers.length).toBeGreaterThan(0);
    const fieldsRead = new Set<string>();
    for (const [file] of readers) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      const binding = source.match(/import (\w+) from "\.\.\/package\.json"/)?.[1];
      expect(binding, file).toBeDefined();
      // Every use of the binding other than the import itself must be a `.field` read.
      const uses = [...source.matchAll(new RegExp(`\\b${binding}\\b(\\.\\w+)?`, 'g'))].slice(1);
      for (const [, field] of uses) fieldsRead.add(field ?? '(whole object)');
    }
    expect([...fieldsRead]).toEqual(['.version']);
  });

  it('still gives the client its version for the user agent', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@aws-sdk/client-s3/package.json'), 'utf8')) as { version: string };
    const { client } = clientAnswering({ statusCode: 200, headers: {}, body: Readable.from([]) });
    const userAgent = await client.config.defaultUserAgentProvider();
    expect(userAgent.filter(([name]) => name.startsWith('api/'))).toEqual([['api/S3', version]]);
    const bundled = Object.entries(metafile.inputs).find(([file]) => file.endsWith('@aws-sdk/client-s3/package.json'));
    expect(bundled?.[1].bytes).toBeLessThan(64);
  });
});

describe('SDK stand-ins: no pure-JavaScript hash fallbacks (node-hash-only.ts)', () => {
  it('replaces only fallbacks this Node never takes: node:crypto has every algorithm', () => {
    for (const algorithm of ['sha256', 'sha1', 'md5']) expect(() => createHash(algorithm)).not.toThrow();
    for (const { importer, specifier } of JS_HASH_FALLBACKS) {
      expect(readFileSync(path.join(ROOT, 'node_modules', importer), 'utf8')).toContain(`from "${specifier}"`);
    }
    // Files parsed but tree-shaken away are metafile inputs too: count only code that reached the bundle.
    const bundled = Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => file),
    );
    expect(bundled.filter((file) => /\/(?:Sha256Js|Sha1Js|Md5Js)\.js$/.test(file))).toEqual([]);
    expect(bundled.some((file) => file.endsWith('infra/bundling/no-js-hash-fallbacks.ts'))).toBe(true);
  });

  it.each([
    ['sha256', 'sha256'],
    ['sha1', 'sha1'],
    ['md5', 'md5'],
  ] as const)('the bundled client\'s %s hashes with node:crypto', async (configKey, algorithm) => {
    const { client } = clientAnswering({ statusCode: 200, headers: {}, body: Readable.from([]) });
    const Hash = client.config[configKey] as unknown as new () => { update(data: Uint8Array): void; digest(): Promise<Uint8Array> };
    const hash = new Hash();
    hash.update(Buffer.from('briefing'));
    expect(Buffer.from(await hash.digest()).toString('hex')).toBe(createHash(algorithm).update('briefing').digest('hex'));
  });

  it('fails with a clear message should a fallback ever be constructed', () => {
    for (const Fallback of [Sha256Js, Sha1Js, Md5Js]) expect(() => new Fallback()).toThrow(/left out of the Lambda bundle/);
  });
});
