/**
 * In-memory ObjectStore for use-case tests: honours putIfAbsent like S3's If-None-Match: * and lets a
 * test inject a fault on any operation/key (`failWith`) to prove nothing half-written is left behind.
 */
import type { Mailer, ObjectHead, ObjectStore, OutgoingEmail, StoredObject } from '../../../lambdas/core/ports.js';

export type StoreOp = 'head' | 'get' | 'put' | 'putIfAbsent' | 'list';

interface Entry {
  body: Uint8Array;
  contentType: string | null;
  metadata: Record<string, string>;
  eTag: string;
}

let etagCounter = 0;

export class MemoryStore implements ObjectStore {
  readonly objects = new Map<string, Entry>();
  readonly calls: Array<{ op: StoreOp; key: string }> = [];
  /** Return an Error to make that call fail (after it is recorded, before it has any effect). */
  failWith: ((op: StoreOp, key: string) => Error | undefined) | null = null;

  constructor(readonly bucket = 'test-bucket') {}

  seed(key: string, body: string | Uint8Array, metadata: Record<string, string> = {}, contentType: string | null = 'text/plain'): this {
    this.objects.set(key, {
      body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
      contentType,
      metadata: Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k.toLowerCase(), v])),
      eTag: `"etag-${++etagCounter}"`,
    });
    return this;
  }

  text(key: string): string | null {
    const e = this.objects.get(key);
    return e ? new TextDecoder().decode(e.body) : null;
  }

  json<T = unknown>(key: string): T | null {
    const t = this.text(key);
    return t === null ? null : (JSON.parse(t) as T);
  }

  keys(prefix = ''): string[] {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  private check(op: StoreOp, key: string) {
    this.calls.push({ op, key });
    const err = this.failWith?.(op, key);
    if (err) throw err;
  }

  async head(key: string): Promise<ObjectHead | null> {
    this.check('head', key);
    const e = this.objects.get(key);
    return e ? { contentType: e.contentType, metadata: { ...e.metadata }, eTag: e.eTag, size: e.body.byteLength } : null;
  }

  async get(key: string): Promise<StoredObject | null> {
    this.check('get', key);
    const e = this.objects.get(key);
    return e ? { body: e.body.slice(), contentType: e.contentType, metadata: { ...e.metadata }, eTag: e.eTag, size: e.body.byteLength } : null;
  }

  async put(key: string, body: string | Uint8Array, contentType: string): Promise<void> {
    this.check('put', key);
    this.seed(key, body, {}, contentType);
  }

  async putIfAbsent(key: string, body: string | Uint8Array, contentType: string): Promise<boolean> {
    this.check('putIfAbsent', key);
    if (this.objects.has(key)) return false;
    this.seed(key, body, {}, contentType);
    return true;
  }

  async list(prefix: string): Promise<string[]> {
    this.check('list', prefix);
    return this.keys(prefix);
  }
}

export class MemoryMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  failWith: ((email: OutgoingEmail, attempt: number) => Error | undefined) | null = null;
  private attempts = 0;

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const err = this.failWith?.(email, ++this.attempts);
    if (err) throw err;
    this.sent.push(email);
    return { messageId: `msg-${this.sent.length}` };
  }
}
