/**
 * What the bench bundles: the deployed handlers (entries from infra/briefing-stack.ts), built with the
 * deployed esbuild options (infra/bundling/lambda-build.ts, which `cdk synth` also uses), and the
 * NODE_OPTIONS the functions run with (infra/constructs/briefing-function.ts).
 */
import { DIGEST_ENTRY, EXTRACT_ENTRY } from '../../infra/briefing-stack.js';

export { lambdaBuildOptions } from '../../infra/bundling/lambda-build.js';
/** NODE_OPTIONS the functions run with ('' when none is set, as now). */
export { FUNCTION_NODE_OPTIONS as DEPLOYED_NODE_OPTIONS } from '../../infra/constructs/briefing-function.js';

export const HANDLER_ENTRIES: Readonly<Record<string, string>> = { extract: EXTRACT_ENTRY, digest: DIGEST_ENTRY };
