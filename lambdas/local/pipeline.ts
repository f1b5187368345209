/**
 * The whole pipeline on one machine, with no AWS account: embedded S3 and SES, the real AWS SDK, and the
 * same handler code that runs in Lambda. Uploads a folder under incoming/, turns each S3 write into the
 * notification AWS would deliver, invokes the extraction handler with it, then invokes the digest handler
 * with the EventBridge Scheduler input and writes what the embedded SES received to the output folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { loadDigestConfig, loadExtractConfig, type DigestConfig } from '../config.js';
import { createExtractHandler } from '../handlers/extract.js';
import { createDigestHandler } from '../handlers/digest.js';
import { S3ObjectStore } from '../adapters/s3-store.js';
import { SesMailer } from '../adapters/ses-mailer.js';
import { PREFIX } from '../core/record/layout.js';
import type { BriefingModel } from '../core/briefing/model.js';
import { parseQuarantineRecord } from '../core/record/schema.js';
import { silentLog, type Log } from '../core/ports.js';
import { encodeMetadata, listArticleFiles, type ArticleFile } from './article-folder.js';
import { startEmbeddedS3, type S3rverEvent } from './emulators/embedded-s3.js';
import { startEmbeddedSes } from './emulators/embedded-ses.js';
import { buildS3Event } from './s3-event.js';
import { buildSchedulerInput } from './scheduler-event.js';

export interface LocalRunOptions {
  inDir: string;
  outDir: string;
  /** The schedule slot and the digest's clock. */
  now: Date;
  track: string;
  /** Environment for the Lambdas' config (SENDER, RECIPIENTS, TIMEZONE, …); defaults fill the rest. */
  env?: Record<string, string | undefined>;
  log?: Log;
}

export interface LocalRunResult {
  uploaded: number;
  normalized: number;
  quarantined: number;
  /** Every quarantine record, so a run shows what was rejected and why. */
  quarantine: Array<{ key: string; code: string; message: string }>;
  failedInvocations: Array<{ key: string; error: string }>;
  digestStatus: string;
  messageId: string | null;
  model: BriefingModel | null;
  files: { html: string; txt: string; eml: string; json: string } | null;
}

export const LOCAL_DEFAULTS = {
  BUCKET_NAME: 'briefing-local',
  SENDER: 'Diplomatic Briefing <briefings@example.com>',
  RECIPIENTS: 'analyst@example.com',
  TIMEZONE: 'Europe/London',
} as const;

/** Lambda's asynchronous invocation retries a failed event twice before it goes to the on-failure destination. */
const ASYNC_INVOKE_ATTEMPTS = 3;

/**
 * S3 notification filter of the stack: ObjectCreated under incoming/ only. s3rver emits an event for
 * every write in every bucket, key not encoded; this keeps the ones AWS would deliver.
 */
function isIncomingCreate(event: S3rverEvent, bucket: string): boolean {
  const record = event.Records[0];
  return (
    record !== undefined &&
    record.eventName.startsWith('ObjectCreated:') &&
    record.s3.bucket.name === bucket &&
    record.s3.object.key.startsWith(PREFIX.incoming)
  );
}

export async function runLocalPipeline(options: LocalRunOptions): Promise<LocalRunResult> {
  const log = options.log ?? silentLog;
  const env = { ...LOCAL_DEFAULTS, ...stripUndefined(options.env ?? {}), TRACKS: options.track };
  // Fail on bad config before anything starts, exactly as the Lambdas would at cold start.
  const extractConfig = loadExtractConfig(env);
  const digestConfig: DigestConfig = loadDigestConfig(env);
  const files = await listArticleFiles(options.inDir);

  const s3 = await startEmbeddedS3({ buckets: [extractConfig.bucket] });
  const ses = await startEmbeddedSes();
  try {
    const store = new S3ObjectStore(s3.client, extractConfig.bucket);
    const extract = createExtractHandler({ store, config: extractConfig, log });
    const digest = createDigestHandler({ store, mailer: new SesMailer(ses.client), config: digestConfig, log, now: () => options.now });

    const invocations: Promise<void>[] = [];
    const failedInvocations: LocalRunResult['failedInvocations'] = [];
    s3.onWrite((written) => {
      if (!isIncomingCreate(written, extractConfig.bucket)) return;
      const object = written.Records[0].s3.object;
      const event: S3Event = buildS3Event([
        { bucket: extractConfig.bucket, key: object.key, size: object.size ?? 0, eTag: object.eTag ?? '', region: s3.region },
      ]);
      invocations.push(invokeWithRetries(() => extract(event), object.key, failedInvocations, log));
    });

    await uploadArticleFiles(s3.client, extractConfig.bucket, files);
    await Promise.all(invocations);

    const normalized = (await store.list(PREFIX.normalized)).length;
    const quarantine = await readQuarantine(store);

    // One track requested, so one result.
    const [first] = await digest(buildSchedulerInput(options.track, options.now));
    const messageId = first?.messageId ?? null;
    const model = first?.model ?? null;

    let written: LocalRunResult['files'] = null;
    if (messageId) {
      const received = (await ses.messages()).find((m) => m.messageId === messageId);
      if (!received) throw new Error(`the embedded SES did not receive message ${messageId}`);
      const outDir = resolve(options.outDir);
      await mkdir(outDir, { recursive: true });
      written = {
        html: join(outDir, 'briefing.html'),
        txt: join(outDir, 'briefing.txt'),
        eml: join(outDir, 'briefing.eml'),
        json: join(outDir, 'briefing.json'),
      };
      await writeFile(written.html, received.body.html ?? '');
      await writeFile(written.txt, received.body.text ?? '');
      await writeFile(written.eml, await ses.rawMessage(messageId));
      await writeFile(written.json, JSON.stringify(model, null, 2) + '\n');
    }
    return {
      uploaded: files.length,
      normalized,
      quarantined: quarantine.length,
      quarantine,
      failedInvocations,
      digestStatus: first?.status ?? 'unknown',
      messageId,
      model,
      files: written,
    };
  } finally {
    await ses.stop();
    await s3.stop();
  }
}

/** Uploads each file under incoming/, as an analyst would: its content type, its manifest metadata. */
export async function uploadArticleFiles(client: S3Client, bucket: string, files: readonly ArticleFile[]): Promise<void> {
  for (const file of files) {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${PREFIX.incoming}${file.name}`,
        Body: await readFile(file.path),
        ContentType: file.contentType,
        Metadata: encodeMetadata(file.metadata),
      }),
    );
  }
}

async function readQuarantine(store: S3ObjectStore): Promise<LocalRunResult['quarantine']> {
  const records = [];
  for (const key of await store.list(PREFIX.quarantine)) {
    const object = await store.get(key);
    if (!object) continue;
    const record = parseQuarantineRecord(JSON.parse(new TextDecoder().decode(object.body)));
    records.push({ key: record.key, code: record.reason.code, message: record.reason.message });
  }
  return records;
}

async function invokeWithRetries(
  invoke: () => Promise<unknown>,
  key: string,
  failures: LocalRunResult['failedInvocations'],
  log: Log,
): Promise<void> {
  for (let attempt = 1; attempt <= ASYNC_INVOKE_ATTEMPTS; attempt++) {
    try {
      await invoke();
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn('extraction invocation failed', { key, attempt, error: message });
      if (attempt === ASYNC_INVOKE_ATTEMPTS) failures.push({ key, error: message });
    }
  }
}

function stripUndefined(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}
