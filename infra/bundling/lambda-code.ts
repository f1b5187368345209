/**
 * The Lambda asset of one handler, bundled on this machine (no Docker) with lambda-build.ts's options.
 * The asset hash is taken from the bundle, so a change anywhere in what the handler imports (code, knowledge,
 * templates, dependencies) makes a new version, and an unchanged bundle is not uploaded again.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { AssetHashType, type ILocalBundling } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { PROJECT_ROOT } from './lambda-build.js';

const BUNDLE_SCRIPT = path.join(PROJECT_ROOT, 'infra', 'bundling', 'bundle-lambda.ts');

/**
 * Runs infra/bundling/bundle-lambda.ts in a child process: CDK calls `tryBundle` synchronously and esbuild
 * plugins need esbuild's asynchronous API. `entry` is a property, not only a closure variable, because CDK
 * caches bundles by the JSON of the bundling options: without it every handler would get the first one's.
 */
class LocalEsbuild implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    const run = spawnSync(process.execPath, ['--import', 'tsx', BUNDLE_SCRIPT, this.entry, outputDir], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.status !== 0) {
      throw new Error(`bundling ${this.entry} failed (${run.error?.message ?? `exit code ${run.status}`}); esbuild's messages are above`);
    }
    return true;
  }
}

export function bundledLambdaCode(entry: string, runtime: lambda.Runtime): lambda.Code {
  return lambda.Code.fromAsset(PROJECT_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the API; never pulled, because local bundling either succeeds or throws.
      image: runtime.bundlingImage,
      local: new LocalEsbuild(entry),
    },
  });
}
