/**
 * The speed and size budgets of the product (issue "Benchmarks"), as data, and the pure comparison of a
 * results file against them. `npm run bench:check` prints this and exits non-zero when any budget is missed
 * or was not measured.
 */
import type { BenchResults } from './lib/results.js';

export interface Budget {
  id: string;
  label: string;
  unit: string;
  limit: number;
  /** "below": value must be < limit; "above": value must be > limit. */
  direction: 'below' | 'above';
  value(results: BenchResults): number | undefined;
}

export type BudgetStatus = 'met' | 'missed' | 'not measured';

export interface BudgetOutcome {
  id: string;
  label: string;
  unit: string;
  limit: number;
  direction: 'below' | 'above';
  value: number | null;
  status: BudgetStatus;
}

export const BUDGETS: readonly Budget[] = [
  { id: 'extraction.latency', label: 'Extraction, median per ~1,000-word article', unit: 'ms', limit: 10, direction: 'below', value: (r) => r.extraction?.ours.latencyMs1000Words.median },
  { id: 'extraction.vs-compromise', label: 'Extraction speed-up over compromise nlp()', unit: 'x', limit: 1, direction: 'above', value: (r) => r.extraction?.speedupVsCompromise?.median },
  { id: 'merge.100k.time', label: 'Merge + compose + render, 100k records', unit: 'ms', limit: 10_000, direction: 'below', value: (r) => r.merge?.bySize['100000']?.totalMs.median },
  { id: 'merge.100k.rss', label: 'Merge + compose + render, 100k records, peak RSS', unit: 'MiB', limit: 1024, direction: 'below', value: (r) => r.merge?.bySize['100000']?.peakRssMiB },
  { id: 'merge.growth', label: 'Merge growth 10k → 100k records (time ratio)', unit: 'x', limit: 12, direction: 'below', value: (r) => r.merge?.growth10kTo100k },
  { id: 'bundle.extract.size', label: 'Extract handler bundle (minified)', unit: 'KiB', limit: 500, direction: 'below', value: (r) => r.bundles?.handlers.extract?.sizeKiB },
  { id: 'bundle.digest.size', label: 'Digest handler bundle (minified)', unit: 'KiB', limit: 500, direction: 'below', value: (r) => r.bundles?.handlers.digest?.sizeKiB },
  { id: 'bundle.extract.import', label: 'Extract handler cold import, median of fresh processes', unit: 'ms', limit: 150, direction: 'below', value: (r) => r.bundles?.handlers.extract?.importMs.median },
  { id: 'bundle.digest.import', label: 'Digest handler cold import, median of fresh processes', unit: 'ms', limit: 150, direction: 'below', value: (r) => r.bundles?.handlers.digest?.importMs.median },
];

export function evaluateBudgets(results: BenchResults, budgets: readonly Budget[] = BUDGETS): BudgetOutcome[] {
  return budgets.map((b) => {
    const raw = b.value(results);
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const status: BudgetStatus = value === null ? 'not measured' : (b.direction === 'below' ? value < b.limit : value > b.limit) ? 'met' : 'missed';
    return { id: b.id, label: b.label, unit: b.unit, limit: b.limit, direction: b.direction, value, status };
  });
}

export function allMet(outcomes: readonly BudgetOutcome[]): boolean {
  return outcomes.every((o) => o.status === 'met');
}
