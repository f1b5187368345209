/**
 * Ports: what the pure core needs from the outside world. Adapters in lambdas/adapters implement them
 * with the AWS SDK; tests implement them in memory. The core never imports an AWS SDK.
 */

export interface StoredObject {
  body: Uint8Array;
  contentType: string | null;
  /** S3 user metadata, keys lower-cased without the x-amz-meta- prefix. */
  metadata: Record<string, string>;
  eTag: string | null;
  size: number;
}

export interface ObjectHead {
  contentType: string | null;
  metadata: Record<string, string>;
  eTag: string | null;
  size: number;
}

export interface ObjectStore {
  readonly bucket: string;
  head(key: string): Promise<ObjectHead | null>;
  get(key: string): Promise<StoredObject | null>;
  /** Plain write (overwrites). */
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  /** Conditional create (If-None-Match: *). Returns false when the key already exists (HTTP 412). */
  putIfAbsent(key: string, body: string | Uint8Array, contentType: string): Promise<boolean>;
  /** All keys under a prefix, in S3's lexicographic order. */
  list(prefix: string): Promise<string[]>;
}

export interface OutgoingEmail {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  replyTo?: string[];
  configurationSet?: string;
}

export interface Mailer {
  /** Sends one message and returns the provider's message id. */
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** Structured logger the core can call; the Lambda adapter maps it to Powertools Logger. */
export interface Log {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLog: Log = { debug() {}, info() {}, warn() {}, error() {} };
