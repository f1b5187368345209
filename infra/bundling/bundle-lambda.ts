/** `tsx infra/bundling/bundle-lambda.ts <entry> <outdir>`: bundles one handler as it is deployed (see lambda-code.ts). */
import { bundleLambda } from './lambda-build.js';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: tsx infra/bundling/bundle-lambda.ts <entry relative to the project root> <outdir>');
  process.exit(2);
}
await bundleLambda(entry, outdir);
