/**
 * Merge + compose + render for N synthetic records, in its own process so its peak RSS is its own.
 * Records are read line by line from the NDJSON file (bench/records-file.ts) and parsed with the record
 * schema, so this process holds what the digest holds after reading them. The previous briefing (built
 * untimed from 95% of the records; it doubles as the warm-up) is passed in, so "what changed" is computed
 * as in a daily digest. Runs stop early once `--max-seconds` have passed (at least one timed run), so a
 * slow merge cannot push `npm run bench` past its time budget; the results say how many runs were made.
 */
import { buildBriefingModel } from '../../lambdas/core/merge/index.js';
import { renderBriefing } from '../../lambdas/core/render/index.js';
import { parseNormalizedRecord, type NormalizedRecord } from '../../lambdas/core/record/schema.js';
import { ensureRecordsFile, recordLines } from '../records-file.js';
import { BENCH_NOW, BENCH_TRACK } from '../lib/track.js';
import { argValue, collectGarbage, currentRssMiB, runWorker } from '../lib/worker.js';

runWorker(async () => {
  const started = performance.now();
  const count = Number(argValue('records', '1000'));
  const runs = Number(argValue('runs', '5'));
  const maxSeconds = Number(argValue('max-seconds', '600'));
  const records: NormalizedRecord[] = [];
  for await (const line of recordLines(await ensureRecordsFile(count))) records.push(parseNormalizedRecord(JSON.parse(line)));
  if (records.length !== count) throw new Error(`records file holds ${records.length} records, expected ${count}`);
  collectGarbage();
  const recordsRssMiB = currentRssMiB();
  const stats = { skippedRecords: 0, quarantined: 0 };
  const previous = buildBriefingModel({
    records: records.slice(0, Math.floor(count * 0.95)),
    track: BENCH_TRACK,
    previous: null,
    now: new Date(BENCH_NOW.getTime() - 86_400_000),
    stats,
  });
  collectGarbage();
  const baselineRssMiB = currentRssMiB();
  const t0Runs = performance.now();

  let afterMergeRssMiB = 0; // RSS between merge and render in the first run: who holds the memory
  const buildMs: number[] = [];
  const renderMs: number[] = [];
  const totalMs: number[] = [];
  let shape = { contacts: 0, aroundTrack: 0, conditions: 0, openQuestions: 0, sources: 0, families: 0, htmlKiB: 0, textKiB: 0 };
  for (let i = 0; i < runs && (i === 0 || (performance.now() - started) / 1000 < maxSeconds); i++) {
    collectGarbage();
    const t0 = performance.now();
    const model = buildBriefingModel({ records, track: BENCH_TRACK, previous, now: BENCH_NOW, stats });
    const t1 = performance.now();
    if (i === 0) afterMergeRssMiB = currentRssMiB();
    const rendered = renderBriefing(model, { timezone: 'Europe/London' });
    const t2 = performance.now();
    buildMs.push(t1 - t0);
    renderMs.push(t2 - t1);
    totalMs.push(t2 - t0);
    shape = {
      contacts: model.contacts.length,
      aroundTrack: model.aroundTrack.length,
      conditions: model.conditions.length,
      openQuestions: model.openQuestions.length,
      sources: model.sources.length,
      families: model.stats.families,
      htmlKiB: Math.round(Buffer.byteLength(rendered.html) / 1024),
      textKiB: Math.round(Buffer.byteLength(rendered.text) / 1024),
    };
  }
  return { records: count, setupSeconds: (t0Runs - started) / 1000, recordsRssMiB, afterMergeRssMiB, buildMs, renderMs, totalMs, baselineRssMiB, shape };
});
