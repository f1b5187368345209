/**
 * An in-process SES (aws-ses-v2-local on 127.0.0.1, free port) and a real @aws-sdk/client-ses client for it.
 * `messages()` and `rawMessage()` read back what the emulator received, as a test or the demo would check an inbox.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sesLocalModule from 'aws-ses-v2-local';
import { SESClient, type SESClientConfig } from '@aws-sdk/client-ses';

export interface ReceivedEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  at: number;
}

export interface EmbeddedSes {
  endpoint: string;
  client: SESClient;
  messages(): Promise<ReceivedEmail[]>;
  /** The whole MIME message as the emulator stored it (RFC 5322 .eml). */
  rawMessage(messageId: string): Promise<string>;
  stop(): Promise<void>;
}

// The package is CommonJS with `exports.default`; Node's ESM loader and bundlers disagree on where that lands.
type StartSes = (config?: { host?: string; port?: number }) => Promise<Server>;
const sesLocal: StartSes = ((sesLocalModule as unknown as { default: StartSes | { default: StartSes } }).default as { default?: StartSes }).default
  ?? ((sesLocalModule as unknown as { default: StartSes }).default);

/** Client settings the emulator needs (also used with the bundled SDK in tests/integration/bundled-lambda-code.test.ts). */
export function emulatorSesClientConfig(endpoint: string, region = 'us-east-1'): SESClientConfig {
  return { endpoint, region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
}

export async function startEmbeddedSes(options: { region?: string } = {}): Promise<EmbeddedSes> {
  const server: Server = await sesLocal({ host: '127.0.0.1', port: 0 });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  // The emulator keeps one store per process: start every run from an empty inbox.
  await fetch(`${endpoint}/clear-store`, { method: 'POST' });
  const client = new SESClient(emulatorSesClientConfig(endpoint, options.region));
  return {
    endpoint,
    client,
    async messages() {
      const res = await fetch(`${endpoint}/store`);
      if (!res.ok) throw new Error(`embedded SES /store answered ${res.status}`);
      const body = (await res.json()) as { emails: ReceivedEmail[] };
      return body.emails;
    },
    async rawMessage(messageId) {
      const res = await fetch(`${endpoint}/get-emlContent?messageId=${encodeURIComponent(messageId)}`);
      if (!res.ok) throw new Error(`embedded SES has no message ${messageId} (${res.status})`);
      // The emulator answers {messageId, fileName, body: <Node Buffer as JSON>} with the RFC 5322 bytes in body.
      const payload = (await res.json()) as { body?: { type: 'Buffer'; data: number[] } };
      if (payload.body?.type !== 'Buffer') throw new Error(`embedded SES returned no raw message for ${messageId}`);
      return Buffer.from(payload.body.data).toString('utf8');
    },
    async stop() {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
