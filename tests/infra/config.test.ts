import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/bundling/lambda-build.js';
import { exampleQueries } from '../../infra/example-queries.js';
import { loadBriefingConfig, PLACEHOLDER_RECIPIENT, PLACEHOLDER_SENDER } from '../../infra/config.js';
import { CDK_JSON_CONTEXT, FULL_CONTEXT } from './synth.js';

const from = (ctx: Record<string, unknown>) => loadBriefingConfig({ tryGetContext: (k) => ctx[k] });

describe('stack config from CDK context', () => {
  it('has a default for every key, with placeholders for the addresses', () => {
    const c = from({});
    expect(c.sender).toBe(PLACEHOLDER_SENDER);
    expect(c.recipients).toEqual([PLACEHOLDER_RECIPIENT]);
    expect(c.usesPlaceholders).toBe(true);
    expect(c.tracks).toEqual(['US-RU']);
    expect(c.scheduleExpression).toBe('cron(0 7 * * ? *)');
    expect(c.scheduleTimezone).toBe('Europe/London');
    expect(c.kmsKey).toBe(false);
    expect(c.destroyOnRemoval).toBe(false);
    expect(c.createSenderIdentity).toBe(false);
    expect(c.alarmEmail).toBeNull();
    expect(c.quarantineRetentionDays).toBe(90);
    expect(c.logRetentionDays).toBe(90);
    expect(c.maxObjectBytes).toBe(5 * 1024 * 1024);
    expect(c.missedBriefingAlarmHours).toBe(26);
    expect(c.sesIdentity).toBe(PLACEHOLDER_SENDER);
  });

  it('cdk.json states the same defaults the code falls back to', () => {
    const fromJson = from(CDK_JSON_CONTEXT);
    const fromCode = from({});
    expect(fromJson).toEqual(fromCode);
  });

  it('reads -c strings and cdk.json JSON types alike', () => {
    const c = from(FULL_CONTEXT);
    expect(c.usesPlaceholders).toBe(false);
    expect(c.senderAddress).toBe('briefing@desk.example.org');
    expect(c.recipients).toEqual(['analyst.one@example.org', 'analyst.two@example.org']);
    expect(c.tracks).toEqual(['US-RU', 'US-CN', 'CN-IN']);
    expect(c.kmsKey).toBe(true);
    expect(c.destroyOnRemoval).toBe(true);
    expect(c.quarantineRetentionDays).toBe(30);
    expect(from({ recipients: ['a@x.org', 'b@y.org'], kmsKey: true }).recipients).toEqual(['a@x.org', 'b@y.org']);
  });

  it('refuses bad values at synth, naming the context key', () => {
    expect(() => from({ sender: 'not-an-address' })).toThrow(/context "sender"/);
    expect(() => from({ recipients: 'a@x.org,nope' })).toThrow(/context "recipients".*nope/);
    expect(() => from({ tracks: 'USRU' })).toThrow(/context "tracks"/);
    expect(() => from({ scheduleTimezone: 'Mars/Olympus' })).toThrow(/context "scheduleTimezone"/);
    expect(() => from({ scheduleExpression: '0 7 * * *' })).toThrow(/context "scheduleExpression"/);
    expect(() => from({ logRetentionDays: '45' })).toThrow(/context "logRetentionDays"/);
    expect(() => from({ kmsKey: 'yes' })).toThrow(/context "kmsKey"/);
    expect(() => from({ quarantineRetentionDays: '-1' })).toThrow(/context "quarantineRetentionDays"/);
    expect(() => from({ missedBriefingAlarmHours: '200' })).toThrow(/context "missedBriefingAlarmHours"/);
    expect(() => from({ logLevel: 'verbose' })).toThrow(/context "logLevel"/);
    expect(() => from({ sender: 'a@b.org', sesIdentity: 'other.org' })).toThrow(/context "sesIdentity"/);
    expect(() => from({ sender: 'a@b.org\r\nBcc: x@y.org' })).toThrow(/context "sender"/);
  });

  it('placeholders are detected even when only one of the two is missing', () => {
    expect(from({ sender: 'a@b.org' }).usesPlaceholders).toBe(true);
    expect(from({ recipients: 'a@b.org' }).usesPlaceholders).toBe(true);
    expect(from({ sender: 'a@b.org', recipients: 'c@d.org' }).usesPlaceholders).toBe(false);
  });
});

describe('docs/infra.md stays in step with the code', () => {
  const docs = readFileSync(path.join(PROJECT_ROOT, 'docs', 'infra.md'), 'utf8');

  it('lists every context key with its default', () => {
    const keys = [
      ...Object.keys(CDK_JSON_CONTEXT).filter((k) => !k.startsWith('@')),
      'sender',
      'recipients',
      'sesIdentity',
      'alarmEmail',
      'stackName',
    ];
    for (const key of keys) expect(docs, key).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    for (const [key, value] of Object.entries(CDK_JSON_CONTEXT).filter(([k]) => !k.startsWith('@'))) {
      const row = docs.split('\n').find((l) => l.startsWith(`| \`${key}\` |`))!;
      expect(row, key).toContain(`\`${String(value)}\``);
    }
  });

  it('shows the three example queries exactly as the workgroup saves them', () => {
    const queries = exampleQueries('diplomatic_briefing', 'normalized_records');
    expect(queries).toHaveLength(3);
    for (const q of queries) expect(docs).toContain(q.sql);
  });
});
