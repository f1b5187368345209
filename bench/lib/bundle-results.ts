/** Turns the bundle worker's raw output (bench/workers/bundle.ts) into the results-file shape, with summaries. */
import type { BenchResults, BundleResult } from './results.js';
import { summarize } from './stats.js';

type Raw = Record<string, unknown>;

function onDemandResult(raw: Raw | undefined): BundleResult['onDemand'] {
  if (!raw) return undefined;
  return { kiB: raw.kiB as number, sources: raw.sources as string[], importMs: summarize(raw.importMs as number[], 1) };
}

export function bundleResults(raw: Raw): NonNullable<BenchResults['bundles']> {
  const handlers: Record<string, BundleResult> = {};
  for (const [name, h] of Object.entries(raw.handlers as Record<string, Raw>)) {
    handlers[name] = {
      sizeKiB: h.sizeKiB as number,
      sizeWithoutSdkKiB: h.sizeWithoutSdkKiB as number,
      sourceMapKiB: h.sourceMapKiB as number | null,
      importMs: summarize(h.importMs as number[], 1),
      importMsEnableSourceMaps: summarize(h.importMsEnableSourceMaps as number[], 1),
      largestPackagesKiB: h.largestPackagesKiB as Record<string, number>,
      coldStartKiB: h.coldStartKiB as number | undefined,
      onDemand: onDemandResult(h.onDemand as Raw | undefined),
    };
  }
  const floor = raw.sdkFloor as Raw;
  return {
    esbuild: raw.esbuild as Record<string, unknown>,
    nodeOptions: raw.nodeOptions as string,
    handlers,
    sdkFloor: {
      classes: floor.classes as string[],
      sizeKiB: floor.sizeKiB as number,
      importMs: summarize(floor.importMs as number[], 1),
      importMsEnableSourceMaps: summarize(floor.importMsEnableSourceMaps as number[], 1),
    },
  };
}
