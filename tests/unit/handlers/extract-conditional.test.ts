/**
 * Retried extraction through the real S3 adapter, with S3 mocked by aws-sdk-client-mock honouring
 * If-None-Match (the local emulator ignores it): the same event delivered twice — one after the other or
 * at the same time — writes one record; the 412 on the second write means "already done".
 */
import 'aws-sdk-client-mock-vitest/extend';
import { afterEach, describe, expect, it } from 'vitest';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { createExtractHandler } from '../../../lambdas/handlers/extract.js';
import { S3ObjectStore } from '../../../lambdas/adapters/s3-store.js';
import { conditionalS3Mock } from '../support/conditional-s3-mock.js';

const TEXT = 'Wang Yi held talks with Subrahmanyam Jaishankar in New Delhi on 18 August 2025, the ministry said.';

const event = (key: string): S3Event =>
  ({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'eu-west-1',
        eventTime: '2025-08-18T10:00:00.000Z',
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: 'articles', arn: 'arn:aws:s3:::articles' }, object: { key, size: TEXT.length, eTag: 'e' } },
      },
    ],
  }) as unknown as S3Event;

describe('retried extraction against S3 conditional writes', () => {
  let s3: ReturnType<typeof conditionalS3Mock>;
  afterEach(() => s3.mock.restore());

  function handler() {
    return createExtractHandler({ store: new S3ObjectStore(new S3Client({ region: 'eu-west-1' }), 'articles'), config: { bucket: 'articles', maxObjectBytes: 1_000_000 } });
  }

  it('the same event twice in a row: the second write gets 412 and reports duplicate', async () => {
    s3 = conditionalS3Mock();
    s3.seed('incoming/New+Delhi talks.txt', TEXT);
    const first = await handler()(event('incoming/New%2BDelhi+talks.txt'));
    const second = await handler()(event('incoming/New%2BDelhi+talks.txt'));
    expect(first.outcomes[0]).toMatchObject({ kind: 'normalized', key: 'incoming/New+Delhi talks.txt' });
    expect(second.outcomes[0]).toMatchObject({ kind: 'duplicate', articleId: (first.outcomes[0] as { articleId: string }).articleId });
    expect(s3.keys('normalized/')).toHaveLength(1);
    expect(s3.mock).toHaveReceivedCommandWith(PutObjectCommand, { IfNoneMatch: '*' });
  });

  it('the same event delivered twice at the same time: exactly one normalized, one duplicate, one record', async () => {
    s3 = conditionalS3Mock();
    s3.seed('incoming/a.txt', TEXT);
    const results = await Promise.all([handler()(event('incoming/a.txt')), handler()(event('incoming/a.txt'))]);
    expect(results.map((r) => r.outcomes[0].kind).sort()).toEqual(['duplicate', 'normalized']);
    expect(s3.keys('normalized/')).toHaveLength(1);
  });
});

describe('Lambda entry points wired from the environment (S3/SES mocked at the SDK client)', () => {
  it('extract: builds S3 store and config from env on first call and normalizes the object', async () => {
    const s3 = conditionalS3Mock();
    const saved = { ...process.env };
    try {
      process.env = { ...saved, BUCKET_NAME: 'articles', AWS_REGION: 'eu-west-1', POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' };
      s3.seed('incoming/a.txt', TEXT);
      const { handler } = await import('../../../lambdas/handlers/extract.js');
      const summary = await handler(event('incoming/a.txt'), { getRemainingTimeInMillis: () => 60_000 } as never);
      expect(summary.outcomes[0]).toMatchObject({ kind: 'normalized' });
      expect(s3.keys('normalized/')).toHaveLength(1);
    } finally {
      process.env = saved;
      s3.mock.restore();
    }
  });
});
