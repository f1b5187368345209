import { afterEach, describe, expect, it } from 'vitest';
import type { Context } from 'aws-lambda';
import { createDigestHandler, DigestBatchError, handler as lambdaHandler, summarize } from '../../../lambdas/handlers/digest.js';
import type { DigestConfig } from '../../../lambdas/config.js';
import type { MetricName } from '../../../lambdas/adapters/observability.js';
import { normalizedKeyFor } from '../../../lambdas/core/record/layout.js';
import { MemoryMailer, MemoryStore } from '../support/memory-store.js';
import { usRuRecord } from '../support/records.js';

const config: DigestConfig = {
  bucket: 'b',
  sender: 'brief@example.org',
  recipients: ['desk@example.org'],
  tracks: ['US-RU', 'US-CN'],
  configurationSet: null,
  timezone: 'Europe/London',
  readConcurrency: 4,
};

function setup(now = new Date('2025-03-01T07:13:42.500Z')) {
  const store = new MemoryStore('b');
  const r = usRuRecord(1);
  store.seed(normalizedKeyFor(r.id), JSON.stringify(r));
  const mailer = new MemoryMailer();
  const counted: MetricName[] = [];
  const handler = createDigestHandler({ store, mailer, config, now: () => now, sleep: async () => {}, metrics: { count: (n) => void counted.push(n), flush() {} } });
  return { store, mailer, handler, counted };
}

const context = (remainingMs: number) => ({ getRemainingTimeInMillis: () => remainingMs }) as unknown as Context;

describe('digest handler', () => {
  it('takes the EventBridge Scheduler input and sends the briefing of that slot', async () => {
    const { store, mailer, handler, counted } = setup();
    const [result] = await handler({ track: 'US-RU', scheduledTime: '2025-03-01T07:00:00Z', executionId: 'x-1', scheduleArn: 'arn:aws:scheduler:eu-west-1:1:schedule/default/b', attempt: '1' });
    expect(result).toMatchObject({ status: 'sent', folder: 'briefings/2025/03/01/US-RU-0700/' });
    expect(mailer.sent).toHaveLength(1);
    expect(store.json('briefings/2025/03/01/US-RU-0700/claim-0001.json')).toMatchObject({ executionId: 'x-1' });
    expect(counted).toEqual(['BriefingsSent']);
  });

  it('invoked by hand without scheduledTime: the slot is the current minute; without track: every configured track', async () => {
    const { mailer, handler } = setup();
    const results = await handler({});
    expect(results.map((r) => r.folder)).toEqual(['briefings/2025/03/01/US-RU-0713/', 'briefings/2025/03/01/US-CN-0713/']);
    expect(mailer.sent).toHaveLength(2);
    expect((await handler(undefined)).map((r) => r.status)).toEqual(['already-sent', 'already-sent']);
  });

  it('one track failing does not stop the others; the failure is thrown afterwards', async () => {
    const { mailer, handler } = setup();
    let calls = 0;
    mailer.failWith = () => (++calls === 1 ? new Error('SES 503') : undefined);
    const err = await handler({ scheduledTime: '2025-03-01T07:00:00Z' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DigestBatchError);
    expect((err as Error).message).toMatch(/^briefing failed for US-RU \(BriefingSendError: .*SES 503\)$/);
    expect((err as DigestBatchError).results.map((r) => [r.track, r.status])).toEqual([['US-CN', 'sent']]);
  });

  it('rejects an unconfigured track, a malformed track id and a malformed scheduledTime with clear messages', async () => {
    const { handler, mailer } = setup();
    await expect(handler({ track: 'FR-DE' })).rejects.toThrow('track "FR-DE" is not configured (TRACKS=US-RU,US-CN)');
    await expect(handler({ track: 'usa/russia' })).rejects.toThrow(/not a track id/);
    await expect(handler({ track: 'US-RU', scheduledTime: 'tomorrow at 7' })).rejects.toThrow(/scheduledTime "tomorrow at 7" is not an ISO-8601 timestamp/);
    expect(mailer.sent).toHaveLength(0);
  });

  it('the Lambda returns a compact summary (never the whole model and HTML)', async () => {
    const { handler } = setup();
    const summary = summarize(await handler({ track: 'US-RU', scheduledTime: '2025-03-01T07:00:00Z' }));
    expect(summary).toEqual([
      { track: 'US-RU', status: 'sent', messageId: 'msg-1', folder: 'briefings/2025/03/01/US-RU-0700/', attempt: 1, receiptWritten: true, contacts: expect.any(Number), articles: 1, skippedRecords: 0, quarantined: 0 },
    ]);
    expect(JSON.stringify(summary).length).toBeLessThan(1000);
  });

  it('the claim lease outlives the invocation: remaining time plus a minute', async () => {
    const { store, handler } = setup();
    await handler({ track: 'US-RU', scheduledTime: '2025-03-01T07:00:00Z' }, context(120_000));
    const claim = store.json<{ claimedAt: string; leaseUntil: string }>('briefings/2025/03/01/US-RU-0700/claim-0001.json')!;
    expect(Date.parse(claim.leaseUntil) - Date.parse(claim.claimedAt)).toBe(180_000);
  });
});

describe('digest handler waiting on a slot held by another attempt', () => {
  function withClock(start: Date) {
    const store = new MemoryStore('b');
    const r = usRuRecord(1);
    store.seed(normalizedKeyFor(r.id), JSON.stringify(r));
    const mailer = new MemoryMailer();
    let now = start.getTime();
    let slept = 0;
    const handler = createDigestHandler({ store, mailer, config, now: () => new Date(now), sleep: async (ms) => void ((now += ms), (slept += ms)) });
    return { store, mailer, handler, slept: () => slept };
  }
  const folder = 'briefings/2025/03/01/US-RU-0700/';
  const input = { track: 'US-RU', scheduledTime: '2025-03-01T07:00:00Z' };

  it('a retry after a crashed holder outwaits its lease within its own timeout, then sends', async () => {
    const { store, mailer, handler, slept } = withClock(new Date('2025-03-01T07:03:00Z'));
    store.seed(`${folder}claim-0001.json`, JSON.stringify({ attempt: 1, leaseUntil: '2025-03-01T07:05:00.000Z' }));
    const [result] = await handler(input, context(300_000));
    expect(result).toMatchObject({ status: 'sent', attempt: 2 });
    expect(mailer.sent).toHaveLength(1);
    expect(slept()).toBeGreaterThanOrEqual(120_000);
    expect(slept()).toBeLessThanOrEqual(300_000 - 90_000);
  });

  it('gives up (retryably) when the lease outlasts what its own timeout allows, without sending', async () => {
    const { store, mailer, handler } = withClock(new Date('2025-03-01T07:01:00Z'));
    store.seed(`${folder}claim-0001.json`, JSON.stringify({ attempt: 1, leaseUntil: '2025-03-01T07:10:00.000Z' }));
    await expect(handler(input, context(300_000))).rejects.toThrow(/SlotBusyError: briefing slot briefings\/2025\/03\/01\/US-RU-0700\/ is held by attempt 1/);
    expect(mailer.sent).toHaveLength(0);
  });
});

describe('digest Lambda entry point', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('a missing sender is a clear configuration error on the first call, before any AWS call', async () => {
    process.env = { ...saved, BUCKET_NAME: 'b', RECIPIENTS: 'desk@example.org', SENDER: '', POWERTOOLS_LOG_LEVEL: 'SILENT' };
    await expect(lambdaHandler({}, context(60_000))).rejects.toThrow('SENDER is required: the verified SES identity the briefing is sent from');
  });

  it('an invalid recipient is refused at start-up, not mid-run', async () => {
    process.env = { ...saved, BUCKET_NAME: 'b', SENDER: 'brief@example.org', RECIPIENTS: 'desk@example.org, not an address', POWERTOOLS_LOG_LEVEL: 'SILENT' };
    await expect(lambdaHandler({}, context(60_000))).rejects.toThrow(/RECIPIENTS: "not" is not a valid email address/);
  });
});
