import { describe, expect, it } from 'vitest';
import { processUploadedObject } from '../../../lambdas/core/usecases/extract-object.js';
import { runDigest } from '../../../lambdas/core/usecases/run-digest.js';
import { silentLog } from '../../../lambdas/core/ports.js';
import { MemoryMailer, MemoryStore } from '../support/memory-store.js';

describe('smoke', () => {
  it('extracts then sends once', async () => {
    const store = new MemoryStore().seed('incoming/a.txt', 'Lavrov and Rubio held talks in Riyadh on 18 February 2025.');
    const now = () => new Date('2026-01-01T07:00:00Z');
    const out = await processUploadedObject({ store, log: silentLog, now, maxObjectBytes: 1000 }, { bucket: store.bucket, key: 'incoming/a.txt' });
    expect(out.kind).toBe('normalized');
    const mailer = new MemoryMailer();
    const deps = { store, mailer, log: silentLog, now, sender: 'a@example.com', recipients: ['b@example.com'], configurationSet: null, timezone: 'UTC', readConcurrency: 4, leaseMs: 60_000, sleep: async () => {} };
    const r1 = await runDigest(deps, { track: 'US-RU', scheduledTime: now() });
    const r2 = await runDigest(deps, { track: 'US-RU', scheduledTime: now() });
    expect([r1.status, r2.status]).toEqual(['sent', 'already-sent']);
    expect(mailer.sent).toHaveLength(1);
  });
});
