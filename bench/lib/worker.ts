/**
 * Protocol between bench/run.ts and one measurement process: the worker prints exactly one line
 * `BENCH_RESULT <json>` on stdout, with its own peak RSS, so memory is attributed per measurement.
 */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/** Peak resident set size of this process so far, in MiB (Linux reports maxRSS in KiB). */
export function peakRssMiB(): number {
  return Number((process.resourceUsage().maxRSS / 1024).toFixed(1));
}

export function currentRssMiB(): number {
  return Number((process.memoryUsage().rss / 1024 ** 2).toFixed(1));
}

export function emitResult(result: Record<string, unknown>): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...result, peakRssMiB: peakRssMiB() })}\n`);
}

/** Full collection between runs when the process was started with --expose-gc, so one run's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** `--name value` pairs from argv. */
export function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

export function runWorker(main: () => Promise<Record<string, unknown>>): void {
  main().then(
    (result) => {
      emitResult(result);
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exit(1);
    },
  );
}
