/**
 * The digest's exactly-once guarantee through the real adapters (S3ObjectStore, SesMailer) and the real
 * handler, with S3 and SES mocked by aws-sdk-client-mock: S3 honours If-None-Match like the service does.
 */
import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { S3Client } from '@aws-sdk/client-s3';
import { SendEmailCommand, SESClient } from '@aws-sdk/client-ses';
import { createDigestHandler } from '../../../lambdas/handlers/digest.js';
import { S3ObjectStore } from '../../../lambdas/adapters/s3-store.js';
import { SesMailer } from '../../../lambdas/adapters/ses-mailer.js';
import { normalizedKeyFor } from '../../../lambdas/core/record/layout.js';
import type { DigestConfig } from '../../../lambdas/config.js';
import { conditionalS3Mock } from '../support/conditional-s3-mock.js';
import { usRuRecord } from '../support/records.js';

const config: DigestConfig = {
  bucket: 'briefing-bucket',
  sender: 'brief@example.org',
  recipients: ['desk@example.org'],
  tracks: ['US-RU'],
  configurationSet: null,
  timezone: 'Europe/London',
  readConcurrency: 8,
};
const FOLDER = 'briefings/2025/03/01/US-RU-0700/';
const input = { track: 'US-RU', scheduledTime: '2025-03-01T07:00:00Z', executionId: 'e-1', attempt: '1' };
const yieldOnce = () => new Promise<void>((r) => setImmediate(r));

describe('digest slot race through the real adapters', () => {
  let s3: ReturnType<typeof conditionalS3Mock>;
  const ses = mockClient(SESClient);
  let sends = 0;

  beforeEach(() => {
    s3?.mock.restore();
    s3 = conditionalS3Mock();
    for (const n of [1, 2, 3]) {
      const r = usRuRecord(n);
      s3.seed(normalizedKeyFor(r.id), JSON.stringify(r));
    }
    ses.reset();
    sends = 0;
    ses.on(SendEmailCommand).callsFake(async () => {
      await yieldOnce();
      return { MessageId: `0100-${++sends}` };
    });
  });

  function handler(now = new Date('2025-03-01T07:00:03Z')) {
    const store = new S3ObjectStore(new S3Client({ region: 'us-east-1' }), config.bucket);
    return createDigestHandler({ store, mailer: new SesMailer(new SESClient({ region: 'us-east-1' })), config, now: () => now, sleep: yieldOnce });
  }

  it('a double fire (two invocations at once) sends exactly one email', async () => {
    const [a, b] = await Promise.all([handler()(input), handler()(input)]);
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 1);
    expect([a[0].status, b[0].status].sort()).toEqual(['already-sent', 'sent']);
    expect(a[0].messageId).toBe(b[0].messageId);
    expect(s3.keys(FOLDER).filter((k) => k.includes('claim-'))).toEqual([`${FOLDER}claim-0001.json`]);
  });

  it('five concurrent retries after a failed attempt: one takes claim-0002 and sends, the rest do not', async () => {
    s3.seed(`${FOLDER}claim-0001.json`, JSON.stringify({ attempt: 1, leaseUntil: '2025-03-01T07:16:00.000Z' }));
    s3.seed(`${FOLDER}failed-0001.json`, JSON.stringify({ attempt: 1, error: { name: 'Throttling' } }));
    const results = (await Promise.all(Array.from({ length: 5 }, () => handler()(input)))).map((r) => r[0]);
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 1);
    expect(results.filter((r) => r.status === 'sent')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'already-sent')).toHaveLength(4);
    expect(s3.keys(FOLDER).filter((k) => k.includes('claim-'))).toEqual([`${FOLDER}claim-0001.json`, `${FOLDER}claim-0002.json`]);
    expect(JSON.parse(new TextDecoder().decode(s3.objects.get(`${FOLDER}sent.json`)!.body))).toMatchObject({ attempt: 2, messageId: '0100-1' });
  });

  it('a send that fails after the claim is retried by the next invocation and sent once', async () => {
    ses.reset();
    ses.on(SendEmailCommand)
      .rejectsOnce(Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503, attempts: 6 } }))
      .resolves({ MessageId: '0100-retry' });
    await expect(handler()(input)).rejects.toThrow(/US-RU.*was not sent: SES SendEmail failed: ServiceUnavailable/);
    const [retry] = await handler(new Date('2025-03-01T07:01:05Z'))(input);
    expect(retry).toMatchObject({ status: 'sent', messageId: '0100-retry', attempt: 2 });
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 2);
    expect((await handler(new Date('2025-03-01T07:03:00Z'))(input))[0].status).toBe('already-sent');
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 2);
  });

  it('the Lambda entry point wires S3, SES and config from the environment and returns a summary', async () => {
    const saved = { ...process.env };
    try {
      process.env = { ...saved, BUCKET_NAME: config.bucket, SENDER: 'brief@example.org', RECIPIENTS: 'desk@example.org', TRACKS: 'US-RU', AWS_REGION: 'eu-west-1', POWERTOOLS_LOG_LEVEL: 'SILENT' };
      const { handler: lambdaHandler } = await import('../../../lambdas/handlers/digest.js');
      const summary = await lambdaHandler(input, { getRemainingTimeInMillis: () => 300_000 } as never);
      expect(summary).toEqual([expect.objectContaining({ track: 'US-RU', status: 'sent', messageId: '0100-1', folder: FOLDER, articles: 3 })]);
      expect(ses).toHaveReceivedCommandWith(SendEmailCommand, { Source: 'brief@example.org', Destination: { ToAddresses: ['desk@example.org'] } });
    } finally {
      process.env = saved;
    }
  });
});
