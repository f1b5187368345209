/**
 * What `npm run demo` does, checked: the five seed articles through the whole local pipeline. The
 * expectations come from reading the seeds (see seeds/manifest.json); nothing in the code knows them.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingContact } from '../../lambdas/core/briefing/model.js';
import { runLocalPipeline, type LocalRunResult } from '../../lambdas/local/pipeline.js';

const seeds = join(import.meta.dirname, '../../seeds');

describe('demo on the seeds', () => {
  let result: LocalRunResult;
  let contacts: BriefingContact[];
  let html: string;

  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'demo-out-'));
    result = await runLocalPipeline({ inDir: seeds, outDir, now: new Date('2026-11-21T07:00:00Z'), track: 'US-RU' });
    contacts = result.model?.contacts ?? [];
    html = await readFile(result.files!.html, 'utf8');
  });

  const inCity = (city: string) => contacts.filter((c) => c.location?.city === city);

  it('normalizes all five articles and sends the briefing', () => {
    expect(result).toMatchObject({ uploaded: 5, normalized: 5, quarantined: 0, digestStatus: 'sent' });
    expect(result.failedInvocations).toEqual([]);
  });

  it('has the 15 Feb 2025 Rubio–Lavrov call, initiated by the US', () => {
    const call = contacts.find((c) => c.mode === 'call' && c.date.value === '2025-02-15');
    expect(call).toBeDefined();
    expect(call!.initiator).toBe('US');
    expect(call!.participants.map((p) => p.name).join(' ')).toMatch(/Rubio/);
    expect(call!.participants.map((p) => p.name).join(' ')).toMatch(/Lavrov/);
  });

  it('has the Riyadh talks and the Istanbul, Kuala Lumpur and New York meetings', () => {
    expect(inCity('Riyadh').length).toBeGreaterThanOrEqual(1);
    for (const city of ['Istanbul', 'Kuala Lumpur', 'New York']) expect(inCity(city), city).toHaveLength(1);
    expect(inCity('Istanbul')[0].date.value).toMatch(/02-27$/);
    expect(inCity('Kuala Lumpur')[0].date.value).toMatch(/07-10$/);
  });

  it('has the Budapest summit as cancelled', () => {
    const budapest = inCity('Budapest');
    expect(budapest).toHaveLength(1);
    expect(budapest[0]).toMatchObject({ mode: 'summit', status: 'cancelled' });
  });

  it('lists sources for every contact and shows the places in the email', () => {
    for (const c of contacts) expect(c.sources.length).toBeGreaterThan(0);
    for (const city of ['Riyadh', 'Istanbul', 'Kuala Lumpur', 'Budapest']) expect(html).toContain(city);
  });

  it('takes nothing from photo captions about other years', () => {
    expect(inCity('Hamburg')).toEqual([]);
    expect(inCity('Pyongyang')).toEqual([]);
    expect(JSON.stringify(result.model)).not.toMatch(/Choe Son Hui/);
  });
});
