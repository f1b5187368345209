/**
 * One uploaded object → exactly one stored outcome: a normalized record (written once, by content id),
 * or a quarantine record saying why not. Nothing uploaded is silently dropped.
 *
 * Order matters for retries: every read happens first and the record is written last, in one PutObject,
 * so a crash or an S3 fault at any point leaves either nothing or the whole record. Infrastructure
 * errors (S3 5xx after the SDK's retries, access denied) are thrown so Lambda retries the event and it
 * reaches the DLQ if it keeps failing; problems with the bytes themselves are quarantined, because the
 * same bytes would fail the same way on every retry.
 */
import { extractArticle } from '../extract/index.js';
import { RejectedInputError, type RejectionCode } from '../ingest/errors.js';
import { normalizedKeyFor, PREFIX, quarantineKeyFor } from '../record/layout.js';
import {
  parseNormalizedRecord,
  RecordValidationError,
  SCHEMA_VERSION,
  type NormalizedRecord,
  type QuarantineRecord,
} from '../record/schema.js';
import type { Log, ObjectStore } from '../ports.js';
import { readArticleMetadata } from './article-metadata.js';

export interface ExtractObjectDeps {
  store: ObjectStore;
  log: Log;
  now: () => Date;
  maxObjectBytes: number;
  /** Defaults to the real extraction pipeline; injectable to test failure handling. */
  extract?: typeof extractArticle;
}

export interface UploadedObject {
  bucket: string;
  key: string;
  /** From the S3 event; HEAD is authoritative. */
  size?: number;
  eTag?: string;
}

export type ExtractOutcome =
  | { kind: 'normalized'; key: string; articleId: string; recordKey: string; contacts: number; warnings: number }
  | { kind: 'duplicate'; key: string; articleId: string; recordKey: string }
  | { kind: 'quarantined'; key: string; quarantineKey: string; code: RejectionCode; message: string }
  | { kind: 'skipped'; key: string; reason: 'not-incoming' | 'folder-marker' | 'not-found' };

const JSON_TYPE = 'application/json; charset=utf-8';

export async function processUploadedObject(deps: ExtractObjectDeps, object: UploadedObject): Promise<ExtractOutcome> {
  const { store, log } = deps;
  const { key } = object;
  const extract = deps.extract ?? extractArticle;

  // The trigger is scoped to incoming/, but a misconfigured one must never make the extractor feed on its own output.
  if (!key.startsWith(PREFIX.incoming)) {
    log.warn('object is outside incoming/, ignored', { objectKey: key });
    return { kind: 'skipped', key, reason: 'not-incoming' };
  }
  if (key.endsWith('/')) return { kind: 'skipped', key, reason: 'folder-marker' };

  const head = await store.head(key);
  if (!head) {
    log.warn('object no longer exists (deleted before processing), skipped', { objectKey: key });
    return { kind: 'skipped', key, reason: 'not-found' };
  }

  const quarantine = async (code: RejectionCode, message: string, size: number | null, eTag: string | null) => {
    const record: QuarantineRecord = {
      schemaVersion: SCHEMA_VERSION,
      bucket: store.bucket,
      key,
      eTag,
      size,
      reason: { code, message },
      quarantinedAt: deps.now().toISOString(),
    };
    const quarantineKey = quarantineKeyFor(key);
    await store.put(quarantineKey, JSON.stringify(record, null, 2), JSON_TYPE);
    log.warn('object quarantined', { objectKey: key, quarantineKey, reason: code, detail: message, size });
    return { kind: 'quarantined' as const, key, quarantineKey, code, message };
  };

  if (head.size > deps.maxObjectBytes) {
    return quarantine('too-large', `object is ${head.size} bytes; the limit is ${deps.maxObjectBytes} bytes (MAX_OBJECT_BYTES)`, head.size, head.eTag);
  }
  if (head.size === 0) return quarantine('empty', 'object is empty (0 bytes)', 0, head.eTag);

  const uploaded = await store.get(key);
  if (!uploaded) {
    log.warn('object deleted between HEAD and GET, skipped', { objectKey: key });
    return { kind: 'skipped', key, reason: 'not-found' };
  }
  // The object may have been overwritten by a bigger one since HEAD.
  if (uploaded.body.byteLength > deps.maxObjectBytes) {
    return quarantine('too-large', `object is ${uploaded.body.byteLength} bytes; the limit is ${deps.maxObjectBytes} bytes (MAX_OBJECT_BYTES)`, uploaded.body.byteLength, uploaded.eTag);
  }

  const { metadata, warnings: metadataWarnings } = readArticleMetadata(uploaded.metadata);
  for (const w of metadataWarnings) log.warn('malformed metadata ignored', { objectKey: key, warning: w.code, detail: w.message });

  let record: NormalizedRecord;
  try {
    const extracted = await extract(
      { bytes: uploaded.body, bucket: store.bucket, key, contentType: uploaded.contentType, metadata },
      { now: deps.now() },
    );
    // Merge the metadata warnings in; the schema check below still judges whatever extraction returned.
    const own = Array.isArray(extracted?.warnings) ? extracted.warnings : null;
    const known = new Set((own ?? []).map((w) => w?.code));
    record = parseNormalizedRecord(
      own ? { ...extracted, warnings: [...own, ...metadataWarnings.filter((w) => !known.has(w.code))] } : extracted,
    );
  } catch (err) {
    if (err instanceof RejectedInputError) return quarantine(err.code, err.message, uploaded.body.byteLength, uploaded.eTag);
    if (err instanceof RecordValidationError) {
      log.error('extraction produced an invalid record', { objectKey: key, detail: err.message });
      return quarantine('invalid-record', err.message, uploaded.body.byteLength, uploaded.eTag);
    }
    // A bug in extraction is deterministic for these bytes: quarantine with the error instead of retrying forever.
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    log.error('extraction failed unexpectedly', { objectKey: key, detail: message, stack: (err as Error)?.stack });
    return quarantine('extraction-failed', message, uploaded.body.byteLength, uploaded.eTag);
  }

  const recordKey = normalizedKeyFor(record.id);
  // One line: the Athena table over normalized/ (OpenX JSON SerDe) reads one JSON document per line.
  const created = await store.putIfAbsent(recordKey, JSON.stringify(record), JSON_TYPE);
  if (!created) {
    log.info('same article text already normalized, nothing written', { objectKey: key, articleId: record.id, recordKey });
    return { kind: 'duplicate', key, articleId: record.id, recordKey };
  }
  log.info('article normalized', {
    objectKey: key,
    articleId: record.id,
    recordKey,
    contacts: record.contacts.length,
    conditions: record.conditions.length,
    openQuestions: record.openQuestions.length,
    warnings: record.warnings.map((w) => w.code),
  });
  return { kind: 'normalized', key, articleId: record.id, recordKey, contacts: record.contacts.length, warnings: record.warnings.length };
}
