/**
 * ObjectStore over one S3 bucket with the real @aws-sdk/client-s3. Throttling (503 SlowDown), 5xx and
 * socket timeouts are retried by the SDK's standard retry strategy (see aws-clients.ts); what is left
 * after those retries, or was never retryable (403, 400…), is rethrown as a StorageError naming the
 * operation, the key, the HTTP status and the number of attempts, so a failed invocation says why.
 */
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ObjectHead, ObjectStore, StoredObject } from '../core/ports.js';
import { decodeMetadata } from './s3-metadata.js';

export class StorageError extends Error {
  constructor(
    readonly operation: string,
    readonly key: string,
    readonly status: number | null,
    readonly attempts: number | null,
    cause: unknown,
  ) {
    const name = (cause as { name?: string })?.name ?? 'Error';
    const msg = (cause as { message?: string })?.message ?? String(cause);
    const detail = [status ? `HTTP ${status}` : null, attempts ? `${attempts} attempt(s)` : null].filter(Boolean).join(', ');
    super(`S3 ${operation} ${key} failed: ${name}: ${msg}${detail ? ` (${detail})` : ''}`, { cause });
    this.name = 'StorageError';
  }
}

interface SdkErrorShape {
  name?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

function statusOf(err: unknown): number | null {
  return (err as SdkErrorShape)?.$metadata?.httpStatusCode ?? null;
}

function isNotFound(err: unknown): boolean {
  const e = err as SdkErrorShape;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || statusOf(err) === 404;
}

function isPreconditionFailed(err: unknown): boolean {
  const e = err as SdkErrorShape;
  return e?.name === 'PreconditionFailed' || e?.Code === 'PreconditionFailed' || statusOf(err) === 412;
}

/** S3 answers 409 ConditionalRequestConflict while another conditional write to the same key is in flight. */
function isConditionalConflict(err: unknown): boolean {
  const e = err as SdkErrorShape;
  return e?.name === 'ConditionalRequestConflict' || statusOf(err) === 409;
}

const CONFLICT_RETRIES = 4;

export interface S3StoreOptions {
  /** Waits between retries of a 409 conditional conflict; injectable so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export class S3ObjectStore implements ObjectStore {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
    options: S3StoreOptions = {},
  ) {
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  private fail(operation: string, key: string, err: unknown): never {
    throw new StorageError(operation, key, statusOf(err), (err as SdkErrorShape)?.$metadata?.attempts ?? null, err);
  }

  async head(key: string): Promise<ObjectHead | null> {
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        contentType: res.ContentType ?? null,
        metadata: decodeMetadata(res.Metadata),
        eTag: res.ETag ?? null,
        size: res.ContentLength ?? 0,
      };
    } catch (err) {
      if (isNotFound(err)) return null;
      this.fail('HeadObject', key, err);
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const body = res.Body ? await res.Body.transformToByteArray() : new Uint8Array();
      return {
        body,
        contentType: res.ContentType ?? null,
        metadata: decodeMetadata(res.Metadata),
        eTag: res.ETag ?? null,
        size: res.ContentLength ?? body.byteLength,
      };
    } catch (err) {
      if (isNotFound(err)) return null;
      this.fail('GetObject', key, err);
    }
  }

  async put(key: string, body: string | Uint8Array, contentType: string): Promise<void> {
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
    } catch (err) {
      this.fail('PutObject', key, err);
    }
  }

  async putIfAbsent(key: string, body: string | Uint8Array, contentType: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType, IfNoneMatch: '*' }),
        );
        return true;
      } catch (err) {
        if (isPreconditionFailed(err)) return false;
        // A concurrent conditional write is in flight: once it settles, ours gets a definite 200 or 412.
        if (isConditionalConflict(err) && attempt < CONFLICT_RETRIES) {
          await this.sleep(50 * 2 ** attempt);
          continue;
        }
        this.fail('PutObject(If-None-Match)', key, err);
      }
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    try {
      do {
        const res = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
        );
        for (const o of res.Contents ?? []) if (o.Key !== undefined) keys.push(o.Key);
        token = res.IsTruncated ? res.NextContinuationToken : undefined;
      } while (token);
    } catch (err) {
      this.fail('ListObjectsV2', prefix, err);
    }
    return keys;
  }
}
