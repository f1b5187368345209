/**
 * Digest Lambda: the EventBridge Scheduler input
 *   {"track":"US-RU","scheduledTime":"<aws.scheduler.scheduled-time>","executionId":"<aws.scheduler.execution-id>","attempt":"<aws.scheduler.attempt-number>"}
 * → one briefing per track for that schedule slot, sent at most once (see core/usecases/run-digest.ts).
 * Invoked by hand, scheduledTime may be omitted (the current minute is the slot) and track may be
 * omitted (every configured track). Each track is attempted; failures are thrown together at the end.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import type { Context } from 'aws-lambda';
import { loadDigestConfig, parseTrackIds, type DigestConfig } from '../config.js';
import { silentLog, type Log, type Mailer, type ObjectStore } from '../core/ports.js';
import { runDigest, slotTimeOf, type DigestResult } from '../core/usecases/run-digest.js';
import { s3ClientConfig, sesClientConfig } from '../adapters/aws-clients.js';
import {
  createPowertoolsLogger,
  noMetrics,
  powertoolsLog,
  powertoolsMetrics,
  withFields,
  type MetricsSink,
} from '../adapters/observability.js';
import { S3ObjectStore } from '../adapters/s3-store.js';
import { SesMailer } from '../adapters/ses-mailer.js';
import { mapStackTracesToSources } from '../adapters/source-mapped-stacks.js';

// As the Lambda bundle: error stack traces name the TypeScript sources (the map is read at the first trace).
mapStackTracesToSources(import.meta.url);

export interface DigestEvent {
  track?: string;
  scheduledTime?: string;
  executionId?: string;
  scheduleArn?: string;
  attempt?: string | number;
}

export interface DigestHandlerDeps {
  store: ObjectStore;
  mailer: Mailer;
  config: DigestConfig;
  log?: Log;
  metrics?: MetricsSink;
  now?: () => Date;
  /** Overrides the claim lease (default: the invocation's remaining time + 1 min, or 16 min outside Lambda). */
  leaseMs?: number;
  /** Injectable wait used while another attempt holds the slot; tests pass one that does not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export class DigestBatchError extends Error {
  constructor(
    readonly failures: Array<{ track: string; error: string }>,
    readonly results: DigestResult[],
  ) {
    super(`briefing failed for ${failures.map((f) => `${f.track} (${f.error})`).join('; ')}`);
    this.name = 'DigestBatchError';
  }
}

const LEASE_MARGIN_MS = 60_000;
const LOCAL_LEASE_MS = 16 * 60_000; // Lambda's maximum timeout plus the margin
const BUSY_POLL_MS = 3_000;
const SEND_RESERVE_MS = 90_000;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function parseScheduledTime(raw: unknown, now: Date): Date {
  if (raw === undefined || raw === null || raw === '') return slotTimeOf(now);
  // Strict ISO-8601 with a zone: V8's Date parser would happily read "tomorrow at 7" as July 2001.
  const t = typeof raw === 'string' && ISO_TIMESTAMP.test(raw.trim()) ? new Date(raw.trim()) : new Date(NaN);
  if (Number.isNaN(t.getTime())) {
    throw new Error(`scheduledTime "${String(raw)}" is not an ISO-8601 timestamp (the scheduler sends <aws.scheduler.scheduled-time>)`);
  }
  return slotTimeOf(t);
}

function tracksFor(event: DigestEvent, config: DigestConfig): string[] {
  if (event.track === undefined || event.track === null || event.track === '') return config.tracks;
  const [track] = parseTrackIds(String(event.track));
  if (!config.tracks.includes(track)) {
    throw new Error(`track "${track}" is not configured (TRACKS=${config.tracks.join(',')})`);
  }
  return [track];
}

export function createDigestHandler(deps: DigestHandlerDeps) {
  const log = deps.log ?? silentLog;
  const metrics = deps.metrics ?? noMetrics;
  const now = deps.now ?? (() => new Date());

  return async function digestHandler(event: DigestEvent | null | undefined, context?: Context): Promise<DigestResult[]> {
    const input: DigestEvent = event && typeof event === 'object' ? event : {};
    const scheduledTime = parseScheduledTime(input.scheduledTime, now());
    const tracks = tracksFor(input, deps.config);
    const results: DigestResult[] = [];
    const failures: Array<{ track: string; error: string }> = [];
    try {
      for (const track of tracks) {
        // Measured per track: an earlier track may have used part of this invocation's time.
        const remaining = context?.getRemainingTimeInMillis?.();
        const leaseMs = deps.leaseMs ?? (remaining ? remaining + LEASE_MARGIN_MS : LOCAL_LEASE_MS);
        // Wait for a live holder for as long as our own timeout allows, keeping time to compose and send: a
        // double fire then ends as "already-sent", and a retry after a crashed holder can outwait its lease.
        const busyPolls = remaining ? Math.max(0, Math.floor((remaining - SEND_RESERVE_MS) / BUSY_POLL_MS)) : 20;
        const trackLog = withFields(log, { track, scheduledTime: scheduledTime.toISOString(), executionId: input.executionId ?? null, schedulerAttempt: input.attempt ?? null });
        try {
          const result = await runDigest(
            {
              store: deps.store,
              mailer: deps.mailer,
              log: trackLog,
              now,
              sender: deps.config.sender,
              recipients: deps.config.recipients,
              configurationSet: deps.config.configurationSet,
              timezone: deps.config.timezone,
              readConcurrency: deps.config.readConcurrency,
              leaseMs,
              busyPolls,
              busyPollIntervalMs: BUSY_POLL_MS,
              sleep: deps.sleep,
            },
            { track, scheduledTime, executionId: input.executionId ?? null },
          );
          results.push(result);
          if (result.status === 'sent') metrics.count('BriefingsSent');
          if (result.model.stats.skippedRecords > 0) metrics.count('RecordsSkipped', result.model.stats.skippedRecords);
        } catch (err) {
          const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
          failures.push({ track, error: message });
          trackLog.error('briefing failed', { error: message });
        }
      }
    } finally {
      metrics.flush();
    }
    if (failures.length > 0) throw new DigestBatchError(failures, results);
    return results;
  };
}

let lambdaHandler: ReturnType<typeof createDigestHandler> | null = null;
let lambdaLogger: ReturnType<typeof createPowertoolsLogger> | null = null;

export interface DigestSummary {
  track: string;
  status: DigestResult['status'];
  messageId: string;
  folder: string;
  attempt: number;
  receiptWritten: boolean;
  contacts: number;
  articles: number;
  skippedRecords: number;
  quarantined: number;
}

/** What the Lambda returns: small, so a hand invocation never hits the 6 MB response limit after sending. */
export function summarize(results: DigestResult[]): DigestSummary[] {
  return results.map((r) => ({
    track: r.track,
    status: r.status,
    messageId: r.messageId,
    folder: r.folder,
    attempt: r.attempt,
    receiptWritten: r.receiptWritten,
    contacts: r.model.contacts.length,
    articles: r.model.stats.articles,
    skippedRecords: r.model.stats.skippedRecords,
    quarantined: r.model.stats.quarantined,
  }));
}

/** Lambda entry point: real deps built from the environment once per container. */
export const handler = async (event: DigestEvent, context: Context): Promise<DigestSummary[]> => {
  if (!lambdaHandler) {
    lambdaLogger = createPowertoolsLogger('briefing-digest');
    const config = loadDigestConfig();
    lambdaHandler = createDigestHandler({
      store: new S3ObjectStore(new S3Client(s3ClientConfig()), config.bucket),
      mailer: new SesMailer(new SESClient(sesClientConfig())),
      config,
      log: powertoolsLog(lambdaLogger),
      metrics: powertoolsMetrics('briefing-digest'),
    });
  }
  lambdaLogger?.addContext(context);
  return summarize(await lambdaHandler(event, context));
};
