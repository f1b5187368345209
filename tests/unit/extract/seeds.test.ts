/**
 * Expectations on the five seed articles, written from a careful reading of them (not from the
 * extractor's output). Each article is run as the pipeline runs it: bytes plus the manifest's metadata.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lambdas/core/extract/index.js';
import { parseNormalizedRecord, type Contact, type NormalizedRecord } from '../../../lambdas/core/record/schema.js';
import { NOW } from './helpers.js';

interface ManifestEntry {
  file: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
}
const seedsDir = new URL('../../../seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seedsDir), 'utf8')) as { articles: ManifestEntry[] };

async function run(prefix: string): Promise<NormalizedRecord> {
  const entry = manifest.articles.find((a) => a.file.startsWith(prefix))!;
  const record = (await extractArticle(
    {
      bytes: readFileSync(new URL(entry.file, seedsDir)),
      bucket: 'bucket',
      key: `incoming/${entry.file}`,
      contentType: 'text/plain',
      metadata: { published: entry.published, url: entry.url, outlet: entry.outlet },
    },
    { now: NOW },
  ));
  return parseNormalizedRecord(record);
}

const names = (c: Contact) => c.participants.map((p) => p.name).sort();
const isPair = (a: string, b: string) => (c: Contact) => names(c).includes(a) && names(c).includes(b);
const rubioLavrov = isPair('Marco Rubio', 'Sergey Lavrov');
const trumpPutin = isPair('Donald Trump', 'Vladimir Putin');
// Extracted once at load (describe blocks cannot await).
const seed: Record<string, NormalizedRecord> = Object.fromEntries(
  await Promise.all(['000', '001', '002', '003', '004'].map(async (prefix) => [prefix, await run(prefix)])),
);
const allText = (r: NormalizedRecord) => JSON.stringify([r.contacts, r.conditions, r.openQuestions]);

describe('seed 000 (EconoTimes, no published date)', () => {
  const r = seed['000'];
  it('finds the Rubio–Lavrov call on Saturday, initiated by the U.S., date left unresolved', async () => {
    const calls = r.contacts.filter(rubioLavrov);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ mode: 'call', status: 'held', initiator: 'US', countries: ['RU', 'US'] });
    expect(calls[0].date).toEqual({ value: null, precision: 'unknown', text: 'Saturday', basis: 'unknown' });
  });
  it('keeps the expert meeting that "will be scheduled" as an open question', async () => {
    expect(r.openQuestions.some((q) => /expert meeting will be scheduled/.test(q.text))).toBe(true);
  });
  it('does not count Biden’s pre-invasion contact, and the trailing headline list adds nothing', async () => {
    expect(r.contacts.some((c) => names(c).includes('Joe Biden'))).toBe(false);
    expect(allText(r)).not.toMatch(/Marijuana|Taiwan|Odesa|Bolsonaro|Hassett/);
  });
});

describe('seed 001 (Devdiscourse, published 2025-02-16)', () => {
  const r = seed['001'];
  it('uses the metadata published date', async () => {
    expect(r.published).toEqual({ date: '2025-02-16', source: 'metadata' });
    expect(r.source.outlet).toBe('Devdiscourse');
  });
  it('resolves "on Saturday" to 2025-02-15 for the U.S.-initiated Rubio–Lavrov call', async () => {
    const calls = r.contacts.filter(rubioLavrov);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ mode: 'call', status: 'held', initiator: 'US' });
    expect(calls[0].date).toEqual({ value: '2025-02-15', precision: 'day', text: 'Saturday', basis: 'relative' });
  });
  it('sees the upcoming Putin–Trump meeting as planned, and the 2022 Putin–Biden call as history', async () => {
    expect(r.contacts.some((c) => trumpPutin(c) && c.status === 'planned')).toBe(true);
    expect(r.contacts.some((c) => names(c).includes('Joe Biden'))).toBe(false);
  });
  it('drops the TRENDING block and footer', async () => {
    expect(allText(r)).not.toMatch(/DOGE|Eric Adams|UNIFIL|Newsletter/);
  });
  it('finds the published date in the text when metadata is missing', async () => {
    const entry = manifest.articles.find((a) => a.file.startsWith('001'))!;
    const record = (await extractArticle({ bytes: readFileSync(new URL(entry.file, seedsDir)), bucket: null, key: entry.file, contentType: null, metadata: {} }, { now: NOW }));
    expect(record.published).toEqual({ date: '2025-02-16', source: 'text' });
  });
});

describe('seed 002 (undated)', () => {
  const r = seed['002'];
  it('finds one Rubio–Lavrov call initiated by the Russian side', async () => {
    const calls = r.contacts.filter(rubioLavrov);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ mode: 'call', status: 'held', initiator: 'RU' });
  });
  it('keeps Lavrov’s conditions: neutrality, no NATO membership, recognition of annexation', async () => {
    const lavrov = r.conditions.filter((c) => c.actor.name === 'Sergey Lavrov');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0].actor.country).toBe('RU');
    expect(lavrov[0].text).toMatch(/Ukraine must commit to neutrality/);
    expect(lavrov[0].text).toMatch(/reject NATO membership/);
    expect(lavrov[0].text).toMatch(/recognize Russia’s annexation/);
  });
  it('Trump urging Putin to engage in talks is a demand, not a Trump–Putin contact', async () => {
    expect(r.contacts.some(trumpPutin)).toBe(false);
    expect(r.conditions.some((c) => c.actor.name === 'Donald Trump' && /halt hostilities/.test(c.text))).toBe(true);
  });
});

describe('seed 003 (USLive, no published date)', () => {
  const r = seed['003'];
  it('finds the Rubio–Lavrov talks on Tuesday at the Diriyah Palace in Riyadh, Saudi Arabia hosting', async () => {
    const talks = r.contacts.filter(rubioLavrov);
    expect(talks).toHaveLength(1);
    expect(talks[0].status).toBe('held');
    expect(['talks', 'meeting']).toContain(talks[0].mode);
    expect(talks[0].date).toEqual({ value: null, precision: 'unknown', text: 'Tuesday', basis: 'unknown' });
    expect(talks[0].location).toEqual({ city: 'Riyadh', venue: 'Diriyah Palace', country: 'SA' });
  });
  it('sees the future Trump–Putin summit as planned with no date set (an open question)', async () => {
    expect(r.contacts.some((c) => trumpPutin(c) && c.mode === 'summit' && c.status === 'planned')).toBe(true);
    expect(r.openQuestions.some((q) => /no date has been set/.test(q.text))).toBe(true);
  });
  it('keeps the stated conditions with their speakers and quotes', async () => {
    const zelenskyy = r.conditions.find((c) => c.actor.name === 'Volodymyr Zelenskyy');
    expect(zelenskyy?.text).toMatch(/reject any agreements made without its direct involvement/);
    expect(zelenskyy?.actor.country).toBe('UA');
    const rubio = r.conditions.find((c) => c.actor.name === 'Marco Rubio' && /concessions from all sides/.test(c.text));
    expect(rubio?.quote).toBe('concessions from all sides');
    const macron = r.conditions.find((c) => c.actor.name === 'Emmanuel Macron');
    expect(macron?.text).toBe('Russia must end its aggression');
    expect(macron?.quote).toMatch(/Russia must end its aggression/);
  });
  it('keeps the closing question', async () => {
    expect(r.openQuestions.some((q) => /will these talks bring real progress/.test(q.text))).toBe(true);
  });
  it('does not count the Lavrov–Blinken G-20 encounter or the Arab League summit', async () => {
    expect(r.contacts.some((c) => names(c).includes('Antony Blinken'))).toBe(false);
    expect(r.contacts.some((c) => c.mode === 'summit' && c.countries.includes('SA'))).toBe(false);
  });
});

describe('seed 004 (Internewscast, no published date)', () => {
  const r = seed['004'];
  const rl = r.contacts.filter(rubioLavrov);
  it('finds Lavrov’s proposed face-to-face meeting with Rubio, initiated by Russia', async () => {
    expect(rl.find((c) => c.status === 'proposed')).toMatchObject({ mode: 'meeting', initiator: 'RU' });
  });
  it('finds the held meetings in Riyadh, Istanbul and Kuala Lumpur with month-day precision', async () => {
    const held = rl.filter((c) => c.status === 'held').map((c) => [c.date.value, c.date.precision, c.location?.city]);
    expect(held).toEqual(
      expect.arrayContaining([
        ['--02-18', 'month-day', 'Riyadh'],
        ['--02-27', 'month-day', 'Istanbul'],
        ['--07-10', 'month-day', 'Kuala Lumpur'],
      ]),
    );
  });
  it('finds the September 24 meeting at the U.N. General Assembly in New York', async () => {
    const unga = r.contacts.find((c) => c.date.value === '--09-24');
    expect(unga).toMatchObject({ status: 'held', location: { city: 'New York', venue: 'U.N. General Assembly', country: 'US' } });
    expect(unga?.countries).toEqual(['RU', 'US']);
    expect(unga?.participants.map((p) => p.name)).toContain('Marco Rubio');
  });
  it('finds the cancelled Trump–Putin summit in Budapest; October 31 dates the cancellation, not the summit', async () => {
    const budapest = r.contacts.find(trumpPutin);
    expect(budapest).toMatchObject({ mode: 'summit', status: 'cancelled', location: { city: 'Budapest', country: 'HU' } });
    expect(budapest?.date).toMatchObject({ value: null, precision: 'unknown' });
  });
  it('keeps Lavrov’s conditions and the unanswered request for comment', async () => {
    const lavrov = r.conditions.filter((c) => c.actor.name === 'Sergey Lavrov');
    expect(lavrov.some((c) => /territorial integrity of Russia/.test(c.text) && /Crimea, Donbas/.test(c.quote ?? ''))).toBe(true);
    expect(lavrov.some((c) => /waiting for U\.S\. confirmation/.test(c.text) && /Anchorage agreements/.test(c.text))).toBe(true);
    expect(r.openQuestions.some((q) => /did not respond to a request for comment/.test(q.text))).toBe(true);
  });
  it('ignores the 2017 Hamburg and 2023 Pyongyang captions and the You May Also Like list', async () => {
    expect(r.contacts.some((c) => c.location?.city === 'Hamburg' || c.location?.city === 'Pyongyang')).toBe(false);
    expect(r.contacts.some((c) => c.countries.includes('KP') || c.countries.includes('DE'))).toBe(false);
    expect(allText(r)).not.toMatch(/2017|2023|Choe Son Hui|Barbie|Berkeley|Maduro|Rose Garden/);
  });
  it('has exactly the contacts a reader finds in the article', async () => {
    expect(r.contacts).toHaveLength(6);
  });
});

describe('all seeds', () => {
  it('evidence offsets point into the cleaned text the record was built from', async () => {
    const { prepareDocument } = await import('../../../lambdas/core/ingest/document.js');
    for (const entry of manifest.articles) {
      const bytes = readFileSync(new URL(entry.file, seedsDir));
      const doc = (await prepareDocument(bytes, entry.file, null));
      const record = (await run(entry.file.slice(0, 3)));
      const evidence = [...record.contacts, ...record.conditions, ...record.openQuestions].flatMap((x) => x.evidence);
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) expect(doc.cleanedText.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
