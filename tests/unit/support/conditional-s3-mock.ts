/**
 * aws-sdk-client-mock behind which sits a tiny bucket that honours If-None-Match: * the way S3 does
 * (412 PreconditionFailed when the key exists). The local S3 emulator ignores conditional headers, so
 * this is where races on conditional writes are tested. Each call yields to the event loop first, so
 * concurrent callers interleave as they would over the network.
 */
import { mockClient } from 'aws-sdk-client-mock';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';

const tick = () => new Promise<void>((r) => setImmediate(r));

function s3Exception(name: string, status: number, message: string) {
  return new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status, attempts: 1 }, message });
}

export function conditionalS3Mock() {
  const objects = new Map<string, { body: Uint8Array; contentType?: string; metadata: Record<string, string>; eTag: string }>();
  const mock = mockClient(S3Client);
  let n = 0;
  mock.on(PutObjectCommand).callsFake(async (input) => {
    await tick();
    if (input.IfNoneMatch === '*' && objects.has(input.Key)) {
      throw s3Exception('PreconditionFailed', 412, 'At least one of the pre-conditions you specified did not hold');
    }
    const body = typeof input.Body === 'string' ? new TextEncoder().encode(input.Body) : (input.Body as Uint8Array);
    const eTag = `"e${++n}"`;
    objects.set(input.Key, { body, contentType: input.ContentType, metadata: input.Metadata ?? {}, eTag });
    return { ETag: eTag };
  });
  mock.on(GetObjectCommand).callsFake(async (input) => {
    await tick();
    const o = objects.get(input.Key);
    if (!o) throw s3Exception('NoSuchKey', 404, 'The specified key does not exist.');
    return { Body: { transformToByteArray: async () => o.body }, ContentType: o.contentType, ContentLength: o.body.byteLength, ETag: o.eTag, Metadata: o.metadata };
  });
  mock.on(HeadObjectCommand).callsFake(async (input) => {
    await tick();
    const o = objects.get(input.Key);
    if (!o) throw s3Exception('NotFound', 404, 'Not Found');
    return { ContentType: o.contentType, ContentLength: o.body.byteLength, ETag: o.eTag, Metadata: o.metadata };
  });
  mock.on(ListObjectsV2Command).callsFake(async (input) => {
    await tick();
    const keys = [...objects.keys()].filter((k) => k.startsWith(input.Prefix ?? '')).sort();
    return { Contents: keys.map((Key) => ({ Key })), IsTruncated: false };
  });
  return {
    mock,
    objects,
    seed(key: string, body: string, metadata: Record<string, string> = {}) {
      objects.set(key, { body: new TextEncoder().encode(body), metadata, eTag: `"e${++n}"` });
    },
    keys: (prefix = '') => [...objects.keys()].filter((k) => k.startsWith(prefix)).sort(),
  };
}
