/**
 * npm run load — the local load test (not part of npm test).
 *
 * Embedded S3 (s3rver) and SES (aws-ses-v2-local) in-process, real AWS SDK calls, the real Lambda handlers:
 *   1. upload N generated articles (mixed sizes, awkward keys, some bad) under incoming/ at concurrency 32;
 *   2. turn every write into the S3 event AWS would deliver and invoke the extraction handler at
 *      concurrency 16, delivering some events twice (Lambda's at-least-once delivery);
 *   3. run the digest twice for the same schedule slot (a scheduler retry);
 *   4. check: every distinct upload is accounted for (normalized record or quarantine record), no record is
 *      duplicated, exactly one email arrived. Prints throughput and peak memory; exits 1 on any failure.
 *
 * Accounting: identical article texts share one content id, so uploads = quarantined keys + keys whose text
 * was normalized (first writer) + keys that were re-uploads of an already-normalized text ("duplicate").
 * The normalized/ objects must equal the number of distinct ids the handler reported.
 * Emulator limits (documented, tested elsewhere with aws-sdk-client-mock): s3rver ignores If-None-Match, so
 * two concurrent deliveries of one event may both "create" the same content-addressed key (same bytes, one
 * object), and the two digest runs are sequential (a retry) rather than a simultaneous double fire.
 *
 * Options (env): LOAD_ARTICLES (2000), LOAD_UPLOAD_CONCURRENCY (32), LOAD_EXTRACT_CONCURRENCY (16),
 * LOAD_REDELIVER_RATIO (0.1), LOAD_SEED (42), MAX_OBJECT_BYTES (1 MiB for this run).
 */
import { performance } from 'node:perf_hooks';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { loadDigestConfig, loadExtractConfig } from '../lambdas/config.js';
import { createExtractHandler, type ExtractSummary } from '../lambdas/handlers/extract.js';
import { createDigestHandler } from '../lambdas/handlers/digest.js';
import { S3ObjectStore } from '../lambdas/adapters/s3-store.js';
import { SesMailer } from '../lambdas/adapters/ses-mailer.js';
import { mapWithConcurrency } from '../lambdas/core/usecases/concurrency.js';
import { PREFIX, quarantineKeyFor } from '../lambdas/core/record/layout.js';
import { parseNormalizedRecord, parseQuarantineRecord } from '../lambdas/core/record/schema.js';
import type { ExtractOutcome } from '../lambdas/core/usecases/extract-object.js';
import { startEmbeddedS3, type S3rverEvent } from '../lambdas/local/emulators/embedded-s3.js';
import { startEmbeddedSes } from '../lambdas/local/emulators/embedded-ses.js';
import { buildS3Event } from '../lambdas/local/s3-event.js';
import { buildSchedulerInput } from '../lambdas/local/scheduler-event.js';
import { encodeMetadata } from '../lambdas/local/article-folder.js';
import { generateArticles, type GeneratedUpload } from './load-articles.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const ARTICLES = num('LOAD_ARTICLES', 2000);
const UPLOAD_CONCURRENCY = num('LOAD_UPLOAD_CONCURRENCY', 32);
const EXTRACT_CONCURRENCY = num('LOAD_EXTRACT_CONCURRENCY', 16);
const REDELIVER_RATIO = num('LOAD_REDELIVER_RATIO', 0.1);
const SEED = num('LOAD_SEED', 42);
const MAX_OBJECT_BYTES = num('MAX_OBJECT_BYTES', 1024 * 1024);
const SLOT = new Date('2025-03-01T07:00:00Z');

const env = {
  BUCKET_NAME: 'briefing-load',
  SENDER: 'Diplomatic Briefing <briefings@example.com>',
  RECIPIENTS: 'analyst@example.com',
  TRACKS: 'US-RU',
  TIMEZONE: 'Europe/London',
  MAX_OBJECT_BYTES: String(MAX_OBJECT_BYTES),
};

/** Peak resident set size, sampled (the in-process emulators are included: they share the process). */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return Math.max(peak, process.resourceUsage().maxRSS * 1024);
    },
  };
}

function shuffleInPlace<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rate = (n: number, ms: number) => `${((n * 1000) / ms).toFixed(1)}/s`;

async function main(): Promise<number> {
  if (!(process.env.NODE_OPTIONS ?? '').includes('--openssl-legacy-provider') && !process.execArgv.includes('--openssl-legacy-provider')) {
    console.warn('warning: NODE_OPTIONS lacks --openssl-legacy-provider; s3rver listings past 1,000 keys fail on Node 20 (use npm run load)');
  }
  const memory = rssSampler();
  const extractConfig = loadExtractConfig(env);
  const digestConfig = loadDigestConfig(env);
  const { uploads, rnd } = generateArticles({ count: ARTICLES, seed: SEED, maxObjectBytes: MAX_OBJECT_BYTES });
  const byKey = new Map(uploads.map((u) => [u.key, u]));
  if (byKey.size !== uploads.length) throw new Error('generator produced duplicate keys');

  const s3 = await startEmbeddedS3({ buckets: [extractConfig.bucket] });
  const ses = await startEmbeddedSes();
  const failures: string[] = [];
  try {
    const store = new S3ObjectStore(s3.client, extractConfig.bucket);
    const extract = createExtractHandler({ store, config: extractConfig });
    const digest = createDigestHandler({ store, mailer: new SesMailer(ses.client), config: digestConfig, now: () => new Date(SLOT.getTime() + 3_000) });

    // 1. Upload. s3rver reports each write; keep the ones the stack's notification would deliver.
    const written: S3rverEvent['Records'][number][] = [];
    s3.onWrite((e) => {
      const r = e.Records[0];
      if (r?.eventName.startsWith('ObjectCreated:') && r.s3.bucket.name === extractConfig.bucket && r.s3.object.key.startsWith(PREFIX.incoming)) written.push(r);
    });
    const uploadedBytes = uploads.reduce((s, u) => s + u.body.byteLength, 0);
    let t0 = performance.now();
    await mapWithConcurrency(uploads, UPLOAD_CONCURRENCY, (u: GeneratedUpload) =>
      s3.client.send(
        new PutObjectCommand({
          Bucket: extractConfig.bucket,
          Key: u.key,
          Body: u.body,
          ContentType: u.contentType,
          Metadata: encodeMetadata(u.metadata),
        }),
      ),
    );
    const uploadMs = performance.now() - t0;
    if (written.length !== uploads.length) failures.push(`expected ${uploads.length} S3 write events, saw ${written.length}`);

    // 2. Deliver events (some twice, in random order) to the extraction handler, with Lambda's async retries.
    const deliveries = written.map((r) => buildS3Event([{ bucket: r.s3.bucket.name, key: r.s3.object.key, size: r.s3.object.size ?? 0, eTag: r.s3.object.eTag ?? '', region: s3.region }]));
    const redelivered = deliveries.filter(() => rnd() < REDELIVER_RATIO);
    const queue = shuffleInPlace([...deliveries, ...redelivered], rnd);
    const outcomesByKey = new Map<string, ExtractOutcome[]>();
    let invocationErrors = 0;
    t0 = performance.now();
    let delivered = 0;
    const progressEvery = Math.max(1, Math.floor(queue.length / 10));
    await mapWithConcurrency(queue, EXTRACT_CONCURRENCY, async (event) => {
      if (++delivered % progressEvery === 0) process.stderr.write(`  … ${delivered}/${queue.length} events delivered (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
      for (let attempt = 1; attempt <= 3; attempt++) {
        try {
          const summary: ExtractSummary = await extract(event);
          for (const o of summary.outcomes) outcomesByKey.set(o.key, [...(outcomesByKey.get(o.key) ?? []), o]);
          return;
        } catch (err) {
          invocationErrors++;
          if (attempt === 3) failures.push(`extraction failed after 3 attempts: ${(err as Error).message}`);
        }
      }
    });
    const extractMs = performance.now() - t0;

    // 3. Accounting against the bucket.
    const normalizedKeys = await store.list(PREFIX.normalized);
    const quarantineKeys = new Set(await store.list(PREFIX.quarantine));
    // Accounting by content id, not by 'normalized' vs 'duplicate': s3rver ignores If-None-Match, so there
    // every conditional create "succeeds" and a re-upload reports 'normalized' (rewriting the same
    // content-addressed key) where AWS would answer 412 and the handler 'duplicate'.
    const ids = new Set<string>();
    let quarantinedUploads = 0;
    let readableUploads = 0;
    let rewrites = 0;
    const mismatches: string[] = [];
    for (const u of uploads) {
      const outs = outcomesByKey.get(u.key) ?? [];
      const kinds = new Set(outs.map((o) => o.kind));
      if (outs.length === 0) {
        failures.push(`no outcome for ${u.key}`);
        continue;
      }
      if (kinds.has('skipped')) failures.push(`${u.key} was skipped`);
      if (kinds.has('quarantined')) {
        quarantinedUploads++;
        if (!quarantineKeys.has(quarantineKeyFor(u.key))) failures.push(`no quarantine record for ${u.key}`);
        if (kinds.size > 1) failures.push(`${u.key} both quarantined and normalized`);
      } else {
        const keyIds = new Set(outs.map((o) => (o.kind === 'normalized' || o.kind === 'duplicate' ? o.articleId : '')));
        if (keyIds.size !== 1) failures.push(`${u.key} got different article ids on different deliveries`);
        for (const id of keyIds) ids.add(id);
        readableUploads++;
      }
      const got = kinds.has('quarantined') ? 'quarantined' : 'normalized';
      const code = outs.find((o) => o.kind === 'quarantined')?.code;
      if (got !== u.expect || (u.expectCode && code !== u.expectCode)) {
        mismatches.push(`${u.kind} ${u.key}: expected ${u.expectCode ?? u.expect}, got ${code ?? got}`);
      }
    }
    for (const outs of outcomesByKey.values()) rewrites += outs.filter((o) => o.kind === 'normalized').length;
    rewrites -= ids.size;
    const duplicateUploads = readableUploads - ids.size;
    const normalizedUploads = ids.size;
    const accounted = quarantinedUploads + normalizedUploads + duplicateUploads;
    if (accounted !== uploads.length) failures.push(`accounting: ${quarantinedUploads} quarantined + ${normalizedUploads} normalized + ${duplicateUploads} duplicate = ${accounted} ≠ ${uploads.length} uploaded`);
    if (quarantineKeys.size !== quarantinedUploads) failures.push(`quarantine/ holds ${quarantineKeys.size} records for ${quarantinedUploads} quarantined uploads`);
    if (normalizedKeys.length !== ids.size) failures.push(`normalized/ holds ${normalizedKeys.length} records for ${ids.size} distinct article ids (duplicates or strays)`);
    const expectedDistinct = new Set(uploads.filter((u) => u.expect === 'normalized').map((u) => u.textId)).size;
    if (ids.size !== expectedDistinct) failures.push(`${ids.size} distinct normalized ids, generator made ${expectedDistinct} distinct readable texts`);
    if (mismatches.length) failures.push(`${mismatches.length} upload(s) ended differently than their kind implies:\n    ${mismatches.slice(0, 15).join('\n    ')}`);
    // Every stored record parses against the schema (a sample of 200 keeps this quick).
    for (const key of normalizedKeys.filter((_, i) => i % Math.ceil(normalizedKeys.length / 200) === 0)) {
      const o = await store.get(key);
      parseNormalizedRecord(JSON.parse(new TextDecoder().decode(o!.body)));
    }
    for (const key of [...quarantineKeys].slice(0, 50)) {
      const o = await store.get(key);
      parseQuarantineRecord(JSON.parse(new TextDecoder().decode(o!.body)));
    }

    // 4. Digest twice for the same slot (the second is a scheduler retry).
    t0 = performance.now();
    const runDigestOnce = (attempt: number) =>
      digest(buildSchedulerInput('US-RU', SLOT, attempt)).catch((err: Error) => {
        failures.push(`digest run ${attempt} failed: ${err.message}`);
        return [];
      });
    const first = await runDigestOnce(1);
    const digestMs = performance.now() - t0;
    const second = await runDigestOnce(2);
    const emails = await ses.messages();
    if (first[0]?.status !== 'sent') failures.push(`first digest: ${first[0]?.status}`);
    if (second[0]?.status !== 'already-sent') failures.push(`second digest: ${second[0]?.status}`);
    if (emails.length !== 1) failures.push(`${emails.length} emails received, expected exactly 1`);
    const model = first[0]?.model;

    const peak = memory.stop();
    const byKind = (k: string) => uploads.filter((u) => u.kind === k).length;
    console.log(`load test: ${uploads.length} uploads (${mb(uploadedBytes)}), seed ${SEED}`);
    console.log(`  mix: ${[...new Set(uploads.map((u) => u.kind))].map((k) => `${k} ${byKind(k)}`).join(', ')}`);
    console.log(`  upload:  ${uploads.length} PutObject at concurrency ${UPLOAD_CONCURRENCY} in ${(uploadMs / 1000).toFixed(1)} s → ${rate(uploads.length, uploadMs)} (${mb((uploadedBytes * 1000) / uploadMs)}/s)`);
    console.log(`  extract: ${queue.length} events (${redelivered.length} delivered twice) at concurrency ${EXTRACT_CONCURRENCY} in ${(extractMs / 1000).toFixed(1)} s → ${rate(queue.length, extractMs)}; failed invocations retried: ${invocationErrors}`);
    console.log(`  outcome: ${normalizedUploads} distinct articles normalized + ${duplicateUploads} re-uploads of an already-normalized text + ${quarantinedUploads} quarantined = ${accounted} of ${uploads.length} uploads; ${normalizedKeys.length} records under normalized/, ${quarantineKeys.size} under quarantine/`);
    console.log(`           ${rewrites} extra writes landed on an existing content-addressed key (s3rver ignores If-None-Match; AWS answers 412 → 'duplicate')`);
    console.log(`  digest:  ${model?.stats.articles ?? 0} records read, ${model?.contacts.length ?? 0} US-RU contacts, ${model?.stats.skippedRecords ?? 0} skipped, ${model?.stats.quarantined ?? 0} quarantined in footer; composed and sent in ${(digestMs / 1000).toFixed(1)} s; retry: ${second[0]?.status}; emails received: ${emails.length}`);
    console.log(`  peak RSS: ${mb(peak)} (process incl. embedded S3 and SES)`);
    if (failures.length) {
      console.log(`FAIL\n  - ${failures.join('\n  - ')}`);
      return 1;
    }
    console.log('PASS');
    return 0;
  } finally {
    await ses.stop();
    await s3.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
