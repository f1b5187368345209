/** The run header every BenchResults fixture shares: what the figures were measured with, not the figures. */
export const RESULTS_HEADER = {
  schemaVersion: 1,
  generatedAt: '2026-11-22T00:00:00Z',
  command: 'npm run bench',
  durationSeconds: 1,
  machine: { cpuModel: 'test', cores: 2, node: 'v20', platform: 'linux', totalMemoryGiB: 1, loadAverage1m: 0 },
  pinning: null,
  runs: {},
} as const;
