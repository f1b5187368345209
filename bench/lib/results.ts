/** Shape of bench/results.json (written by bench/run.ts, read by bench/check.ts and docs). */
import type { MachineInfo } from './machine.js';
import type { Summary } from './stats.js';

export interface ExtractionEngineResult {
  articlesPerSec: Summary;
  mbPerSec: Summary;
  latencyMs1000Words: Summary;
  passMs: Summary;
  peakRssMiB: number;
}

export interface BundleResult {
  sizeKiB: number;
  /** The part of the bundle the SDK floor bundle does not also contain: our code and the libraries only it uses. */
  sizeWithoutSdkKiB?: number;
  sourceMapKiB: number | null;
  /** Cold import with the deployed NODE_OPTIONS (see BenchResults.bundles.nodeOptions). */
  importMs: Summary;
  /** The same with --enable-source-maps added, for comparison. */
  importMsEnableSourceMaps?: Summary;
  /** Results written before the functions dropped --enable-source-maps: importMs was with it, this without. */
  importMsWithoutSourceMaps?: Summary;
  largestPackagesKiB: Record<string, number>;
  /** What a cold start parses: the entry module and the chunks it imports statically (sizeKiB is every code file). */
  coldStartKiB?: number;
  /** Chunks with our code loaded on first use (the extractor's HTML reader): size, and entry + chunks imported cold. */
  onDemand?: { kiB: number; sources: string[]; importMs: Summary };
}

/** The S3 and SES clients and commands the Lambda code uses, bundled alone: the SDK's share of every budget. */
export interface SdkFloorResult {
  /** The SDK clients and commands bundled (those the Lambda code imports). */
  classes: string[];
  sizeKiB: number;
  importMs: Summary;
  importMsEnableSourceMaps: Summary;
}

export interface MergeResult {
  totalMs: Summary;
  buildMs: Summary;
  renderMs: Summary;
  peakRssMiB: number;
  /** RSS with the parsed records and the previous briefing in memory, before the first timed run. */
  baselineRssMiB: number;
  /** RSS with only the parsed records in memory. */
  recordsRssMiB: number;
  /** RSS right after buildBriefingModel in the first run, before rendering. */
  afterMergeRssMiB: number;
  shape: Record<string, number>;
}

export interface DigestSizeResult {
  loadSeconds: number;
  peakRssMiB: number;
  shape: Record<string, number>;
  /** recordsPerSec: records / whole invocation; readRecordsPerSec: records / read phase (LIST + every GET). */
  concurrency: Record<string, { recordsPerSec: Summary; readRecordsPerSec: Summary; ms: Summary }>;
}

export interface RenderResult {
  ms: Summary;
  contacts: number;
  htmlKiB: number;
}

export interface BenchResults {
  schemaVersion: 1;
  generatedAt: string;
  command: string;
  durationSeconds: number;
  machine: MachineInfo;
  /** CPU the measurement processes were pinned to (and the S3 emulator's), or null when not pinned. */
  pinning: { measurementCpu: number; serverCpu: number } | null;
  /** Repetitions per measurement, as run. */
  runs: Record<string, number | string>;
  extraction?: {
    corpus: { articles: number; bytes: number; words: number; about1000Words: number };
    ours: ExtractionEngineResult;
    compromise?: ExtractionEngineResult;
    /** compromise pass time / our pass time (medians); min/max pair the extremes conservatively. */
    speedupVsCompromise?: Summary;
  };
  merge?: { bySize: Record<string, MergeResult>; growth10kTo100k?: number };
  digest?: { bySize: Record<string, DigestSizeResult>; serverInSeparateProcess: boolean };
  bundles?: {
    esbuild: Record<string, unknown>;
    /** NODE_OPTIONS of the deployed functions, used for importMs; absent in older results (then --enable-source-maps). */
    nodeOptions?: string;
    handlers: Record<string, BundleResult>;
    sdkFloor?: SdkFloorResult;
  };
  render?: { seeds: RenderResult; contacts500: RenderResult; peakRssMiB: number };
  errors: Array<{ measurement: string; error: string }>;
}
