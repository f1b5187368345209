/**
 * The Lambda code as esbuild ships it (infra/bundling/lambda-build.ts: minified, aliases, and the plugin that
 * lets the SDK's unused schemas be dropped) against the embedded S3 and SES. Every S3 and SES call the
 * handlers make goes through the bundled SDK, including an error path that needs the SDK's error schemas
 * (NoSuchKey → null), and the briefing must equal the one the unbundled code builds from the same folder.
 * (s3rver ignores If-None-Match, so the 412 path is covered by tests/unit/adapters with a scripted S3.)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../infra/bundling/lambda-build.js';
import { loadDigestConfig, loadExtractConfig } from '../../lambdas/config.js';
import { PREFIX } from '../../lambdas/core/record/layout.js';
import { listArticleFiles } from '../../lambdas/local/article-folder.js';
import { emulatorS3ClientConfig, startEmbeddedS3, type EmbeddedS3 } from '../../lambdas/local/emulators/embedded-s3.js';
import { emulatorSesClientConfig, startEmbeddedSes, type EmbeddedSes } from '../../lambdas/local/emulators/embedded-ses.js';
import { LOCAL_DEFAULTS, runLocalPipeline, uploadArticleFiles } from '../../lambdas/local/pipeline.js';
import { buildS3Event } from '../../lambdas/local/s3-event.js';
import { buildSchedulerInput } from '../../lambdas/local/scheduler-event.js';

type BundledCode = typeof import('../fixtures/bundled-lambda-code/entry.js');

const FOLDER = join(import.meta.dirname, '../fixtures/articles/mini-track');
const TRACK = 'CN-IN';
const NOW = new Date('2025-08-20T07:00:00Z');
const ENV = { ...LOCAL_DEFAULTS, TRACKS: TRACK };

let outDir: string;
let code: BundledCode;
let s3: EmbeddedS3;
let ses: EmbeddedSes;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'bundled-lambda-code-'));
  await build(lambdaBuildOptions('tests/fixtures/bundled-lambda-code/entry.ts', outDir));
  code = await import(pathToFileURL(join(outDir, 'index.mjs')).href);
  s3 = await startEmbeddedS3({ buckets: [ENV.BUCKET_NAME] });
  ses = await startEmbeddedSes();
}, 120_000);

afterAll(async () => {
  await ses?.stop();
  await s3?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('bundled Lambda code against the embedded S3 and SES', () => {
  it('is built with the plugin that drops unused SDK schemas', async () => {
    const bundle = await readFile(join(outDir, 'index.mjs'), 'utf8');
    expect(bundle.includes('"PutObject"')).toBe(true);
    // An S3 operation nothing here calls: its schema is gone.
    expect(bundle.includes('PutBucketLifecycleConfiguration')).toBe(false);
  });

  it('extracts, retries without duplicates, sends one briefing, and matches the unbundled run', async () => {
    const store = new code.S3ObjectStore(new code.S3Client(emulatorS3ClientConfig(s3.endpoint)), ENV.BUCKET_NAME);
    const mailer = new code.SesMailer(new code.SESClient(emulatorSesClientConfig(ses.endpoint)));
    const extract = code.createExtractHandler({ store, config: loadExtractConfig(ENV) });
    const digest = code.createDigestHandler({ store, mailer, config: loadDigestConfig(ENV), now: () => NOW });

    const files = await listArticleFiles(FOLDER);
    await uploadArticleFiles(s3.client, ENV.BUCKET_NAME, files);
    const event = buildS3Event(
      files.map((f) => ({ bucket: ENV.BUCKET_NAME, key: `${PREFIX.incoming}${f.name}`, size: 1, eTag: 'e', region: s3.region })),
    );
    const first = await extract(event);
    expect(first.failures).toEqual([]);
    expect(first.outcomes.map((o) => o.kind).sort()).toEqual(['normalized', 'normalized', 'quarantined']);
    // Lambda retries the same event: the same records, nothing written twice.
    const retry = await extract(event);
    expect(retry.failures).toEqual([]);
    expect(await store.list(PREFIX.normalized)).toHaveLength(2);
    expect(await store.get(`${PREFIX.normalized}no-such-record.json`)).toBeNull();

    const [sent] = await digest(buildSchedulerInput(TRACK, NOW));
    expect(sent.status).toBe('sent');
    const [again] = await digest(buildSchedulerInput(TRACK, NOW));
    expect(again.status).toBe('already-sent');
    expect(await ses.messages()).toHaveLength(1);

    const unbundled = await runLocalPipeline({ inDir: FOLDER, outDir: join(outDir, 'unbundled'), now: NOW, track: TRACK });
    expect(JSON.parse(JSON.stringify(sent.model))).toEqual(JSON.parse(JSON.stringify(unbundled.model)));
  }, 120_000);
});

