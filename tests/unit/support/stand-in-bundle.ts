/**
 * Bundles a few lines of module code with the Lambda bundles' stand-ins (infra/bundling/aliases.ts, plus any
 * plugins given) into a temporary folder and imports it: what the stand-in tests run their checks on, so a
 * stand-in that misbehaves fails there rather than in a deployed function. `remove()` deletes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Message, type Metafile, type Plugin } from 'esbuild';
import { BUNDLE_ALIASES } from '../../../infra/bundling/aliases.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

export interface StandInBundle<Module> {
  module: Module;
  warnings: Message[];
  metafile: Metafile;
  remove(): void;
}

/** `contents` is the entry module's source; its imports resolve from the project root. */
export async function importStandInBundle<Module>(
  contents: string,
  options: { external?: string[]; plugins?: Plugin[] } = {},
): Promise<StandInBundle<Module>> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'stand-in-bundle-'));
  const outfile = path.join(outDir, 'bundle.mjs');
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: options.external,
    alias: { ...BUNDLE_ALIASES },
    plugins: options.plugins,
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: 'silent',
  });
  return {
    module: (await import(pathToFileURL(outfile).href)) as Module,
    warnings: result.warnings,
    metafile: result.metafile,
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
