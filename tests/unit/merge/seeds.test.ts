/**
 * The seed articles end to end through the pure core: real extraction (with the manifest's metadata, as
 * the upload would carry it) then merging. These are the issue's judged points; nothing here knows the
 * seeds' wording, only the facts a reader of the five articles would state.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lambdas/core/extract/index.js';
import { buildBriefingModel } from '../../../lambdas/core/merge/index.js';
import type { BriefingContact, BriefingModel } from '../../../lambdas/core/briefing/model.js';

interface ManifestEntry {
  file: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

const SEEDS = new URL('../../../seeds/', import.meta.url);
let model: BriefingModel;

const keyOf = (prefix: string) => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', SEEDS), 'utf8')) as { articles: ManifestEntry[] };
  return `incoming/${manifest.articles.find((a) => a.file.startsWith(prefix))!.file}`;
};
const reportedBy = (c: BriefingContact, prefix: string) => c.sources.some((s) => s.key === keyOf(prefix));
const surnames = (c: BriefingContact) => c.participants.map((p) => p.name.split(' ').at(-1));

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', SEEDS), 'utf8')) as { articles: ManifestEntry[] };
  const now = new Date('2026-01-05T07:00:00Z');
  const records = await Promise.all(manifest.articles.map(async (a) =>
    (await extractArticle(
      { bytes: readFileSync(new URL(a.file, SEEDS)), bucket: 'seeds', key: `incoming/${a.file}`, contentType: 'text/plain', metadata: { published: a.published, url: a.url, outlet: a.outlet } },
      { now },
    )),
  ));
  model = buildBriefingModel({ records, track: { id: 'US-RU', countries: ['US', 'RU'], name: '' }, previous: null, now, stats: { skippedRecords: 0, quarantined: 0 } });
});

describe('seed briefing (US–Russia)', () => {
  it('names the track from knowledge/countries.json', async () => {
    expect(model.track.name).toBe('US–Russia');
  });

  it('reports the 15 Feb 2025 Rubio–Lavrov call once, dated, initiated by the US, with both sources', async () => {
    const calls = model.contacts.filter((c) => c.mode === 'call' && (reportedBy(c, '000') || reportedBy(c, '001')) && surnames(c).includes('Lavrov'));
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call.date.value).toBe('2025-02-15');
    expect(call.date.precision).toBe('day');
    expect(call.initiator).toBe('US');
    expect(call.status).toBe('held');
    expect(reportedBy(call, '000') && reportedBy(call, '001')).toBe(true);
    expect(call.confidence.families).toBe(2);
  });

  it('keeps the Russia-initiated call of 002 separate', async () => {
    const other = model.contacts.filter((c) => reportedBy(c, '002') && c.mode === 'call');
    expect(other).toHaveLength(1);
    expect(other[0].initiator).toBe('RU');
    expect(other[0].date.value).not.toBe('2025-02-15');
    expect(reportedBy(other[0], '001')).toBe(false);
  });

  it('reports the Riyadh talks of 003 and 004 once, in Riyadh, with both sources', async () => {
    const riyadh = [...model.contacts, ...model.aroundTrack].filter((c) => c.location?.city === 'Riyadh');
    expect(riyadh).toHaveLength(1);
    expect(reportedBy(riyadh[0], '003') && reportedBy(riyadh[0], '004')).toBe(true);
    expect(riyadh[0].status).toBe('held');
    expect(['meeting', 'talks']).toContain(riyadh[0].mode);
    // 004 dates it "February 18"; 003 only says "Tuesday".
    expect(riyadh[0].date.value).toMatch(/02-18$/);
  });

  it('shows the Budapest summit as cancelled', async () => {
    const budapest = model.contacts.filter((c) => c.location?.city === 'Budapest');
    expect(budapest).toHaveLength(1);
    expect(budapest[0].status).toBe('cancelled');
    expect(budapest[0].mode).toBe('summit');
  });

  it('keeps the other meetings 004 lists as separate contacts', async () => {
    const cities = model.contacts.map((c) => c.location?.city).filter(Boolean);
    for (const city of ['Istanbul', 'Kuala Lumpur', 'New York']) expect(cities.filter((c) => c === city)).toHaveLength(1);
  });
});
