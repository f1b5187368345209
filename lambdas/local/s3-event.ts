/**
 * Builds S3 event notifications exactly as AWS delivers them to Lambda (eventVersion 2.1), so the local
 * harness exercises the handler's real parsing: keys are URL-encoded with '+' for spaces and '/' kept.
 */
import { randomBytes } from 'node:crypto';
import type { S3Event, S3EventRecord } from 'aws-lambda';

/**
 * S3 form-encodes keys in notifications the way Java's URLEncoder does, except that '/' is kept: every
 * UTF-8 byte outside [A-Za-z0-9.*_-] is percent-encoded ('+' becomes %2B, '(' %28, '~' %7E) and a space
 * becomes '+'.
 */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
        .replace(/%20/g, '+'),
    )
    .join('/');
}

export interface ObjectCreated {
  bucket: string;
  key: string;
  size: number;
  eTag: string;
  region?: string;
  eventName?: 'ObjectCreated:Put' | 'ObjectCreated:Post' | 'ObjectCreated:Copy' | 'ObjectCreated:CompleteMultipartUpload';
  eventTime?: Date;
  versionId?: string;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();

export function buildS3EventRecord(created: ObjectCreated): S3EventRecord {
  const region = created.region ?? 'us-east-1';
  const time = created.eventTime ?? new Date();
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: time.toISOString(),
    eventName: created.eventName ?? 'ObjectCreated:Put',
    userIdentity: { principalId: `AWS:${hex(10)}` },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': hex(8), 'x-amz-id-2': randomBytes(48).toString('base64') },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'IncomingArticles',
      bucket: {
        name: created.bucket,
        ownerIdentity: { principalId: hex(7) },
        arn: `arn:aws:s3:::${created.bucket}`,
      },
      object: {
        key: encodeS3EventKey(created.key),
        size: created.size,
        // S3 notifications carry the ETag without the quotes the HTTP header has.
        eTag: created.eTag.replace(/"/g, ''),
        ...(created.versionId ? { versionId: created.versionId } : {}),
        sequencer: time.getTime().toString(16).toUpperCase().padStart(16, '0'),
      },
    },
  };
}

export function buildS3Event(created: ObjectCreated[]): S3Event {
  return { Records: created.map(buildS3EventRecord) };
}

/** The test notification S3 sends once when a notification configuration is saved. */
export function buildS3TestEvent(bucket: string): Record<string, string> {
  return {
    Service: 'Amazon S3',
    Event: 's3:TestEvent',
    Time: new Date().toISOString(),
    Bucket: bucket,
    RequestId: hex(8),
    HostId: randomBytes(48).toString('base64'),
  };
}
