import 'aws-sdk-client-mock-vitest/extend';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { S3ObjectStore, StorageError } from '../../../lambdas/adapters/s3-store.js';

const s3 = mockClient(S3Client);
const noSleep = async () => {};

function serviceError(name: string, status: number, attempts = 1) {
  return new S3ServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status, attempts }, message: `${name} message` });
}

/** The part of the SDK's streaming body the adapter uses. */
function body(text: string) {
  const bytes = new TextEncoder().encode(text);
  return { transformToByteArray: async () => bytes } as unknown as NonNullable<import('@aws-sdk/client-s3').GetObjectCommandOutput['Body']>;
}

describe('S3ObjectStore over a mocked S3Client', () => {
  let store: S3ObjectStore;
  beforeEach(() => {
    s3.reset();
    store = new S3ObjectStore(new S3Client({ region: 'us-east-1' }), 'bucket-1', { sleep: noSleep });
  });

  it('HEAD maps size, type and metadata (keys lower-cased, RFC 2047 values decoded)', async () => {
    s3.on(HeadObjectCommand).resolves({
      ContentLength: 42,
      ContentType: 'text/plain',
      ETag: '"e1"',
      Metadata: { Published: '2025-02-15', outlet: '=?UTF-8?B?0JrQvtC80LzQtdGA0YHQsNC90YLRig==?=' },
    });
    await expect(store.head('incoming/a.txt')).resolves.toEqual({
      size: 42,
      contentType: 'text/plain',
      eTag: '"e1"',
      metadata: { published: '2025-02-15', outlet: 'Коммерсантъ' },
    });
    expect(s3).toHaveReceivedCommandWith(HeadObjectCommand, { Bucket: 'bucket-1', Key: 'incoming/a.txt' });
  });

  it('HEAD and GET of a missing object return null (NotFound / NoSuchKey)', async () => {
    s3.on(HeadObjectCommand).rejects(serviceError('NotFound', 404));
    s3.on(GetObjectCommand).rejects(serviceError('NoSuchKey', 404));
    await expect(store.head('incoming/gone.txt')).resolves.toBeNull();
    await expect(store.get('incoming/gone.txt')).resolves.toBeNull();
  });

  it('GET returns the bytes', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('héllo'), ContentType: 'text/plain', ETag: '"e"', ContentLength: 6 });
    const got = await store.get('incoming/a.txt');
    expect(new TextDecoder().decode(got!.body)).toBe('héllo');
    expect(got!.size).toBe(6);
  });

  it('putIfAbsent sends If-None-Match: * and reports true when created', async () => {
    s3.on(PutObjectCommand).resolves({});
    await expect(store.putIfAbsent('normalized/ab/x.json', '{}', 'application/json')).resolves.toBe(true);
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, { Bucket: 'bucket-1', Key: 'normalized/ab/x.json', IfNoneMatch: '*', ContentType: 'application/json' });
  });

  it('putIfAbsent treats 412 PreconditionFailed as "already exists"', async () => {
    s3.on(PutObjectCommand).rejects(serviceError('PreconditionFailed', 412));
    await expect(store.putIfAbsent('normalized/ab/x.json', '{}', 'application/json')).resolves.toBe(false);
  });

  it('putIfAbsent retries 409 ConditionalRequestConflict until S3 gives a definite answer', async () => {
    s3.on(PutObjectCommand)
      .rejectsOnce(serviceError('ConditionalRequestConflict', 409))
      .rejectsOnce(serviceError('ConditionalRequestConflict', 409))
      .rejects(serviceError('PreconditionFailed', 412));
    await expect(store.putIfAbsent('briefings/x/claim-0001.json', '{}', 'application/json')).resolves.toBe(false);
    expect(s3).toHaveReceivedCommandTimes(PutObjectCommand, 3);
  });

  it('list follows continuation tokens across pages', async () => {
    s3.on(ListObjectsV2Command, { Prefix: 'normalized/', ContinuationToken: undefined })
      .resolves({ Contents: [{ Key: 'normalized/a' }, { Key: 'normalized/b' }], IsTruncated: true, NextContinuationToken: 't1' })
      .on(ListObjectsV2Command, { ContinuationToken: 't1' })
      .resolves({ Contents: [{ Key: 'normalized/c' }], IsTruncated: false });
    await expect(store.list('normalized/')).resolves.toEqual(['normalized/a', 'normalized/b', 'normalized/c']);
  });

  it.each([
    ['get', () => store.get('incoming/a.txt'), GetObjectCommand, /S3 GetObject incoming\/a\.txt failed: SlowDown.*HTTP 503, 5 attempt/],
    ['put', () => store.put('quarantine/a.txt.json', '{}', 'application/json'), PutObjectCommand, /S3 PutObject quarantine\/a\.txt\.json failed: SlowDown/],
    ['list', () => store.list('normalized/'), ListObjectsV2Command, /S3 ListObjectsV2 normalized\/ failed: SlowDown/],
  ] as const)('%s: an error left after the SDK retries becomes a StorageError naming key, status and attempts', async (_op, call, command, message) => {
    s3.on(command as typeof GetObjectCommand).rejects(serviceError('SlowDown', 503, 5));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as Error).message).toMatch(message);
    expect((err as StorageError).status).toBe(503);
  });

  it('access denied on a conditional write is an error, not "already exists"', async () => {
    s3.on(PutObjectCommand).rejects(serviceError('AccessDenied', 403));
    await expect(store.putIfAbsent('normalized/ab/x.json', '{}', 'application/json')).rejects.toThrow(/AccessDenied.*HTTP 403/);
  });
});

