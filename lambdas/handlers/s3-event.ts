/**
 * Reading S3 event notifications exactly as AWS delivers them. Object keys arrive URL-encoded the way
 * HTML forms are: a space is "+", a literal "+" is "%2B", non-ASCII is UTF-8 percent-encoded.
 */
import type { S3EventRecord } from 'aws-lambda';

export function decodeS3EventKey(raw: string): string {
  return decodeURIComponent(raw.replace(/\+/g, ' '));
}

/** Sent once by S3 when a notification is configured: `{"Service":"Amazon S3","Event":"s3:TestEvent",…}`. */
export function isS3TestEvent(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { Event?: unknown }).Event === 's3:TestEvent';
}

export function s3RecordsOf(event: unknown): S3EventRecord[] | null {
  const records = (event as { Records?: unknown })?.Records;
  return Array.isArray(records) ? (records as S3EventRecord[]) : null;
}
