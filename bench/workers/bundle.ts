/**
 * Lambda package and cold import: bundles each handler with the infra's esbuild options into .tmp/bench/,
 * reports the code size (the .mjs/.js Lambda loads; the source map is reported apart) and the part of it that
 * is not AWS SDK, then imports the bundle `--imports` times, each in a fresh `node` process with the deployed
 * NODE_OPTIONS, timing `import()`; the same with --enable-source-maps is reported for comparison.
 * The "AWS SDK floor" (the S3 and SES clients and commands the code uses, nothing else; bench/lib/sdk-floor.ts)
 * is bundled and imported the same way, so a reader can see how much of each budget the SDK alone takes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { DEPLOYED_NODE_OPTIONS, HANDLER_ENTRIES, lambdaBuildOptions } from '../lib/infra-bundling.js';
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

// Imports the handler, then any further files given (on-demand chunks), and prints the time for all of them.
const IMPORT_SCRIPT = `const t0 = performance.now(); const m = await import(process.argv[1]);
if (typeof m.handler !== 'function') throw new Error('bundle exports no handler');
for (const chunk of process.argv.slice(2)) await import(chunk);
process.stdout.write(String(performance.now() - t0));`;

function importOnce(file: string, nodeOptions: string, thenImport: string[] = []): number {
  const env = { PATH: process.env.PATH, ...LAMBDA_ENV, NODE_OPTIONS: nodeOptions };
  const urls = [file, ...thenImport].map((f) => pathToFileURL(f).href);
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', IMPORT_SCRIPT, ...urls], {
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
const filesKiB = (files: string[]) => kib(files.reduce((sum, f) => sum + statSync(f).size, 0));

interface Bundled {
  /** The module Lambda loads. */
  entryFile: string;
  /** Every code file of the bundle (the entry and any chunk it loads on demand), not the source maps. */
  codeFiles: string[];
  /** The entry and the chunks it imports statically: what a cold start parses. */
  coldStartFiles: string[];
  /** Chunks holding project code that are loaded only on first use (`await import()`), with those sources. */
  onDemand: Array<{ file: string; sources: string[] }>;
  metafile: Metafile;
}

/** Bundles `entry` (relative to the project root) into .tmp/bench/bundles/<name>/ with the deployed options. */
async function bundle(name: string, entry: string): Promise<Bundled> {
  const dir = path.join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const { metafile } = await build(lambdaBuildOptions(entry, dir));
  const outputs = Object.entries(metafile!.outputs).filter(([file]) => !file.endsWith('.map'));
  const entryOutput = outputs.find(([, o]) => o.entryPoint);
  if (!entryOutput) throw new Error(`bundling ${entry} wrote no entry module`);
  const absolute = (file: string) => path.resolve(ROOT, file);
  const coldStart = new Set<string>();
  const visit = (file: string) => {
    if (coldStart.has(file)) return;
    coldStart.add(file);
    for (const i of metafile!.outputs[file].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entryOutput[0]);
  const onDemand = outputs
    .filter(([file]) => !coldStart.has(file))
    .map(([file, o]) => ({ file: absolute(file), sources: Object.keys(o.inputs).filter((i) => !i.includes('node_modules/')) }))
    .filter((chunk) => chunk.sources.length > 0);
  return { entryFile: absolute(entryOutput[0]), codeFiles: outputs.map(([file]) => absolute(file)), coldStartFiles: [...coldStart].map(absolute), onDemand, metafile: metafile! };
}

runWorker(async () => {
  const imports = Number(argValue('imports', '10'));
  const nodeOptions = DEPLOYED_NODE_OPTIONS;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const sdkImports = sdkImportsOf([path.join(ROOT, 'lambdas', 'adapters'), path.join(ROOT, 'lambdas', 'handlers')]);
  // Inside the project, so the floor module resolves the SDK from node_modules as the handlers do.
  const floorEntry = path.join(OUT, 'sdk-floor.ts');
  writeFileSync(floorEntry, sdkFloorSource(sdkImports));
  const floor = await bundle('sdk-floor', path.relative(ROOT, floorEntry));
  const floorInputs = new Set(bytesPerInput(floor.metafile).keys());
  const handlers: Record<string, { file: string; sizeKiB: number; sizeWithoutSdkKiB: number; sourceMapKiB: number | null; largestPackagesKiB: Record<string, number>; coldStartKiB: number; onDemand: Bundled['onDemand'] }> = {};
  for (const [name, entry] of Object.entries(HANDLER_ENTRIES)) {
    const { entryFile, codeFiles, coldStartFiles, onDemand, metafile } = await bundle(name, entry);
    // Everything the floor bundle does not also contain: our code and the libraries only it uses.
    const withoutSdk = [...bytesPerInput(metafile)].filter(([input]) => !floorInputs.has(input)).reduce((sum, [, b]) => sum + b, 0);
    handlers[name] = {
      file: entryFile,
      sizeKiB: filesKiB(codeFiles),
      sizeWithoutSdkKiB: kib(withoutSdk),
      sourceMapKiB: filesKiB(codeFiles.map((f) => `${f}.map`)),
      largestPackagesKiB: largestPackages(metafile, 10),
      coldStartKiB: filesKiB(coldStartFiles),
      onDemand,
    };
  }

  const timed = { ...Object.fromEntries(Object.entries(handlers).map(([n, h]) => [n, h.file])), 'sdk-floor': floor.entryFile };
  const importMs: Record<string, number[]> = {};
  const importMsEnableSourceMaps: Record<string, number[]> = {};
  const importMsWithOnDemand: Record<string, number[]> = {};
  // Round-robin over bundles and settings so machine noise hits them all alike.
  for (let i = 0; i < imports; i++) {
    for (const [name, file] of Object.entries(timed)) {
      (importMs[name] ??= []).push(importOnce(file, nodeOptions));
      (importMsEnableSourceMaps[name] ??= []).push(importOnce(file, `${nodeOptions} ${SOURCE_MAPS}`.trim()));
      const onDemand = handlers[name]?.onDemand.map((c) => c.file) ?? [];
      if (onDemand.length) (importMsWithOnDemand[name] ??= []).push(importOnce(file, nodeOptions, onDemand));
    }
  }

  const { format, target, minify, charset, sourcemap, external, alias, plugins } = lambdaBuildOptions('', OUT);
  return {
    handlers: Object.fromEntries(
      Object.entries(handlers).map(([name, { file: _f, onDemand, ...h }]) => [
        name,
        {
          ...h,
          importMs: importMs[name],
          importMsEnableSourceMaps: importMsEnableSourceMaps[name],
          onDemand: onDemand.length
            ? { kiB: filesKiB(onDemand.map((c) => c.file)), sources: onDemand.flatMap((c) => c.sources), importMs: importMsWithOnDemand[name] }
            : undefined,
        },
      ]),
    ),
    sdkFloor: {
      classes: Object.values(sdkImports).flat(),
      sizeKiB: filesKiB(floor.codeFiles),
      importMs: importMs['sdk-floor'],
      importMsEnableSourceMaps: importMsEnableSourceMaps['sdk-floor'],
    },
    nodeOptions,
    esbuild: { format, target, minify, charset, sourcemap, external, alias, plugins: plugins?.map((p) => p.name) },
  };
});
