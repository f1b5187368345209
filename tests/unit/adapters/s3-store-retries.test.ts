/**
 * The S3 adapter with the real SDK middleware (standard retry strategy, error parsing) and only the
 * HTTP layer scripted — proves what is retried by the SDK and what fails at once, with which message.
 */
import { describe, expect, it } from 'vitest';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ObjectStore } from '../../../lambdas/adapters/s3-store.js';
import { s3ClientConfig, S3_MAX_ATTEMPTS } from '../../../lambdas/adapters/aws-clients.js';
import { s3Error, scriptedHandler, testCredentials, timeoutError } from '../support/scripted-http.js';

const noSleep = async () => {};

/** Real SDK middleware (retry strategy included) with only the HTTP layer scripted. */
function realClient(steps: Parameters<typeof scriptedHandler>[0], maxAttempts = S3_MAX_ATTEMPTS) {
  const http = scriptedHandler(steps);
  const client = new S3Client(s3ClientConfig({ region: 'us-east-1', credentials: testCredentials, requestHandler: http, forcePathStyle: true, maxAttempts }));
  return { http, store: new S3ObjectStore(client, 'bucket-1', { sleep: noSleep }) };
}

const okGet = { status: 200, headers: { 'content-type': 'text/plain', etag: '"e"', 'x-amz-meta-published': '2025-02-15' }, body: 'article text' };

describe('what the SDK retries by itself (standard mode, real middleware)', () => {
  it('GetObject: 503 SlowDown, then a timeout, then 200 → succeeds on the third attempt', async () => {
    const { http, store } = realClient([s3Error(503, 'SlowDown', 'Please reduce your request rate.'), timeoutError(), okGet]);
    const got = await store.get('incoming/a.txt');
    expect(new TextDecoder().decode(got!.body)).toBe('article text');
    expect(got!.metadata).toEqual({ published: '2025-02-15' });
    expect(http.seen).toHaveLength(3);
  });

  it('PutObject: 500 InternalError then 200 → written once the SDK retries', async () => {
    const { http, store } = realClient([s3Error(500, 'InternalError'), { status: 200, headers: { etag: '"x"' } }]);
    await store.put('quarantine/a.json', '{}', 'application/json');
    expect(http.seen.map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });

  it('ListObjectsV2: a persistent 500 gives up after maxAttempts with an error naming the prefix, status and attempts', async () => {
    // 3 attempts instead of the production 5 only to keep the real backoff short.
    const { http, store } = realClient([s3Error(500, 'InternalError', 'We encountered an internal error.')], 3);
    await expect(store.list('normalized/')).rejects.toThrow(/ListObjectsV2 normalized\/ failed: InternalError: We encountered an internal error\. \(HTTP 500, 3 attempt/);
    expect(http.seen).toHaveLength(3);
  });

  it('production S3 settings: standard retry mode, 5 attempts, explicit socket timeouts', () => {
    expect(s3ClientConfig()).toMatchObject({ retryMode: 'standard', maxAttempts: 5, requestHandler: { connectionTimeout: expect.any(Number), requestTimeout: expect.any(Number) } });
  });

  it('403 AccessDenied is not retried', async () => {
    const { http, store } = realClient([s3Error(403, 'AccessDenied', 'Access Denied')]);
    await expect(store.get('incoming/a.txt')).rejects.toThrow(/AccessDenied: Access Denied \(HTTP 403, 1 attempt/);
    expect(http.seen).toHaveLength(1);
  });

  it('a conditional create answered 412 is reported as "exists", without retries', async () => {
    const { http, store } = realClient([s3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold')]);
    await expect(store.putIfAbsent('normalized/ab/x.json', '{}', 'application/json')).resolves.toBe(false);
    expect(http.seen).toHaveLength(1);
    expect(http.seen[0].headers['if-none-match']).toBe('*');
  });
});
