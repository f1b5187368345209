/**
 * `npm run preview`: renders the seeds' briefing exactly as the digest would (extract each seed with its
 * manifest metadata → merge → render) into out/preview.html and out/preview.txt, then takes headless Chromium
 * screenshots at 1200 px and 390 px wide (out/preview-1200.png, out/preview-390.png) and at 390 px in dark mode
 * (out/preview-390-dark.png).
 *
 *   npm run preview                          the seeds (seeds/manifest.json)
 *   npm run preview -- --fixture full        a hand-written model from tests/fixtures/briefing/<name>.ts
 *   npm run preview -- --no-screenshots      HTML and text only
 *   npm run preview -- --timezone Asia/Tokyo --now 2026-11-21T07:00:00Z --out out
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../lambdas/core/extract/index.js';
import { buildBriefingModel } from '../lambdas/core/merge/index.js';
import { renderBriefing, type RenderedBriefing } from '../lambdas/core/render/index.js';
import type { BriefingModel } from '../lambdas/core/briefing/model.js';
import type { NormalizedRecord } from '../lambdas/core/record/schema.js';
import { RejectedInputError } from '../lambdas/core/ingest/errors.js';
import { BrowserSession, CHROMIUM_PATH, chromiumAvailable } from '../tests/browser/chromium.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface ManifestEntry {
  file: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
}

async function seedsModel(now: Date): Promise<BriefingModel> {
  const seedsDir = join(ROOT, 'seeds');
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as { articles: ManifestEntry[] };
  const records: NormalizedRecord[] = [];
  let quarantined = 0;
  for (const a of manifest.articles) {
    const bytes = new Uint8Array(readFileSync(join(seedsDir, a.file)));
    try {
      records.push(
        await extractArticle(
          { bytes, bucket: null, key: `incoming/${a.file}`, contentType: 'text/plain', metadata: { outlet: a.outlet, url: a.url, published: a.published } },
          { now },
        ),
      );
    } catch (err) {
      if (!(err instanceof RejectedInputError)) throw err;
      quarantined += 1;
      console.warn(`preview: ${a.file} rejected: ${err.message}`);
    }
  }
  return buildBriefingModel({
    records,
    track: { id: 'US-RU', countries: ['US', 'RU'], name: 'US–Russia' },
    previous: null,
    now,
    stats: { skippedRecords: 0, quarantined },
  });
}

async function fixtureModel(name: string): Promise<BriefingModel> {
  const mod = (await import(`../tests/fixtures/briefing/${name}.js`)) as Record<string, unknown>;
  const model = Object.values(mod).find((v) => typeof v === 'object' && v !== null && (v as BriefingModel).schemaVersion === 1);
  if (!model) throw new Error(`tests/fixtures/briefing/${name}.ts exports no BriefingModel`);
  return model as BriefingModel;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fixture: { type: 'string' },
      out: { type: 'string', default: 'out' },
      timezone: { type: 'string', default: process.env.TIMEZONE || 'Europe/London' },
      now: { type: 'string' },
      'no-screenshots': { type: 'boolean', default: false },
    },
  });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now: "${values.now}" is not a date`);
  const model = values.fixture ? await fixtureModel(values.fixture) : await seedsModel(now);
  const rendered: RenderedBriefing = renderBriefing(model, { timezone: values.timezone! });

  const outDir = resolve(values.out!);
  mkdirSync(outDir, { recursive: true });
  const base = values.fixture ? `preview-${values.fixture}` : 'preview';
  writeFileSync(join(outDir, `${base}.html`), rendered.html);
  writeFileSync(join(outDir, `${base}.txt`), rendered.text);
  writeFileSync(join(outDir, `${base}.json`), JSON.stringify(model, null, 2));
  console.log(`subject: ${rendered.subject}`);
  console.log(`preview: ${rendered.previewText}`);
  console.log(`wrote ${join(values.out!, base)}.html (${Buffer.byteLength(rendered.html)} bytes), .txt (${Buffer.byteLength(rendered.text)} bytes), .json`);

  if (values['no-screenshots']) return;
  if (!chromiumAvailable()) {
    console.warn(`preview: no screenshots: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`);
    return;
  }
  const browser = await BrowserSession.open();
  try {
    const shots: Array<{ width: number; dark: boolean }> = [
      { width: 1200, dark: false },
      { width: 390, dark: false },
      { width: 390, dark: true },
    ];
    for (const { width, dark } of shots) {
      const name = `${base}-${width}${dark ? '-dark' : ''}.png`;
      await browser.withPage(rendered.html, width, async ({ page, requests }) => {
        if (dark) await page.emulateMedia({ colorScheme: 'dark' });
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        if (requests.length) console.warn(`preview: the email tried to load ${requests.join(', ')}`);
      });
      console.log(`wrote ${join(values.out!, name)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
