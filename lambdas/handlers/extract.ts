/**
 * Extraction Lambda: S3 ObjectCreated event → one outcome per record (normalized / duplicate /
 * quarantined / skipped). Records are processed independently; if any failed for a reason worth
 * retrying (S3 unavailable, access denied…), the others are still done and the invocation then throws
 * one ExtractBatchError naming every failed key, so Lambda's async retries and then the DLQ get it.
 * Retrying the whole event is safe: finished records are idempotent (conditional write, 412 = done).
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { loadExtractConfig, type ExtractConfig } from '../config.js';
import { silentLog, type Log, type ObjectStore } from '../core/ports.js';
import { processUploadedObject, type ExtractOutcome } from '../core/usecases/extract-object.js';
import { s3ClientConfig } from '../adapters/aws-clients.js';
import {
  createPowertoolsLogger,
  noMetrics,
  powertoolsLog,
  powertoolsMetrics,
  withFields,
  type MetricsSink,
} from '../adapters/observability.js';
import { S3ObjectStore } from '../adapters/s3-store.js';
import { decodeS3EventKey, isS3TestEvent, s3RecordsOf } from './s3-event.js';
import { mapStackTracesToSources } from '../adapters/source-mapped-stacks.js';

// As the Lambda bundle: error stack traces name the TypeScript sources (the map is read at the first trace).
mapStackTracesToSources(import.meta.url);

export interface ExtractHandlerDeps {
  store: ObjectStore;
  config: ExtractConfig;
  log?: Log;
  metrics?: MetricsSink;
  now?: () => Date;
}

export interface ExtractFailure {
  key: string | null;
  error: string;
}

export interface ExtractSummary {
  outcomes: ExtractOutcome[];
  failures: ExtractFailure[];
  testEvent?: boolean;
}

export class ExtractBatchError extends Error {
  constructor(
    readonly failures: ExtractFailure[],
    readonly outcomes: ExtractOutcome[],
  ) {
    super(
      `${failures.length} of ${failures.length + outcomes.length} S3 record(s) failed and will be retried: ` +
        failures.map((f) => `${f.key ?? '(no key)'}: ${f.error}`).join(' | '),
    );
    this.name = 'ExtractBatchError';
  }
}

export function createExtractHandler(deps: ExtractHandlerDeps) {
  const log = deps.log ?? silentLog;
  const metrics = deps.metrics ?? noMetrics;
  const now = deps.now ?? (() => new Date());

  return async function extractHandler(event: unknown, _context?: Context): Promise<ExtractSummary> {
    if (isS3TestEvent(event)) {
      log.info('S3 test event acknowledged', { bucket: (event as { Bucket?: string }).Bucket });
      return { outcomes: [], failures: [], testEvent: true };
    }
    const records = s3RecordsOf(event);
    if (!records) throw new Error(`not an S3 event notification (no Records array): ${JSON.stringify(event)?.slice(0, 300)}`);

    const outcomes: ExtractOutcome[] = [];
    const failures: ExtractFailure[] = [];
    try {
      for (const record of records) {
        const rawKey = record?.s3?.object?.key ?? null;
        let key: string | null = null;
        try {
          if (record.eventSource !== 'aws:s3' || !String(record.eventName ?? '').startsWith('ObjectCreated:')) {
            log.info('S3 record ignored (not ObjectCreated)', { eventSource: record.eventSource, eventName: record.eventName, rawKey });
            continue;
          }
          if (rawKey === null) throw new Error('record has no s3.object.key');
          key = decodeS3EventKey(rawKey);
          const bucket = record.s3.bucket?.name;
          if (bucket !== deps.store.bucket) {
            throw new Error(`event is for bucket "${bucket}" but this function is configured for "${deps.store.bucket}"`);
          }
          const recordLog = withFields(log, { objectKey: key, bucket, eventName: record.eventName });
          const outcome = await processUploadedObject(
            { store: deps.store, log: recordLog, now, maxObjectBytes: deps.config.maxObjectBytes },
            { bucket, key, size: record.s3.object.size, eTag: record.s3.object.eTag },
          );
          outcomes.push(outcome);
          if (outcome.kind === 'normalized') {
            metrics.count('ArticlesExtracted');
            metrics.count('ContactsFound', outcome.contacts);
          } else if (outcome.kind === 'quarantined') metrics.count('ArticlesQuarantined');
          else if (outcome.kind === 'duplicate') metrics.count('DuplicateUploads');
        } catch (err) {
          const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
          failures.push({ key: key ?? rawKey, error: message });
          log.error('S3 record failed; it will be retried with the event', { objectKey: key, rawKey, error: message });
        }
      }
    } finally {
      metrics.flush();
    }
    if (failures.length > 0) throw new ExtractBatchError(failures, outcomes);
    return { outcomes, failures };
  };
}

let lambdaHandler: ReturnType<typeof createExtractHandler> | null = null;
let lambdaLogger: ReturnType<typeof createPowertoolsLogger> | null = null;

/** Lambda entry point: real deps built from the environment once per container (config errors fail the first call clearly). */
export const handler = async (event: unknown, context: Context): Promise<ExtractSummary> => {
  if (!lambdaHandler) {
    lambdaLogger = createPowertoolsLogger('briefing-extract');
    const config = loadExtractConfig();
    lambdaHandler = createExtractHandler({
      store: new S3ObjectStore(new S3Client(s3ClientConfig()), config.bucket),
      config,
      log: powertoolsLog(lambdaLogger),
      metrics: powertoolsMetrics('briefing-extract'),
    });
  }
  lambdaLogger?.addContext(context);
  return lambdaHandler(event, context);
};
