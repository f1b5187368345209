/**
 * The esbuild options the deployed Lambdas are bundled with, read from the CDK code in infra/ so the bench
 * measures what ships: entries from infra/briefing-stack.ts, bundling props from
 * infra/constructs/briefing-function.ts (NodejsFunction → esbuild: bundle, platform node, format, target,
 * mainFields, minify, sourcemap, charset, banner, the SDK modules left to the runtime (externalModules). The
 * package aliases are imported from infra/bundling/aliases.ts, which the construct also uses.
 * A property the parser cannot find falls back to the value noted here and is reported in `fallbacks`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { BUNDLE_ALIASES } from '../../infra/bundling/aliases.js';

export interface InfraBundling {
  entries: Record<string, string>;
  options: BuildOptions;
  /** NODE_OPTIONS the functions run with ('' when the construct sets none). */
  nodeOptions: string;
  fallbacks: string[];
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const STACK = path.join(ROOT, 'infra', 'briefing-stack.ts');
const FUNCTION = path.join(ROOT, 'infra', 'constructs', 'briefing-function.ts');

export function infraBundling(): InfraBundling {
  const fallbacks: string[] = [];
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const stack = read(STACK);
  const fn = read(FUNCTION);
  const find = <T>(name: string, source: string, pattern: RegExp, parse: (m: RegExpMatchArray) => T, fallback: T): T => {
    const m = source.match(pattern);
    if (m) return parse(m);
    fallbacks.push(name);
    return fallback;
  };
  const entries = {
    extract: find('extract entry', stack, /EXTRACT_ENTRY\s*=\s*'([^']+)'/, (m) => m[1], 'lambdas/handlers/extract.ts'),
    digest: find('digest entry', stack, /DIGEST_ENTRY\s*=\s*'([^']+)'/, (m) => m[1], 'lambdas/handlers/digest.ts'),
  };
  const format = find('format', fn, /OutputFormat\.(ESM|CJS)/, (m) => (m[1] === 'ESM' ? 'esm' : 'cjs') as 'esm' | 'cjs', 'esm' as const);
  const options: BuildOptions = {
    bundle: true,
    platform: 'node',
    format,
    target: find('target', fn, /target:\s*'([^']+)'/, (m) => m[1], 'node24'),
    mainFields: find('mainFields', fn, /mainFields:\s*\[([^\]]*)\]/, (m) => [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]), ['module', 'main']),
    minify: find('minify', fn, /minify:\s*(true|false)/, (m) => m[1] === 'true', true),
    sourcemap: find('sourceMap', fn, /sourceMap:\s*(true|false)/, (m) => m[1] === 'true', true),
    sourcesContent: find('sourcesContent', fn, /sourcesContent:\s*(true|false)/, (m) => m[1] === 'true', false),
    charset: find('charset', fn, /charset:\s*nodejs\.Charset\.(UTF8|ASCII)/, (m) => (m[1] === 'UTF8' ? 'utf8' : 'ascii') as 'utf8' | 'ascii', 'ascii' as const),
    banner: { js: find('banner', fn, /banner:\s*"([^"]*)"/, (m) => m[1], '') },
    external: find('externalModules', fn, /SDK_MODULES_LEFT_TO_RUNTIME\s*=\s*\[([^\]]*)\]/, (m) => [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]), []),
    alias: { ...BUNDLE_ALIASES },
    // The alias paths are relative to the project root, as in `cdk synth`.
    absWorkingDir: ROOT,
    logLevel: 'warning',
  };
  // Absent on purpose when the functions run without NODE_OPTIONS, so no fallback is reported.
  const nodeOptions = fn.match(/NODE_OPTIONS:\s*'([^']*)'/)?.[1] ?? '';
  return { entries, options, nodeOptions, fallbacks };
}
