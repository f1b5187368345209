/**
 * The contract between what the extractor writes under normalized/ and the Glue table Athena reads:
 * the OpenX JSON SerDe needs one JSON document per line, and every field of a written record must have a
 * column (else Athena silently drops it). Runs the real extraction use case against an in-memory store.
 */
import { describe, expect, it } from 'vitest';
import { silentLog, type ObjectStore, type StoredObject } from '../../lambdas/core/ports.js';
import { processUploadedObject } from '../../lambdas/core/usecases/extract-object.js';
import { normalizedRecordColumns } from '../../infra/hive-schema.js';

class MemoryStore implements ObjectStore {
  readonly bucket = 'test-bucket';
  readonly objects = new Map<string, StoredObject>();
  seed(key: string, text: string, metadata: Record<string, string> = {}) {
    const body = new TextEncoder().encode(text);
    this.objects.set(key, { body, contentType: 'text/plain', metadata, eTag: '"e"', size: body.byteLength });
  }
  async head(key: string) {
    const o = this.objects.get(key);
    return o ? { contentType: o.contentType, metadata: o.metadata, eTag: o.eTag, size: o.size } : null;
  }
  async get(key: string) {
    return this.objects.get(key) ?? null;
  }
  async put(key: string, body: string | Uint8Array, contentType: string) {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    this.objects.set(key, { body: bytes, contentType, metadata: {}, eTag: null, size: bytes.byteLength });
  }
  async putIfAbsent(key: string, body: string | Uint8Array, contentType: string) {
    if (this.objects.has(key)) return false;
    await this.put(key, body, contentType);
    return true;
  }
  async list(prefix: string) {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix));
  }
}

const ARTICLE = `Foreign ministers meet in Geneva

GENEVA, 3 March 2025 - The foreign ministers of France and Brazil met in Geneva on Monday to discuss trade.
Brazil said it would not sign the agreement unless tariffs on beef were lifted. It is unclear whether a
second meeting will take place before the summer.`;

describe('normalized records as Athena reads them', () => {
  it('are written as one line of JSON whose every field has a Glue column', async () => {
    const store = new MemoryStore();
    store.seed('incoming/geneva.txt', ARTICLE, { published: '2025-03-03' });
    const outcome = await processUploadedObject(
      { store, log: silentLog, now: () => new Date('2025-03-04T07:00:00Z'), maxObjectBytes: 1_000_000 },
      { bucket: store.bucket, key: 'incoming/geneva.txt' },
    );
    expect(outcome.kind).toBe('normalized');
    const recordKey = (outcome as { recordKey: string }).recordKey;
    expect(recordKey).toMatch(/^normalized\/[0-9a-f]{2}\/[0-9a-f]+\.json$/);

    const text = new TextDecoder().decode(store.objects.get(recordKey)!.body);
    expect(text.includes('\n')).toBe(false);
    const record = JSON.parse(text) as Record<string, unknown>;

    const columns = new Map(normalizedRecordColumns().map((c) => [c.name, c.type]));
    for (const field of Object.keys(record)) expect(columns.has(field.toLowerCase()), `no column for ${field}`).toBe(true);
    // Nested fields too: every key of a written struct appears in its column type.
    const structFields = (value: unknown, out = new Set<string>()): Set<string> => {
      if (Array.isArray(value)) value.forEach((v) => structFields(v, out));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          out.add(k.toLowerCase());
          structFields(v, out);
        }
      }
      return out;
    };
    const allTypes = [...columns.values()].join(' ');
    for (const field of structFields(record)) {
      if (columns.has(field)) continue;
      expect(allTypes, `no struct field for ${field}`).toMatch(new RegExp(`[<,]${field}:`));
    }
  });
});
