/**
 * SDK client settings shared by the Lambda handlers and the local harness.
 *
 * What the SDK retries by itself (standard retry mode, exponential backoff with jitter): throttling
 * codes (S3 503 SlowDown, SES Throttling, …), HTTP 500/502/503/504, TimeoutError/RequestTimeout and
 * socket errors (ECONNRESET, ETIMEDOUT, …). Not retried: 4xx such as AccessDenied, NoSuchBucket,
 * MessageRejected — the adapters turn those into errors that say what failed and why.
 * Explicit timeouts make a hung socket a retryable TimeoutError instead of a silent Lambda timeout.
 */
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { SESClientConfig } from '@aws-sdk/client-ses';

export const S3_MAX_ATTEMPTS = 5;
export const SES_MAX_ATTEMPTS = 6;

export function s3ClientConfig(overrides: S3ClientConfig = {}): S3ClientConfig {
  return {
    maxAttempts: S3_MAX_ATTEMPTS,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 20_000 },
    ...overrides,
  };
}

export function sesClientConfig(overrides: SESClientConfig = {}): SESClientConfig {
  return {
    maxAttempts: SES_MAX_ATTEMPTS,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 15_000 },
    ...overrides,
  };
}
