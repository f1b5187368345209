/**
 * Template render time alone (model → subject, preview, HTML, text) for two briefings: the seeds' briefing
 * (seeds extracted and merged untimed, as the demo does) and a 500-contact briefing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../lambdas/core/extract/index.js';
import { buildBriefingModel } from '../../lambdas/core/merge/index.js';
import { renderBriefing } from '../../lambdas/core/render/index.js';
import type { BriefingModel } from '../../lambdas/core/briefing/model.js';
import { syntheticBriefingModel } from '../synthetic-model.js';
import { BENCH_NOW, BENCH_TRACK } from '../lib/track.js';
import { argValue, collectGarbage, runWorker } from '../lib/worker.js';

const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'seeds');

async function seedsModel(): Promise<BriefingModel> {
  const manifest = JSON.parse(readFileSync(path.join(SEEDS, 'manifest.json'), 'utf8')) as {
    articles: Array<{ file: string; url: string | null; outlet: string | null; published: string | null }>;
  };
  const records = [];
  for (const a of manifest.articles) {
    records.push(await extractArticle(
      { bytes: readFileSync(path.join(SEEDS, a.file)), bucket: 'bench-bucket', key: `incoming/${a.file}`, contentType: 'text/plain', metadata: { url: a.url, outlet: a.outlet, published: a.published } },
      { now: BENCH_NOW },
    ));
  }
  return buildBriefingModel({ records, track: BENCH_TRACK, previous: null, now: BENCH_NOW, stats: { skippedRecords: 0, quarantined: 0 } });
}

function timeRender(model: BriefingModel, runs: number, maxSeconds: number) {
  const started = performance.now();
  for (let i = 0; i < 3; i++) renderBriefing(model, { timezone: 'Europe/London' }); // warm-up: template compile caches, JIT
  const ms: number[] = [];
  let htmlBytes = 0;
  for (let i = 0; i < runs && (i < 3 || (performance.now() - started) / 1000 < maxSeconds); i++) {
    collectGarbage();
    const t = performance.now();
    const out = renderBriefing(model, { timezone: 'Europe/London' });
    ms.push(performance.now() - t);
    htmlBytes = Buffer.byteLength(out.html);
  }
  return { ms, contacts: model.contacts.length, htmlKiB: Math.round(htmlBytes / 1024) };
}

runWorker(async () => {
  const runs = Number(argValue('runs', '20'));
  // Split between the two briefings; each gets at least three timed runs.
  const maxSeconds = Number(argValue('max-seconds', '600')) / 2;
  return { seeds: timeRender(await seedsModel(), runs, maxSeconds), contacts500: timeRender(syntheticBriefingModel(500), runs, maxSeconds) };
});
