/**
 * Digest end to end against the embedded S3 and SES. N synthetic normalized records are PUT under
 * normalized/ (untimed), then the real digest handler (createDigestHandler with the S3 store and SES mailer
 * adapters over the real AWS SDK) is invoked with the Scheduler input: LIST + GET every record with
 * READ_CONCURRENCY = c, validate, merge, render, claim the slot, write the briefing files, send through SES.
 * Every run uses its own schedule slot so every run really sends (and reads the previous run's briefing as
 * "previous", as a daily digest does).
 *
 * s3rver runs in a child process (bench/workers/s3-server.ts; on the other core when the bench pins), SES
 * in this process. The sizes share one bucket: the first size's records are loaded and measured, then the
 * bucket is topped up to the next size, so the 1,000 records are the first 1,000 of the 10,000. Peak RSS is
 * read after each size's runs (this process only).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDigestHandler } from '../../lambdas/handlers/digest.js';
import { S3ObjectStore } from '../../lambdas/adapters/s3-store.js';
import { SesMailer } from '../../lambdas/adapters/ses-mailer.js';
import { createEmulatorS3Client } from '../../lambdas/local/emulators/embedded-s3.js';
import { buildSchedulerInput } from '../../lambdas/local/scheduler-event.js';
import { mapWithConcurrency } from '../../lambdas/core/usecases/concurrency.js';
import { normalizedKeyFor, PREFIX } from '../../lambdas/core/record/layout.js';
import type { ObjectStore } from '../../lambdas/core/ports.js';
import { ensureRecordsFile, recordLines } from '../records-file.js';
import { startEmbeddedSes } from '../../lambdas/local/emulators/embedded-ses.js';
import { BENCH_NOW, BENCH_TRACK } from '../lib/track.js';
import { argValue, collectGarbage, peakRssMiB, runWorker } from '../lib/worker.js';

const BUCKET = 'bench-bucket';

/**
 * Passes every call through and notes when the digest starts listing normalized/ and when its last GET of a
 * normalized record returns: the read phase, the part READ_CONCURRENCY acts on.
 */
class ReadPhaseTimer implements ObjectStore {
  start = 0;
  end = 0;
  constructor(private readonly inner: ObjectStore) {}
  get bucket() {
    return this.inner.bucket;
  }
  head(key: string) {
    return this.inner.head(key);
  }
  async get(key: string) {
    const obj = await this.inner.get(key);
    if (key.startsWith(PREFIX.normalized)) this.end = performance.now();
    return obj;
  }
  put(key: string, body: string | Uint8Array, contentType: string) {
    return this.inner.put(key, body, contentType);
  }
  putIfAbsent(key: string, body: string | Uint8Array, contentType: string) {
    return this.inner.putIfAbsent(key, body, contentType);
  }
  list(prefix: string) {
    if (prefix === PREFIX.normalized && this.start === 0) this.start = performance.now();
    return this.inner.list(prefix);
  }
  seconds() {
    return (this.end - this.start) / 1000;
  }
}

async function startS3Process(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const script = path.join(import.meta.dirname, 's3-server.ts');
  const cpu = process.env.BENCH_SERVER_CPU;
  const [cmd, args] = cpu
    ? ['taskset', ['-c', cpu, process.execPath, '--import', 'tsx', script, '--bucket', BUCKET]]
    : [process.execPath, ['--import', 'tsx', script, '--bucket', BUCKET]];
  // s3rver keeps every object as three files; on tmpfs (/dev/shm) the emulator spends less time in the file system.
  const shm = existsSync('/dev/shm') ? { TMPDIR: '/dev/shm' } : {};
  const child = spawn(cmd, args, {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...shm, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --openssl-legacy-provider`.trim() },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`s3 server process exited early (${code})`)));
  });
  return {
    endpoint: (JSON.parse(line) as { endpoint: string }).endpoint,
    stop: async () => {
      child.stdin!.end();
      await exited;
    },
  };
}

runWorker(async () => {
  const sizes = argValue('sizes', '1000,10000').split(',').map(Number);
  const runsPerSize = argValue('runs', '3,1').split(',').map(Number);
  const concurrencies = argValue('concurrency', '1,16,64').split(',').map(Number);
  // Per size: repetitions after the first round stop once this many seconds of that size's runs have passed.
  const maxSeconds = Number(argValue('max-seconds', '600'));
  const lines = recordLines(await ensureRecordsFile(Math.max(...sizes)))[Symbol.asyncIterator]();
  /** The next `n` records of the file, as (key, body) pairs to PUT. */
  const nextObjects = async (n: number) => {
    const out: Array<{ key: string; body: string }> = [];
    while (out.length < n) {
      const next = await lines.next();
      if (next.done) throw new Error('records file is shorter than the largest size');
      out.push({ key: normalizedKeyFor((JSON.parse(next.value) as { id: string }).id), body: next.value });
    }
    return out;
  };

  const server = await startS3Process();
  const client = createEmulatorS3Client(server.endpoint);
  const ses = await startEmbeddedSes();
  try {
    let slot = 0;
    const invoke = async (readConcurrency: number, expected: number) => {
      const scheduledTime = new Date(BENCH_NOW.getTime() + slot++ * 60_000);
      const store = new ReadPhaseTimer(new S3ObjectStore(client, BUCKET));
      const handler = createDigestHandler({
        store,
        mailer: new SesMailer(ses.client),
        config: {
          bucket: BUCKET,
          sender: 'briefings@example.com',
          recipients: ['desk@example.com'],
          tracks: [BENCH_TRACK.id],
          configurationSet: null,
          timezone: 'Europe/London',
          readConcurrency,
        },
        now: () => scheduledTime,
      });
      collectGarbage();
      const t = performance.now();
      const [result] = await handler(buildSchedulerInput(BENCH_TRACK.id, scheduledTime));
      const ms = performance.now() - t;
      if (result.status !== 'sent') throw new Error(`digest run did not send (status ${result.status})`);
      const read = result.model.stats.articles + result.model.stats.skippedRecords;
      if (read !== expected) throw new Error(`digest read ${read} records, expected ${expected}`);
      return { ms, readSeconds: store.seconds(), contacts: result.model.contacts.length, skipped: result.model.stats.skippedRecords };
    };

    const bySize: Record<string, unknown> = {};
    let loaded = 0;
    for (const [i, size] of sizes.entries()) {
      const t0 = performance.now();
      await mapWithConcurrency(await nextObjects(size - loaded), 32, (o) =>
        client.send(new PutObjectCommand({ Bucket: BUCKET, Key: o.key, Body: o.body, ContentType: 'application/json; charset=utf-8' })),
      );
      const loadSeconds = (performance.now() - t0) / 1000;
      loaded = size;
      if (i === 0) await invoke(16, size); // warm-up: JIT, SDK and template initialisation, not billed to c=1
      const started = performance.now();

      const byConcurrency: Record<string, { ms: number[]; recordsPerSec: number[]; readRecordsPerSec: number[] }> = {};
      let shape = { contacts: 0, skipped: 0 };
      // Concurrencies interleave run by run so a noisy moment on a shared machine does not hit one setting only.
      // Further repetitions only while within --max-seconds (the first always runs).
      for (let r = 0; r < (runsPerSize[i] ?? 1) && (r === 0 || (performance.now() - started) / 1000 < maxSeconds); r++) {
        for (const c of concurrencies) {
          const { ms, readSeconds, ...rest } = await invoke(c, size);
          shape = rest;
          const entry = (byConcurrency[c] ??= { ms: [], recordsPerSec: [], readRecordsPerSec: [] });
          entry.ms.push(ms);
          entry.recordsPerSec.push(size / (ms / 1000));
          entry.readRecordsPerSec.push(size / readSeconds);
        }
      }
      bySize[size] = { loadSeconds, byConcurrency, shape, peakRssMiB: peakRssMiB() };
    }
    const emails = (await ses.messages()).length;
    if (emails !== slot) throw new Error(`embedded SES received ${emails} emails for ${slot} digest runs`);
    return { bySize, emailsReceived: emails };
  } finally {
    client.destroy();
    await ses.stop();
    await server.stop();
  }
});
