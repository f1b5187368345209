/**
 * The extraction handler with S3 events exactly as AWS delivers them (keys hand-encoded the way S3 does:
 * '+' for a space, %2B for '+', UTF-8 percent-encoding), over an in-memory store.
 */
import { describe, expect, it } from 'vitest';
import type { S3Event } from 'aws-lambda';
import { createExtractHandler, ExtractBatchError } from '../../../lambdas/handlers/extract.js';
import { decodeS3EventKey } from '../../../lambdas/handlers/s3-event.js';
import type { MetricName, MetricsSink } from '../../../lambdas/adapters/observability.js';
import type { Log } from '../../../lambdas/core/ports.js';
import { MemoryStore } from '../support/memory-store.js';

const TEXT = 'Sergei Lavrov spoke by phone with Marco Rubio on 15 February 2025, the Russian Foreign Ministry said.';

function s3Record(encodedKey: string, bucket = 'articles', eventName = 'ObjectCreated:Put') {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'eu-west-1',
    eventTime: '2025-03-01T06:00:00.000Z',
    eventName,
    userIdentity: { principalId: 'AWS:AIDAEXAMPLE' },
    requestParameters: { sourceIPAddress: '203.0.113.7' },
    responseElements: { 'x-amz-request-id': 'R', 'x-amz-id-2': 'I' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'IncomingArticles',
      bucket: { name: bucket, ownerIdentity: { principalId: 'O' }, arn: `arn:aws:s3:::${bucket}` },
      object: { key: encodedKey, size: 100, eTag: 'd41d8cd98f00b204e9800998ecf8427e', sequencer: '0055AED6DCD90281E5' },
    },
  };
}
const event = (...records: ReturnType<typeof s3Record>[]) => ({ Records: records }) as unknown as S3Event;

function setup() {
  const store = new MemoryStore('articles');
  const counted: Array<[MetricName, number]> = [];
  let flushed = 0;
  const metrics: MetricsSink = { count: (n, v = 1) => void counted.push([n, v]), flush: () => void flushed++ };
  const lines: Array<{ level: string; message: string; fields: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, fields: Record<string, unknown> = {}) => void lines.push({ level, message, fields });
  const log: Log = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  const handler = createExtractHandler({ store, config: { bucket: 'articles', maxObjectBytes: 10_000 }, log, metrics, now: () => new Date('2025-03-01T06:00:01Z') });
  return { store, handler, counted, lines, flushes: () => flushed };
}

describe('S3 event keys are decoded exactly as AWS encodes them', () => {
  it.each([
    ['incoming/Lavrov+Rubio+call.txt', 'incoming/Lavrov Rubio call.txt'],
    ['incoming/US%2BRU+talks.txt', 'incoming/US+RU talks.txt'],
    ['incoming/%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2-%E5%A4%96%E4%BA%A4.txt', 'incoming/Лавров-外交.txt'],
    ['incoming/2025/02/15/desk+A/wire%2Fcopy%281%29.txt', 'incoming/2025/02/15/desk A/wire/copy(1).txt'],
    ['incoming/100%25+sure.txt', 'incoming/100% sure.txt'],
  ])('%s → %s, and the object is processed under that key', async (encoded, decoded) => {
    expect(decodeS3EventKey(encoded)).toBe(decoded);
    const { store, handler } = setup();
    store.seed(decoded, TEXT);
    const summary = await handler(event(s3Record(encoded)));
    expect(summary.outcomes).toEqual([expect.objectContaining({ kind: 'normalized', key: decoded })]);
    const record = store.json<{ source: { key: string } }>(store.keys('normalized/')[0]);
    expect(record?.source.key).toBe(decoded);
  });
});

describe('extraction handler', () => {
  it('acknowledges and ignores s3:TestEvent without touching S3', async () => {
    const { store, handler } = setup();
    const summary = await handler({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2025-03-01T06:00:00.000Z', Bucket: 'articles', RequestId: 'R', HostId: 'H' });
    expect(summary).toEqual({ outcomes: [], failures: [], testEvent: true });
    expect(store.calls).toEqual([]);
  });

  it('an object deleted before processing (NoSuchKey) is logged and skipped, not retried forever', async () => {
    const { handler, lines } = setup();
    const summary = await handler(event(s3Record('incoming/deleted.txt')));
    expect(summary.outcomes).toEqual([{ kind: 'skipped', key: 'incoming/deleted.txt', reason: 'not-found' }]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ objectKey: 'incoming/deleted.txt' }) }));
  });

  it('several records where one fails: the others are processed, then the failure is thrown for retry/DLQ', async () => {
    const { store, handler, lines } = setup();
    store.seed('incoming/a.txt', TEXT);
    store.seed('incoming/b.txt', `${TEXT} Second report.`);
    store.seed('incoming/c.txt', '');
    store.failWith = (op, key) => (op === 'get' && key === 'incoming/b.txt' ? Object.assign(new Error('S3 GetObject incoming/b.txt failed: SlowDown (HTTP 503, 5 attempt(s))'), { name: 'StorageError' }) : undefined);
    const ev = event(s3Record('incoming/a.txt'), s3Record('incoming/b.txt'), s3Record('incoming/c.txt'));
    const err = await handler(ev).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractBatchError);
    expect((err as Error).message).toBe('1 of 3 S3 record(s) failed and will be retried: incoming/b.txt: StorageError: S3 GetObject incoming/b.txt failed: SlowDown (HTTP 503, 5 attempt(s))');
    expect((err as ExtractBatchError).outcomes.map((o) => [o.key, o.kind])).toEqual([['incoming/a.txt', 'normalized'], ['incoming/c.txt', 'quarantined']]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', fields: expect.objectContaining({ objectKey: 'incoming/b.txt' }) }));

    // Lambda retries the whole event: finished records are idempotent, the failed one now goes through.
    store.failWith = null;
    const retry = await handler(ev);
    expect(retry.outcomes.map((o) => [o.key, o.kind])).toEqual([['incoming/a.txt', 'duplicate'], ['incoming/b.txt', 'normalized'], ['incoming/c.txt', 'quarantined']]);
    expect(store.keys('normalized/')).toHaveLength(2);
  });

  it('counts metrics per outcome and flushes them even when the invocation fails', async () => {
    const { store, handler, counted, flushes } = setup();
    store.seed('incoming/a.txt', TEXT);
    store.seed('incoming/copy.txt', TEXT);
    store.seed('incoming/empty.txt', '');
    await handler(event(s3Record('incoming/a.txt'), s3Record('incoming/copy.txt'), s3Record('incoming/empty.txt')));
    const total = (name: MetricName) => counted.filter(([n]) => n === name).reduce((s, [, v]) => s + v, 0);
    expect(total('ArticlesExtracted')).toBe(1);
    expect(total('DuplicateUploads')).toBe(1);
    expect(total('ArticlesQuarantined')).toBe(1);
    expect(counted.some(([n]) => n === 'ContactsFound')).toBe(true);
    expect(flushes()).toBe(1);
    store.failWith = () => new Error('S3 down');
    await expect(handler(event(s3Record('incoming/a.txt')))).rejects.toThrow(ExtractBatchError);
    expect(flushes()).toBe(2);
  });

  it('log lines carry the object key and the article id', async () => {
    const { store, handler, lines } = setup();
    store.seed('incoming/a.txt', TEXT);
    const { outcomes } = await handler(event(s3Record('incoming/a.txt')));
    const articleId = (outcomes[0] as { articleId: string }).articleId;
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', message: 'article normalized', fields: expect.objectContaining({ objectKey: 'incoming/a.txt', articleId, bucket: 'articles' }) }));
  });

  it('ignores non-ObjectCreated records, refuses another bucket, and rejects a payload that is not an S3 event', async () => {
    const { store, handler } = setup();
    store.seed('incoming/a.txt', TEXT);
    expect((await handler(event(s3Record('incoming/a.txt', 'articles', 'ObjectRemoved:Delete')))).outcomes).toEqual([]);
    await expect(handler(event(s3Record('incoming/a.txt', 'someone-elses-bucket')))).rejects.toThrow(/bucket "someone-elses-bucket" but this function is configured for "articles"/);
    await expect(handler({ hello: 'world' })).rejects.toThrow(/not an S3 event notification/);
  });

  it('a malformed percent-encoding in a key fails that record clearly', async () => {
    const { handler } = setup();
    await expect(handler(event(s3Record('incoming/bad%E0%A4%A.txt')))).rejects.toThrow(/incoming\/bad%E0%A4%A\.txt: URIError/);
  });
});

describe('extraction Lambda entry point', () => {
  it('a missing BUCKET_NAME is a clear configuration error on the first call', async () => {
    const { handler: lambdaHandler } = await import('../../../lambdas/handlers/extract.js');
    const saved = { ...process.env };
    try {
      process.env = { ...saved, BUCKET_NAME: '', POWERTOOLS_LOG_LEVEL: 'SILENT' };
      await expect(lambdaHandler({ Records: [] }, { getRemainingTimeInMillis: () => 1000 } as never)).rejects.toThrow('BUCKET_NAME is required');
    } finally {
      process.env = saved;
    }
  });
});
