/**
 * Lambda package and cold import: bundles each handler with the infra's esbuild options into .tmp/bench/,
 * reports the code size (the .mjs/.js Lambda loads; the source map is reported apart), then imports the
 * bundle `--imports` times, each in a fresh `node` process with the deployed NODE_OPTIONS
 * (--enable-source-maps), timing `import()`; the same without source maps is reported for comparison.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { infraBundling } from '../lib/infra-bundling.js';
import { argValue, runWorker } from '../lib/worker.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Inside the project so a bundle could still resolve an external package from node_modules, as in Lambda's /var/task.
const OUT = path.join(ROOT, '.tmp', 'bench', 'bundles');

// What the Lambda environment provides at start-up (config is read lazily by the handlers; set anyway).
const LAMBDA_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
  BUCKET_NAME: 'bench-bucket',
  SENDER: 'briefings@example.com',
  RECIPIENTS: 'desk@example.com',
  TRACKS: 'US-RU',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  NODE_OPTIONS: '--enable-source-maps',
};

const IMPORT_SCRIPT = `const t0 = performance.now(); const m = await import(process.argv[1]);
if (typeof m.handler !== 'function') throw new Error('bundle exports no handler');
process.stdout.write(String(performance.now() - t0));`;

function importOnce(file: string, sourceMaps: boolean): number {
  const env = { PATH: process.env.PATH, ...LAMBDA_ENV, NODE_OPTIONS: sourceMaps ? LAMBDA_ENV.NODE_OPTIONS : '' };
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', IMPORT_SCRIPT, pathToFileURL(file).href], {
    env,
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`importing ${file} failed: ${res.stderr.slice(0, 2000)}`);
  return Number(res.stdout);
}

/** Bytes each package (or the project's own code) contributes to the bundle: where to look when it is too big. */
function largestPackages(metafile: Metafile, top: number): Record<string, number> {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const owner = m ? m[1] : 'project code';
      bytes.set(owner, (bytes.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return Object.fromEntries(
    [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Number((v / 1024).toFixed(1))]),
  );
}

runWorker(async () => {
  const imports = Number(argValue('imports', '10'));
  const { entries, options, fallbacks } = infraBundling();
  rmSync(OUT, { recursive: true, force: true });
  const handlers: Record<string, {
    sizeKiB: number;
    sourceMapKiB: number | null;
    importMs: number[];
    importMsWithoutSourceMaps: number[];
    largestPackagesKiB: Record<string, number>;
  }> = {};
  for (const [name, entry] of Object.entries(entries)) {
    const dir = path.join(OUT, name);
    mkdirSync(dir, { recursive: true });
    const outfile = path.join(dir, options.format === 'esm' ? 'index.mjs' : 'index.js');
    const result = await build({ ...options, entryPoints: [path.join(ROOT, entry)], outfile, metafile: true });
    const kib = (f: string) => Number((statSync(f).size / 1024).toFixed(1));
    const importMs: number[] = [];
    const importMsWithoutSourceMaps: number[] = [];
    // Alternate the two settings so machine noise hits both alike.
    for (let i = 0; i < imports; i++) {
      importMs.push(importOnce(outfile, true));
      importMsWithoutSourceMaps.push(importOnce(outfile, false));
    }
    handlers[name] = {
      sizeKiB: kib(outfile),
      sourceMapKiB: options.sourcemap ? kib(`${outfile}.map`) : null,
      importMs,
      importMsWithoutSourceMaps,
      largestPackagesKiB: largestPackages(result.metafile, 10),
    };
  }
  const { logLevel: _l, ...shown } = options;
  return { handlers, esbuild: shown, fallbacks };
});
