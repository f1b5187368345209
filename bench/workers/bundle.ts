/**
 * Lambda package and cold import: bundles each handler with the infra's esbuild options into .tmp/bench/,
 * reports the code size (the .mjs/.js Lambda loads; the source map is reported apart) and the part of it that
 * is not AWS SDK, then imports the bundle `--imports` times, each in a fresh `node` process with the deployed
 * NODE_OPTIONS, timing `import()`; the same with --enable-source-maps is reported for comparison.
 * The "AWS SDK floor" (the S3 and SES clients and commands the code uses, nothing else; bench/lib/sdk-floor.ts)
 * is bundled and imported the same way, so a reader can see how much of each budget the SDK alone takes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { infraBundling } from '../lib/infra-bundling.js';
import { sdkFloorSource, sdkImportsOf } from '../lib/sdk-floor.js';
import { argValue, runWorker } from '../lib/worker.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Inside the project so a bundle could still resolve an external package from node_modules, as in Lambda's /var/task.
const OUT = path.join(ROOT, '.tmp', 'bench', 'bundles');
const SOURCE_MAPS = '--enable-source-maps';

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
};

const IMPORT_SCRIPT = `const t0 = performance.now(); const m = await import(process.argv[1]);
if (typeof m.handler !== 'function') throw new Error('bundle exports no handler');
process.stdout.write(String(performance.now() - t0));`;

function importOnce(file: string, nodeOptions: string): number {
  const env = { PATH: process.env.PATH, ...LAMBDA_ENV, NODE_OPTIONS: nodeOptions };
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
  for (const [input, b] of bytesPerInput(metafile)) {
    const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const owner = m ? m[1] : 'project code';
    bytes.set(owner, (bytes.get(owner) ?? 0) + b);
  }
  return Object.fromEntries(
    [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, kib(v)]),
  );
}

function bytesPerInput(metafile: Metafile): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) bytes.set(input, (bytes.get(input) ?? 0) + bytesInOutput);
  }
  return bytes;
}

const kib = (bytes: number) => Number((bytes / 1024).toFixed(1));
const fileKiB = (f: string) => kib(statSync(f).size);

interface Bundled {
  outfile: string;
  metafile: Metafile;
}

async function bundle(name: string, options: BuildOptions, entry: Pick<BuildOptions, 'entryPoints' | 'stdin'>): Promise<Bundled> {
  const dir = path.join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, options.format === 'esm' ? 'index.mjs' : 'index.js');
  const result = await build({ ...options, ...entry, outfile, metafile: true });
  return { outfile, metafile: result.metafile };
}

runWorker(async () => {
  const imports = Number(argValue('imports', '10'));
  const { entries, options, nodeOptions, fallbacks } = infraBundling();
  rmSync(OUT, { recursive: true, force: true });

  const sdkImports = sdkImportsOf([path.join(ROOT, 'lambdas', 'adapters'), path.join(ROOT, 'lambdas', 'handlers')]);
  const floor = await bundle('sdk-floor', options, {
    stdin: { contents: sdkFloorSource(sdkImports), resolveDir: ROOT, sourcefile: 'sdk-floor.ts', loader: 'ts' },
  });
  const floorInputs = new Set(bytesPerInput(floor.metafile).keys());
  const handlers: Record<string, { file: string; sizeKiB: number; sizeWithoutSdkKiB: number; sourceMapKiB: number | null; largestPackagesKiB: Record<string, number> }> = {};
  for (const [name, entry] of Object.entries(entries)) {
    const { outfile, metafile } = await bundle(name, options, { entryPoints: [path.join(ROOT, entry)] });
    // Everything the floor bundle does not also contain: our code and the libraries only it uses.
    const withoutSdk = [...bytesPerInput(metafile)].filter(([input]) => !floorInputs.has(input)).reduce((sum, [, b]) => sum + b, 0);
    handlers[name] = {
      file: outfile,
      sizeKiB: fileKiB(outfile),
      sizeWithoutSdkKiB: kib(withoutSdk),
      sourceMapKiB: options.sourcemap ? fileKiB(`${outfile}.map`) : null,
      largestPackagesKiB: largestPackages(metafile, 10),
    };
  }

  const timed = { ...Object.fromEntries(Object.entries(handlers).map(([n, h]) => [n, h.file])), 'sdk-floor': floor.outfile };
  const importMs: Record<string, number[]> = {};
  const importMsEnableSourceMaps: Record<string, number[]> = {};
  // Round-robin over bundles and settings so machine noise hits them all alike.
  for (let i = 0; i < imports; i++) {
    for (const [name, file] of Object.entries(timed)) {
      (importMs[name] ??= []).push(importOnce(file, nodeOptions));
      (importMsEnableSourceMaps[name] ??= []).push(importOnce(file, `${nodeOptions} ${SOURCE_MAPS}`.trim()));
    }
  }

  const { logLevel: _l, ...shown } = options;
  return {
    handlers: Object.fromEntries(
      Object.entries(handlers).map(([name, { file: _f, ...h }]) => [name, { ...h, importMs: importMs[name], importMsEnableSourceMaps: importMsEnableSourceMaps[name] }]),
    ),
    sdkFloor: {
      classes: Object.values(sdkImports).flat(),
      sizeKiB: fileKiB(floor.outfile),
      importMs: importMs['sdk-floor'],
      importMsEnableSourceMaps: importMsEnableSourceMaps['sdk-floor'],
    },
    nodeOptions,
    esbuild: shown,
    fallbacks,
  };
});
