/**
 * PLACEHOLDER entry point of extraction — the extraction issue replaces the body with the real pipeline
 * (decode → readability/noise removal → sentence split → extractors → refiners). Signature is the contract.
 */
import { articleIdFor } from '../record/layout.js';
import { SCHEMA_VERSION, type NormalizedRecord } from '../record/schema.js';
import { RejectedInputError } from '../ingest/errors.js';

export interface ArticleMetadata {
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
}

export interface ArticleInput {
  bytes: Uint8Array;
  bucket: string | null;
  key: string | null;
  contentType: string | null;
  /** S3 user metadata (or CLI flags); wins over anything guessed from the text. */
  metadata: ArticleMetadata;
}

export interface ExtractOptions {
  /** Clock for extractedAt. */
  now: Date;
}

export function extractArticle(input: ArticleInput, options: ExtractOptions): NormalizedRecord {
  const text = new TextDecoder('utf-8').decode(input.bytes);
  if (text.length === 0) throw new RejectedInputError('empty', 'object is empty');
  return {
    schemaVersion: SCHEMA_VERSION,
    id: articleIdFor(text),
    source: { bucket: input.bucket, key: input.key, url: input.metadata.url ?? null, outlet: input.metadata.outlet ?? null },
    title: text.split('\n')[0]?.trim() || null,
    published: { date: input.metadata.published ?? null, source: input.metadata.published ? 'metadata' : null },
    extractedAt: options.now.toISOString(),
    contacts: [],
    conditions: [],
    openQuestions: [],
    warnings: [],
  };
}
