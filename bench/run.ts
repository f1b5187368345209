/**
 * `npm run bench`: every measurement in a fresh Node process of its own (so peak RSS is per measurement),
 * run one after another, each pinned to one CPU when `taskset` is available (BENCH_PIN=0 turns that off).
 * Prints a markdown table, writes bench/results.json and bench/results.md.
 *
 *   npm run bench                       full run (about 5–8 min on 2 cores)
 *   npm run bench -- --quick            fewer repetitions, smaller digest; writes .tmp/bench/results.quick.json
 *   npm run bench -- --only merge,render   some measurements; writes .tmp/bench/results.partial.json
 *   npm run bench -- --out FILE         write the results elsewhere
 * Measurements: bundles, extraction, render, merge, digest.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { machineInfo } from './lib/machine.js';
import { bundleResults } from './lib/bundle-results.js';
import type { BenchResults, ExtractionEngineResult, MergeResult } from './lib/results.js';
import { median, summarize, type Summary } from './lib/stats.js';
import { formatResultsTable } from './lib/table.js';
import { RESULT_PREFIX } from './lib/worker.js';
import { evaluateBudgets } from './budgets.js';
import { formatBudgetTable } from './lib/table.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('quick');
const only = option('only')?.split(',').map((s) => s.trim());
const selected = (name: string) => !only || only.includes(name);
const outFile = path.resolve(option('out') ?? (quick ? '.tmp/bench/results.quick.json' : only ? '.tmp/bench/results.partial.json' : 'bench/results.json'));

/** Repetitions: the full run fits in 10 minutes on 2 cores; the slow cases get fewer (stated in the table's runs column). */
const RUNS = quick
  ? { imports: 3, extraction: 2, compromise: 1, render: 5, merge1k: 2, merge10k: 2, merge100k: 1, digestSizes: '300,1000', digestRuns: '1,1' }
  : { imports: 10, extraction: 7, compromise: 3, render: 20, merge1k: 7, merge10k: 5, merge100k: 3, digestSizes: '1000,10000', digestRuns: '3,1' };
/**
 * Wall-clock allowance per measurement process: repetitions after the first stop once it is spent, so slow
 * code yields fewer runs (the table shows how many) instead of a bench that outlasts its 10-minute budget.
 */
const MAX_SECONDS = { extraction: 45, compromise: 60, render: 30, merge1k: 30, merge10k: 60, merge100k: 120, digestPerSize: 60 };

const machine = machineInfo();
const canPin = process.env.BENCH_PIN !== '0' && machine.cores >= 2 && spawnSync('taskset', ['-V']).status === 0;
const pinning = canPin ? { measurementCpu: 1, serverCpu: 0 } : null;

interface WorkerOutcome {
  result: Record<string, unknown> | null;
  error: string | null;
  seconds: number;
}

function runWorker(label: string, script: string, workerArgs: string[], timeoutSeconds: number): Promise<WorkerOutcome> {
  const node = [process.execPath, '--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench', 'workers', script), ...workerArgs];
  const [cmd, ...cmdArgs] = pinning ? ['taskset', '-c', String(pinning.measurementCpu), ...node] : node;
  const env = { ...process.env, ...(pinning ? { BENCH_SERVER_CPU: String(pinning.serverCpu) } : {}) };
  process.stderr.write(`▶ ${label} … `);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) {
        process.stderr.write(`${seconds.toFixed(1)} s\n`);
        resolve({ result: JSON.parse(line.slice(RESULT_PREFIX.length)) as Record<string, unknown>, error: null, seconds });
        return;
      }
      const why = signal === 'SIGKILL' ? `timed out after ${timeoutSeconds} s` : `exited with ${code ?? signal}`;
      const detail = stderr.split('\n').filter((l) => l.trim() && !/NodeVersionSupportWarning|node >=22|a\.co\/|upgrade to node|trace-warnings|receiving updates|published after/.test(l)).slice(0, 12).join('\n');
      process.stderr.write(`FAILED (${why})\n${detail}\n`);
      resolve({ result: null, error: `${why}: ${detail}`, seconds });
    });
  });
}

const S = (values: unknown, digits?: number): Summary => summarize(values as number[], digits);

async function main() {
  const started = performance.now();
  const results: BenchResults = {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    durationSeconds: 0,
    machine,
    pinning,
    runs: { ...RUNS, ...Object.fromEntries(Object.entries(MAX_SECONDS).map(([k, v]) => [`${k}MaxSeconds`, v])) },
    errors: [],
  };
  const fail = (measurement: string, error: string | null) => results.errors.push({ measurement, error: error ?? 'unknown error' });
  console.error(`Bench on ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage1m}${pinning ? `, pinned to CPU ${pinning.measurementCpu}` : ''}`);

  if (selected('bundles')) {
    const { result, error } = await runWorker('bundles: esbuild + cold import of each handler', 'bundle.ts', ['--imports', String(RUNS.imports)], 300);
    if (result) results.bundles = bundleResults(result);
    else fail('bundles', error);
  }

  if (selected('extraction')) {
    const engine = (r: Record<string, unknown>): ExtractionEngineResult => ({
      articlesPerSec: S(r.articlesPerSec, 1),
      mbPerSec: S(r.mbPerSec, 3),
      latencyMs1000Words: S(r.latencyMs1000Words, 3),
      passMs: S(r.passMs, 1),
      peakRssMiB: r.peakRssMiB as number,
    });
    const ours = await runWorker('extraction: extractArticle over the corpus', 'extraction.ts', ['--engine', 'ours', '--runs', String(RUNS.extraction), '--max-seconds', String(MAX_SECONDS.extraction)], 300);
    const ref = await runWorker('extraction: compromise nlp() over the same corpus', 'extraction.ts', ['--engine', 'compromise', '--runs', String(RUNS.compromise), '--max-seconds', String(MAX_SECONDS.compromise)], 400);
    if (ours.result) {
      results.extraction = { corpus: ours.result.corpus as NonNullable<BenchResults['extraction']>['corpus'], ours: engine(ours.result) };
      if (ref.result) {
        const a = ours.result.passMs as number[];
        const b = ref.result.passMs as number[];
        results.extraction.compromise = engine(ref.result);
        results.extraction.speedupVsCompromise = {
          median: Number((median(b) / median(a)).toFixed(2)),
          min: Number((Math.min(...b) / Math.max(...a)).toFixed(2)),
          max: Number((Math.max(...b) / Math.min(...a)).toFixed(2)),
          runs: Math.min(a.length, b.length),
        };
      }
    } else fail('extraction', ours.error);
    if (!ref.result) fail('extraction (compromise reference)', ref.error);
  }

  if (selected('render')) {
    const { result, error } = await runWorker('render: seeds briefing and 500-contact briefing', 'render.ts', ['--runs', String(RUNS.render), '--max-seconds', String(MAX_SECONDS.render)], 300);
    if (result) {
      const part = (p: Record<string, unknown>) => ({ ms: S(p.ms, 3), contacts: p.contacts as number, htmlKiB: p.htmlKiB as number });
      results.render = { seeds: part(result.seeds as Record<string, unknown>), contacts500: part(result.contacts500 as Record<string, unknown>), peakRssMiB: result.peakRssMiB as number };
    } else fail('render', error);
  }

  if (selected('merge')) {
    const bySize: Record<string, MergeResult> = {};
    const sizes = [[1_000, RUNS.merge1k, MAX_SECONDS.merge1k], [10_000, RUNS.merge10k, MAX_SECONDS.merge10k], [100_000, RUNS.merge100k, MAX_SECONDS.merge100k]] as const;
    for (const [size, runs, maxSeconds] of sizes) {
      const file = await runWorker(`records: ${size.toLocaleString('en-US')} synthetic records file`, 'generate-records.ts', ['--records', String(size)], 300);
      if (!file.result) {
        fail(`merge ${size}`, `generating records: ${file.error}`);
        continue;
      }
      const { result, error } = await runWorker(`merge: ${size.toLocaleString('en-US')} records`, 'merge.ts', ['--records', String(size), '--runs', String(runs), '--max-seconds', String(maxSeconds)], maxSeconds * 3 + 120);
      if (result) {
        bySize[size] = {
          totalMs: S(result.totalMs, 1),
          buildMs: S(result.buildMs, 1),
          renderMs: S(result.renderMs, 1),
          peakRssMiB: result.peakRssMiB as number,
          baselineRssMiB: result.baselineRssMiB as number,
          recordsRssMiB: result.recordsRssMiB as number,
          afterMergeRssMiB: result.afterMergeRssMiB as number,
          shape: result.shape as Record<string, number>,
        };
      } else fail(`merge ${size}`, error);
    }
    const k10 = bySize['10000'];
    const k100 = bySize['100000'];
    results.merge = { bySize, growth10kTo100k: k10 && k100 ? Number((k100.totalMs.median / k10.totalMs.median).toFixed(2)) : undefined };
  }

  if (selected('digest')) {
    const largest = String(Math.max(...RUNS.digestSizes.split(',').map(Number)));
    const file = await runWorker(`records: ${largest} synthetic records file`, 'generate-records.ts', ['--records', largest], 300);
    const { result, error } = file.result
      ? await runWorker(
          `digest: end to end against embedded S3/SES, ${RUNS.digestSizes} records`,
          'digest.ts',
          ['--sizes', RUNS.digestSizes, '--runs', RUNS.digestRuns, '--concurrency', '1,16,64', '--max-seconds', String(MAX_SECONDS.digestPerSize)],
          1200,
        )
      : { result: null, error: `generating records: ${file.error}` };
    if (result) {
      const bySize: NonNullable<BenchResults['digest']>['bySize'] = {};
      for (const [size, s] of Object.entries(result.bySize as Record<string, Record<string, unknown>>)) {
        const concurrency: NonNullable<BenchResults['digest']>['bySize'][string]['concurrency'] = {};
        for (const [c, v] of Object.entries(s.byConcurrency as Record<string, { ms: number[]; recordsPerSec: number[]; readRecordsPerSec: number[] }>)) {
          concurrency[c] = { recordsPerSec: S(v.recordsPerSec, 1), readRecordsPerSec: S(v.readRecordsPerSec, 1), ms: S(v.ms, 1) };
        }
        bySize[size] = { loadSeconds: Number((s.loadSeconds as number).toFixed(1)), peakRssMiB: s.peakRssMiB as number, shape: s.shape as Record<string, number>, concurrency };
      }
      results.digest = { bySize, serverInSeparateProcess: true };
    } else fail('digest', error);
  }

  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  const table = formatResultsTable(results);
  const budgets = formatBudgetTable(evaluateBudgets(results));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(outFile.replace(/\.json$/, '.md'), `${table}\n\n${budgets}\n`);
  console.log(`${table}\n\n${budgets}\n\nWrote ${path.relative(process.cwd(), outFile)} (and .md). Check budgets: npm run bench:check${outFile.endsWith('bench/results.json') ? '' : ` -- ${path.relative(process.cwd(), outFile)}`}`);
  if (results.errors.length > 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
