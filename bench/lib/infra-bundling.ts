/**
 * What the bench bundles: the deployed handlers (entries from infra/briefing-stack.ts), built with the
 * deployed esbuild options (infra/bundling/lambda-build.ts, which `cdk synth` also uses), and the
 * NODE_OPTIONS the functions run with, read from the construct.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIGEST_ENTRY, EXTRACT_ENTRY } from '../../infra/briefing-stack.js';
import { PROJECT_ROOT } from '../../infra/bundling/lambda-build.js';

export { lambdaBuildOptions } from '../../infra/bundling/lambda-build.js';

export const HANDLER_ENTRIES: Readonly<Record<string, string>> = { extract: EXTRACT_ENTRY, digest: DIGEST_ENTRY };

/** NODE_OPTIONS the functions run with ('' when the construct sets none, as now). */
export function deployedNodeOptions(): string {
  const construct = readFileSync(path.join(PROJECT_ROOT, 'infra', 'constructs', 'briefing-function.ts'), 'utf8');
  return construct.match(/NODE_OPTIONS:\s*'([^']*)'/)?.[1] ?? '';
}
