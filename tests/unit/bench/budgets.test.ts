import { describe, expect, it } from 'vitest';
import { allMet, BUDGETS, evaluateBudgets } from '../../../bench/budgets.js';
import type { BenchResults } from '../../../bench/lib/results.js';
import { RESULTS_HEADER } from './results-header.js';

const s = (median: number) => ({ median, min: median, max: median, runs: 1 });

function results(overrides: { latency?: number; speedup?: number; merge100k?: number; rss100k?: number; merge10k?: number; extractKiB?: number } = {}): BenchResults {
  const merge = (ms: number, rss: number) => ({ totalMs: s(ms), buildMs: s(ms), renderMs: s(0), peakRssMiB: rss, baselineRssMiB: 100, recordsRssMiB: 90, afterMergeRssMiB: 95, shape: {} });
  const bundle = (kib: number, ms: number) => ({ sizeKiB: kib, sourceMapKiB: null, importMs: s(ms), importMsWithoutSourceMaps: s(ms), largestPackagesKiB: {} });
  const merge10k = overrides.merge10k ?? 500;
  const merge100k = overrides.merge100k ?? 5_000;
  return {
    ...RESULTS_HEADER,
    extraction: {
      corpus: { articles: 1, bytes: 1, words: 1, about1000Words: 1 },
      ours: { articlesPerSec: s(1), mbPerSec: s(1), latencyMs1000Words: s(overrides.latency ?? 2), passMs: s(1), peakRssMiB: 1 },
      speedupVsCompromise: s(overrides.speedup ?? 5),
    },
    merge: { bySize: { '10000': merge(merge10k, 200), '100000': merge(merge100k, overrides.rss100k ?? 800) }, growth10kTo100k: merge100k / merge10k },
    bundles: { esbuild: {}, handlers: { extract: bundle(overrides.extractKiB ?? 300, 80), digest: bundle(400, 90) } },
    errors: [],
  };
}

const statusOf = (r: BenchResults, id: string) => evaluateBudgets(r).find((o) => o.id === id)?.status;

describe('bench budgets', () => {
  it('passes a results file within every budget', () => {
    const outcomes = evaluateBudgets(results());
    expect(outcomes.map((o) => o.status)).toEqual(BUDGETS.map(() => 'met'));
    expect(allMet(outcomes)).toBe(true);
  });

  it('treats the limit itself as a miss for "below" budgets', () => {
    expect(statusOf(results({ latency: 10 }), 'extraction.latency')).toBe('missed');
    expect(statusOf(results({ latency: 9.99 }), 'extraction.latency')).toBe('met');
  });

  it('requires extraction to be strictly faster than the compromise reference', () => {
    expect(statusOf(results({ speedup: 1 }), 'extraction.vs-compromise')).toBe('missed');
    expect(statusOf(results({ speedup: 0.4 }), 'extraction.vs-compromise')).toBe('missed');
  });

  it('misses super-linear growth, a slow or fat 100k merge and an oversized bundle', () => {
    const r = results({ merge10k: 500, merge100k: 6_500, rss100k: 1_100, extractKiB: 640 });
    expect(statusOf(r, 'merge.growth')).toBe('missed'); // 13x
    expect(statusOf(r, 'merge.100k.time')).toBe('met');
    expect(statusOf(r, 'merge.100k.rss')).toBe('missed');
    expect(statusOf(r, 'bundle.extract.size')).toBe('missed');
    expect(allMet(evaluateBudgets(r))).toBe(false);
  });

  it('counts a measurement that is missing from the results as not met', () => {
    const r = results();
    delete r.bundles;
    const outcomes = evaluateBudgets(r);
    expect(outcomes.filter((o) => o.status === 'not measured').map((o) => o.id)).toEqual([
      'bundle.extract.size',
      'bundle.digest.size',
      'bundle.extract.import',
      'bundle.digest.import',
    ]);
    expect(allMet(outcomes)).toBe(false);
  });
});
