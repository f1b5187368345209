/**
 * An in-process S3 (s3rver on 127.0.0.1, free port, temp directory) and an S3Client configured the way
 * the emulator needs. Everything that talks to it is the real @aws-sdk/client-s3.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';

/** What s3rver emits for each write: one record, key NOT URL-encoded, eventVersion 2.0, malformed ARN. */
export interface S3rverEvent {
  Records: Array<{
    eventName: string;
    s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer?: string } };
  }>;
}

export interface EmbeddedS3 {
  endpoint: string;
  region: string;
  client: S3Client;
  /** Called for every object write the emulator sees (all buckets, all prefixes). */
  onWrite(listener: (event: S3rverEvent) => void): void;
  stop(): Promise<void>;
}

export const EMULATOR_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** Client settings the emulator needs (also used with the bundled SDK in tests/integration/bundled-lambda-code.test.ts). */
export function emulatorS3ClientConfig(endpoint: string, region = 'us-east-1'): S3ClientConfig {
  return {
    endpoint,
    region,
    forcePathStyle: true,
    credentials: EMULATOR_CREDENTIALS,
    // s3rver stores streamed uploads corrupted when the SDK adds its default CRC32 trailer.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}

export function createEmulatorS3Client(endpoint: string, region = 'us-east-1'): S3Client {
  return new S3Client(emulatorS3ClientConfig(endpoint, region));
}

export async function startEmbeddedS3(options: { buckets: string[]; region?: string }): Promise<EmbeddedS3> {
  // s3rver signs its own XML listings with a legacy digest on Node 20+; without this, listings past 1,000 keys fail.
  // The flag must be set before Node starts; scripts that list large buckets set it in package.json.
  const directory = await mkdtemp(join(tmpdir(), 'briefing-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const region = options.region ?? 'us-east-1';
  const client = createEmulatorS3Client(endpoint, region);
  return {
    endpoint,
    region,
    client,
    onWrite(listener) {
      server.on('event', listener);
    },
    async stop() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
