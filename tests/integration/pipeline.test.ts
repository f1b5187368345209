/**
 * The spine end to end: embedded S3 + SES, real SDK calls, the Lambda handlers fed AWS-shaped events.
 * Uses a small invented China–India folder (a track the seeds never mention) so it checks the pipeline,
 * not the demo data.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLocalPipeline, type LocalRunResult } from '../../lambdas/local/pipeline.js';

const fixtures = join(import.meta.dirname, '../fixtures/articles/mini-track');

describe('local pipeline on a folder of articles', () => {
  let result: LocalRunResult;
  let outDir: string;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'brief-out-'));
    result = await runLocalPipeline({ inDir: fixtures, outDir, now: new Date('2025-08-20T07:00:00Z'), track: 'CN-IN' });
  });

  it('accounts for every upload: two normalized, the PNG quarantined with its reason', () => {
    expect(result.uploaded).toBe(3);
    expect(result.normalized).toBe(2);
    expect(result.quarantine).toEqual([expect.objectContaining({ key: 'incoming/not-an-article.png', code: 'unsupported-type' })]);
    expect(result.failedInvocations).toEqual([]);
  });

  it('sends one briefing through SES and writes html, txt, eml and json', async () => {
    expect(result.digestStatus).toBe('sent');
    expect(result.messageId).toBeTruthy();
    const files = result.files!;
    const model = JSON.parse(await readFile(files.json, 'utf8'));
    expect(model.track.id).toBe('CN-IN');
    expect(await readFile(files.html, 'utf8')).toContain('New Delhi');
    expect((await readFile(files.txt, 'utf8')).length).toBeGreaterThan(100);
    const mail = await simpleParser(await readFile(files.eml));
    expect(mail.subject).toBeTruthy();
    expect(mail.to).toBeTruthy();
    expect(mail.html).toContain('New Delhi');
    expect(mail.text).toBeTruthy();
  });

  it('finds the New Delhi talks with the date resolved from the published metadata', () => {
    const talks = result.model!.contacts.find((c) => c.location?.city === 'New Delhi');
    expect(talks).toMatchObject({ status: 'held', date: { value: '2025-08-18', precision: 'day' } });
    expect([...talks!.countries].sort()).toEqual(['CN', 'IN']);
    expect(['talks', 'meeting', 'visit']).toContain(talks!.mode);
  });

  it('finds the phone call dated from the HTML meta published time and initiated by China', () => {
    const call = result.model!.contacts.find((c) => c.mode === 'call');
    expect(call).toMatchObject({ status: 'held', initiator: 'CN', date: { value: '2025-07-01', precision: 'day' } });
  });

  it('never lets the script in the page become text or a contact', () => {
    const json = JSON.stringify(result.model);
    expect(json).not.toContain('Paris');
    expect(json).not.toContain('alert(1)');
  });
});
