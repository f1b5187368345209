/**
 * The embedded S3 (s3rver via the local harness's startEmbeddedS3) in a process of its own for the digest
 * benchmark, so the digest process's CPU and peak RSS are the digest's alone and the emulator's request
 * handling does not share the digest's event loop. Prints `{"endpoint": …}` once ready; stops and deletes
 * its directory when stdin closes. Needs NODE_OPTIONS=--openssl-legacy-provider to list past 1,000 keys.
 */
import { startEmbeddedS3 } from '../../lambdas/local/emulators/embedded-s3.js';
import { argValue } from '../lib/worker.js';

const s3 = await startEmbeddedS3({ buckets: [argValue('bucket', 'bench-bucket')] });
process.stdout.write(`${JSON.stringify({ endpoint: s3.endpoint })}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await s3.stop();
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.on('SIGTERM', stop);
process.stdin.resume();
