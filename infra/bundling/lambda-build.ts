/**
 * How each Lambda handler is bundled: the one definition `cdk synth`/`cdk deploy` (infra/bundling/
 * lambda-code.ts) and the bench (bench/workers/bundle.ts) both build with, so the bench measures what ships.
 *
 * esbuild's JavaScript API rather than NodejsFunction's CLI call, because the build needs a plugin
 * (sdk-schema-keys.ts) and writes more than one file (code-split chunks loaded on demand).
 */
import path from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { BUNDLE_ALIASES } from './aliases.js';
import { nodeHashOnlyPlugin } from './node-hash-only.js';
import { sdkPackageVersionPlugin } from './sdk-package-version.js';
import { sdkSchemaKeysPlugin } from './sdk-schema-keys.js';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * SDK packages left out of the bundle (about 110 KiB of the ~450 KiB the S3 and SES clients weigh) because a
 * Lambda function never loads them. The default credential chain tries environment variables first, and
 * Lambda always sets AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN from the execution role;
 * every later provider (shared profiles, SSO, credential processes, web identity, console login, container
 * and EC2 instance metadata) and the STS / SSO / sign-in clients of @aws-sdk/nested-clients they call are
 * reached only through `await import()` after that fails. Should one ever be reached anyway (say someone sets
 * AWS_PROFILE, which makes the chain skip the environment), the import resolves to the runtime's own SDK v3
 * copy of that package, a self-consistent set called only through its public entry point (`fromIni`,
 * `fromSSO`…), instead of failing. tests/infra/bundling.test.ts checks that the bundles name these packages
 * only in dynamic `import()` calls: a static import would load the runtime copy at every cold start.
 */
export const SDK_MODULES_LEFT_TO_RUNTIME = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/token-providers',
  '@aws-sdk/nested-clients',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
] as const;

/**
 * Imported only by the SDK's browser user-agent provider (`import("bowser")`), which a Node client never
 * calls. Without code splitting esbuild drops that provider and bowser with it; with splitting it would still
 * write bowser as a chunk of its own (34 KiB) that nothing loads, so it is left out.
 */
export const BROWSER_ONLY_MODULES = ['bowser'] as const;

/** The module Lambda loads (index.mjs); the function's handler setting is `index.handler`. */
export const BUNDLE_ENTRY_NAME = 'index';

/** ESM output has no `require`; some CommonJS dependencies call it for Node built-ins. */
const REQUIRE_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

/** Options for bundling one handler (entry relative to the project root) into `outdir`. */
export function lambdaBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { [BUNDLE_ENTRY_NAME]: path.resolve(PROJECT_ROOT, entry) },
    outdir,
    outExtension: { '.js': '.mjs' },
    // Code reached only through `await import()` goes to its own file, parsed when first needed: the HTML
    // reader (lambdas/core/ingest/html.ts and its libraries) is not part of a cold start for a text upload.
    splitting: true,
    chunkNames: 'chunk-[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    minify: true,
    // Shipped beside the code and read only when a stack trace is printed (lambdas/adapters/source-mapped-stacks.ts).
    sourcemap: true,
    sourcesContent: false,
    // Non-ASCII text (knowledge names, curly quotes in patterns) as UTF-8 rather than \u escapes: 2-4% smaller.
    charset: 'utf8',
    // The SDK clients are bundled, not taken from the runtime: the code runs against the exact SDK version
    // its tests ran against, and only the two clients imported (S3, SES) are kept.
    external: [...SDK_MODULES_LEFT_TO_RUNTIME, ...BROWSER_ONLY_MODULES],
    // Smaller stand-ins for packages the code never runs, or runs a small fixed part of (aliases.ts says
    // which and why); paths are relative to the project root.
    alias: { ...BUNDLE_ALIASES },
    absWorkingDir: PROJECT_ROOT,
    banner: { js: REQUIRE_BANNER },
    // Smaller SDK code where the full version never runs in a Lambda function (each file says why).
    plugins: [sdkSchemaKeysPlugin, sdkPackageVersionPlugin, nodeHashOnlyPlugin],
    metafile: true,
    logLevel: 'warning',
  };
}

/** Bundles one handler into `outdir` (index.mjs, the chunks it loads on demand, a source map for each). */
export async function bundleLambda(entry: string, outdir: string): Promise<Metafile> {
  const { metafile } = await build(lambdaBuildOptions(entry, outdir));
  return metafile!;
}
