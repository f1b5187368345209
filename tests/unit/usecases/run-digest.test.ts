/**
 * runDigest over an in-memory store and mailer with the real merge and render: exactly one email per
 * schedule slot, across retries, double fires, failed sends, crashed holders and S3 faults.
 */
import { describe, expect, it } from 'vitest';
import { BriefingSendError, runDigest, SlotBusyError, type DigestDeps } from '../../../lambdas/core/usecases/run-digest.js';
import { buildBriefingModel, type BuildBriefingInput } from '../../../lambdas/core/merge/index.js';
import { normalizedKeyFor } from '../../../lambdas/core/record/layout.js';
import type { Log } from '../../../lambdas/core/ports.js';
import { MemoryMailer, MemoryStore } from '../support/memory-store.js';
import { usRuRecord } from '../support/records.js';

const SLOT = new Date('2025-03-01T07:00:00Z');
const FOLDER = 'briefings/2025/03/01/US-RU-0700/';
const LEASE_MS = 5 * 60_000;

function recordingLog() {
  const lines: Array<{ level: string; message: string; fields: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, fields: Record<string, unknown> = {}) => void lines.push({ level, message, fields });
  return { log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } as Log, lines };
}

function setup(records = [usRuRecord(1), usRuRecord(2)]) {
  const store = new MemoryStore();
  for (const r of records) store.seed(normalizedKeyFor(r.id), JSON.stringify(r), {}, 'application/json');
  const mailer = new MemoryMailer();
  const clock = { now: new Date('2025-03-01T07:00:05Z') };
  const { log, lines } = recordingLog();
  const deps: DigestDeps = {
    store,
    mailer,
    log,
    now: () => clock.now,
    sender: 'Briefing <brief@example.org>',
    recipients: ['desk@example.org'],
    configurationSet: 'briefing-set',
    timezone: 'Europe/London',
    readConcurrency: 4,
    leaseMs: LEASE_MS,
    busyPolls: 2,
    busyPollIntervalMs: 1,
    sleep: async () => {},
  };
  const run = (over: Partial<DigestDeps> = {}, scheduledTime = SLOT) => runDigest({ ...deps, ...over }, { track: 'US-RU', scheduledTime, executionId: 'exec-1' });
  return { store, mailer, clock, lines, deps, run };
}

describe('runDigest: one slot, one email', () => {
  it('composes, claims, stores the briefing and sends it once, recording the MessageId', async () => {
    const { store, mailer, run } = setup();
    const result = await run();
    expect(result).toMatchObject({ status: 'sent', messageId: 'msg-1', attempt: 1, folder: FOLDER, receiptWritten: true });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ from: 'Briefing <brief@example.org>', to: ['desk@example.org'], configurationSet: 'briefing-set', subject: result.rendered.subject });
    expect(store.keys(FOLDER).map((k) => k.slice(FOLDER.length))).toEqual(['briefing.html', 'briefing.json', 'briefing.txt', 'claim-0001.json', 'sent.json']);
    expect(store.json(`${FOLDER}sent.json`)).toMatchObject({ messageId: 'msg-1', attempt: 1, track: 'US-RU', slot: SLOT.toISOString(), executionId: 'exec-1' });
    expect(store.json(`${FOLDER}briefing.json`)).toEqual(JSON.parse(JSON.stringify(result.model)));
    expect(result.model.stats.articles).toBe(2);
  });

  it('a retry or second fire of the same slot does not send again and returns what was sent', async () => {
    const { mailer, run } = setup();
    const first = await run();
    const second = await run();
    expect(second).toMatchObject({ status: 'already-sent', messageId: first.messageId, attempt: 1 });
    expect(second.rendered.html).toBe(first.rendered.html);
    expect(second.model.generatedAt).toBe(first.model.generatedAt);
    expect(mailer.sent).toHaveLength(1);
  });

  it('the slot is the scheduled minute: a fire at 07:00:42 is the same slot as 07:00:00', async () => {
    const { mailer, run } = setup();
    await run({}, new Date('2025-03-01T07:00:00Z'));
    expect((await run({}, new Date('2025-03-01T07:00:42.123Z'))).status).toBe('already-sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('two concurrent fires of the same slot send one email', async () => {
    const { mailer, run } = setup();
    const results = await Promise.all([run({ sleep: () => new Promise((r) => setTimeout(r, 0)), busyPolls: 50 }), run({ sleep: () => new Promise((r) => setTimeout(r, 0)), busyPolls: 50 })]);
    expect(results.map((r) => r.status).sort()).toEqual(['already-sent', 'sent']);
    expect(mailer.sent).toHaveLength(1);
    expect(new Set(results.map((r) => r.messageId)).size).toBe(1);
  });

  it('briefing files are stored before the send, so a sent receipt always has them', async () => {
    const { store, mailer, run } = setup();
    mailer.failWith = () => {
      expect(store.keys(FOLDER).map((k) => k.slice(FOLDER.length))).toEqual(['briefing.html', 'briefing.json', 'briefing.txt', 'claim-0001.json']);
      return undefined;
    };
    await run();
    expect(mailer.sent).toHaveLength(1);
  });
});

describe('runDigest: skipped records and stats', () => {
  it('a record failing the schema, or not JSON at all, is skipped with a warning and counted; the briefing still goes out', async () => {
    const { store, mailer, run, lines } = setup();
    store.seed('normalized/ff/ffffffffffffffffffffffffffffffff.json', JSON.stringify({ ...usRuRecord(3), schemaVersion: 2 }));
    store.seed('normalized/ee/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.json', '{"truncated": ');
    const result = await run();
    expect(result.status).toBe('sent');
    expect(result.model.stats).toMatchObject({ articles: 2, skippedRecords: 2 });
    // …and the reader sees it in the footer of both parts of the email.
    expect(result.rendered.text).toMatch(/\b2 normalized records skipped/);
    expect(result.rendered.html).toMatch(/\b2 normalized records skipped/);
    expect(mailer.sent).toHaveLength(1);
    const warned = lines.filter((l) => l.level === 'warn' && l.message.includes('skipped')).map((l) => l.fields.recordKey);
    expect(warned.sort()).toEqual(['normalized/ee/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.json', 'normalized/ff/ffffffffffffffffffffffffffffffff.json']);
  });

  it('counts quarantined objects for the footer', async () => {
    const { store, run } = setup();
    for (const k of ['a', 'b', 'c']) store.seed(`quarantine/${k}.txt.json`, '{}');
    expect((await run()).model.stats.quarantined).toBe(3);
  });

  it('passes the last SENT briefing of the same track as "previous" (not a failed slot, not another track)', async () => {
    const { store, run } = setup();
    const seen: Array<BuildBriefingInput['previous']> = [];
    const build = (input: BuildBriefingInput) => (seen.push(input.previous), buildBriefingModel(input));
    await run({ build }, new Date('2025-02-27T07:00:00Z'));
    // A later slot that was claimed but never sent, and another track's briefing: both must be ignored.
    store.seed('briefings/2025/02/28/US-RU-0700/claim-0001.json', '{}');
    store.seed('briefings/2025/02/28/US-RU-0700/briefing.json', JSON.stringify({ track: { id: 'US-RU' }, generatedAt: 'unsent' }));
    store.seed('briefings/2025/02/28/US-CN-0700/sent.json', '{}');
    store.seed('briefings/2025/02/28/US-CN-0700/briefing.json', JSON.stringify({ track: { id: 'US-CN' }, generatedAt: 'other-track' }));
    await run({ build });
    expect(seen[0]).toBeNull();
    expect(seen[1]?.track.id).toBe('US-RU');
    expect(seen[1]?.generatedAt).toBe('2025-03-01T07:00:05.000Z');
  });
});

describe('runDigest: failures after the claim', () => {
  it('a failed send is recorded and thrown; the next retry sends (attempt 2), exactly one email overall', async () => {
    const { store, mailer, run, lines } = setup();
    mailer.failWith = (_e, n) => (n === 1 ? Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling' }) : undefined);
    const err = await run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BriefingSendError);
    expect((err as Error).message).toContain('Maximum sending rate exceeded.');
    expect(store.json(`${FOLDER}failed-0001.json`)).toMatchObject({ attempt: 1, error: { name: 'Throttling' } });
    expect(store.keys(`${FOLDER}sent.json`)).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('not sent') }));

    const retry = await run();
    expect(retry).toMatchObject({ status: 'sent', attempt: 2 });
    expect(mailer.sent).toHaveLength(1);
    expect(store.json(`${FOLDER}sent.json`)).toMatchObject({ attempt: 2 });
  });

  it('a rejected message (MessageRejected) fails loudly with the reason', async () => {
    const { run, mailer } = setup();
    mailer.failWith = () => Object.assign(new Error('SES rejected the briefing email (MessageRejected): Email address is not verified.'), { name: 'EmailRejectedError' });
    await expect(run()).rejects.toThrow(/MessageRejected\): Email address is not verified\./);
  });

  it('a holder that died mid-send keeps the slot until its lease expires; then a retry takes over and sends', async () => {
    const { store, mailer, clock, run } = setup();
    store.seed(`${FOLDER}claim-0001.json`, JSON.stringify({ attempt: 1, leaseUntil: new Date(clock.now.getTime() + LEASE_MS).toISOString() }));
    const busy = await run().catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(SlotBusyError);
    expect((busy as Error).message).toMatch(/held by attempt 1 until .* and not sent yet/);
    expect(mailer.sent).toHaveLength(0);

    clock.now = new Date(clock.now.getTime() + LEASE_MS + 1000);
    expect(await run()).toMatchObject({ status: 'sent', attempt: 2 });
    expect(mailer.sent).toHaveLength(1);
  });

  it('if even the failure marker cannot be written, the slot is retried after the lease', async () => {
    const { store, mailer, clock, run } = setup();
    mailer.failWith = (_e, n) => (n === 1 ? new Error('SES 503') : undefined);
    store.failWith = (op, key) => (op === 'put' && key.includes('failed-') ? new Error('S3 503 SlowDown') : undefined);
    await expect(run()).rejects.toThrow(BriefingSendError);
    store.failWith = null;
    await expect(run()).rejects.toThrow(SlotBusyError);
    clock.now = new Date(clock.now.getTime() + LEASE_MS + 1);
    expect((await run()).status).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('if the receipt cannot be stored after SES accepted the email, it does not throw (a Lambda retry would send twice)', async () => {
    const { store, mailer, run, lines } = setup();
    store.failWith = (op, key) => (op === 'put' && key.endsWith('sent.json') ? new Error('S3 500 InternalError') : undefined);
    const result = await run();
    expect(result).toMatchObject({ status: 'sent', messageId: 'msg-1', receiptWritten: false });
    expect(mailer.sent).toHaveLength(1);
    expect(lines.filter((l) => l.level === 'error' && l.fields.messageId === 'msg-1')).toHaveLength(3);
  });

  it.each([
    ['listing normalized/', (op: string, key: string) => op === 'list' && key === 'normalized/'],
    ['reading a record', (op: string, key: string) => op === 'get' && key.startsWith('normalized/')],
    ['writing the claim', (op: string, key: string) => op === 'putIfAbsent' && key.includes('claim-')],
    ['writing the briefing files', (op: string, key: string) => op === 'put' && key.endsWith('briefing.html')],
  ])('an S3 fault while %s fails the run without sending; the retry sends', async (_what, when) => {
    const { store, mailer, run } = setup();
    store.failWith = (op, key) => (when(op, key) ? new Error('S3 GetObject failed: SlowDown (HTTP 503, 5 attempts)') : undefined);
    await expect(run()).rejects.toThrow(/SlowDown/);
    expect(mailer.sent).toHaveLength(0);
    store.failWith = null;
    // Before the claim nothing is held; after it, the attempt is marked failed: either way the retry goes ahead at once.
    expect((await run()).status).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
  });
});
