/**
 * aws-ses-v2-local started in-process for the digest benchmark. Same emulator and client settings as
 * lambdas/local/emulators/embedded-ses.ts, but resolves the package's CommonJS default export whichever
 * way the loader presents it (under tsx/Node ESM `import x from` yields `module.exports`, whose `.default`
 * is the function; under vitest it is the function itself).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sesModule from 'aws-ses-v2-local';
import { SESClient } from '@aws-sdk/client-ses';

type Start = (options: { host: string; port: number }) => Promise<Server>;

function startFunction(): Start {
  const candidates: unknown[] = [(sesModule as { default?: unknown }).default, ((sesModule as { default?: { default?: unknown } }).default)?.default];
  const fn = candidates.find((c) => typeof c === 'function');
  if (!fn) throw new Error('aws-ses-v2-local exports no start function');
  return fn as Start;
}

export interface BenchSes {
  client: SESClient;
  receivedCount(): Promise<number>;
  stop(): Promise<void>;
}

export async function startBenchSes(): Promise<BenchSes> {
  const server = await startFunction()({ host: '127.0.0.1', port: 0 });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await fetch(`${endpoint}/clear-store`, { method: 'POST' });
  const client = new SESClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return {
    client,
    async receivedCount() {
      const res = await fetch(`${endpoint}/store`);
      return ((await res.json()) as { emails: unknown[] }).emails.length;
    },
    async stop() {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
