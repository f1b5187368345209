import { describe, expect, it } from 'vitest';
import { bundleResults } from '../../../bench/lib/bundle-results.js';
import type { BenchResults } from '../../../bench/lib/results.js';
import { RESULTS_HEADER } from './results-header.js';
import { formatBundleContext, formatResultsTable } from '../../../bench/lib/table.js';

const raw = {
  handlers: {
    digest: { sizeKiB: 575.8, sizeWithoutSdkKiB: 231.8, sourceMapKiB: 942.5, largestPackagesKiB: { '@smithy/core': 119 }, importMs: [120, 110, 130], importMsEnableSourceMaps: [150, 140, 160] },
  },
  sdkFloor: { classes: ['S3Client', 'SESClient', 'SendEmailCommand'], sizeKiB: 343.3, importMs: [80, 70, 90], importMsEnableSourceMaps: [95, 90, 99] },
  nodeOptions: '',
  esbuild: { format: 'esm', target: 'node24', minify: true, charset: 'utf8' },
};

function results(bundles: BenchResults['bundles']): BenchResults {
  return {
    ...RESULTS_HEADER,
    bundles,
    errors: [],
  };
}

describe('bundle figures in the bench report', () => {
  it('summarizes the worker output, SDK floor included', () => {
    const b = bundleResults(raw);
    expect(b.handlers.digest.importMs).toEqual({ median: 120, min: 110, max: 130, runs: 3 });
    expect(b.handlers.digest.sizeWithoutSdkKiB).toBe(231.8);
    expect(b.sdkFloor?.importMs.median).toBe(80);
    expect(b.nodeOptions).toBe('');
  });

  it('shows the SDK floor and each handler without it next to the handler rows', () => {
    const table = formatResultsTable(results(bundleResults(raw)));
    expect(table).toContain('| AWS SDK floor (S3 + SES clients alone), KiB | 343 |');
    expect(table).toContain('| AWS SDK floor, cold import ms (no NODE_OPTIONS) | 80.0 | 70.0 | 90.0 |');
    expect(table).toContain('| digest handler without the SDK floor, KiB | 232 |');
    expect(table).toContain('| digest handler, cold import ms (no NODE_OPTIONS) | 120 | 110 | 130 | 3 runs; with --enable-source-maps 150 ms |');
  });

  it('still reads results written when the functions ran with --enable-source-maps', () => {
    const s = (median: number) => ({ median, min: median, max: median, runs: 1 });
    const legacy = { esbuild: { format: 'esm', target: 'node24', minify: true }, handlers: { digest: { sizeKiB: 732, sourceMapKiB: 1209, importMs: s(379), importMsWithoutSourceMaps: s(343), largestPackagesKiB: {} } } };
    const table = formatResultsTable(results(legacy));
    expect(table).toContain('| digest handler, cold import ms (--enable-source-maps) | 379 |');
    expect(table).toContain('without source maps 343 ms');
    expect(formatBundleContext(legacy)).toBeNull();
  });

  it('gives the budget check the SDK share of each bundle', () => {
    expect(formatBundleContext(bundleResults(raw))).toBe(
      'Context for the bundle budgets: the AWS SDK floor (S3 + SES clients alone) is 343 KiB and imports in 80.0 ms (median); digest 576 KiB of which 232 KiB not SDK, 120 ms.',
    );
  });
});
