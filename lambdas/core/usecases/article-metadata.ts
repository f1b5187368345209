/**
 * S3 user metadata is typed by hand (`aws s3 cp --metadata published=…`), so it is read defensively:
 * a value that does not parse is dropped with a warning on the record, never a crash and never a
 * quarantine — the article itself is still good.
 */
import type { ArticleMetadata } from '../extract/index.js';
import { parsePublishedValue } from '../ingest/published.js';
import type { RecordWarning } from '../record/schema.js';

const MAX_FIELD_CHARS = 500;

function clean(value: string | undefined): string | null {
  if (value === undefined) return null;
  const flat = value.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').trim();
  return flat ? flat.slice(0, MAX_FIELD_CHARS) : null;
}

function parseUrl(value: string): string | null {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function readArticleMetadata(raw: Record<string, string>): { metadata: ArticleMetadata; warnings: RecordWarning[] } {
  const warnings: RecordWarning[] = [];
  const metadata: ArticleMetadata = {};

  const published = clean(raw.published);
  if (published !== null) {
    const date = parsePublishedValue(published);
    if (date) metadata.published = date;
    else warnings.push({ code: 'metadata-published-invalid', message: `ignored metadata published="${published}": expected a calendar date such as YYYY-MM-DD` });
  }

  const url = clean(raw.url);
  if (url !== null) {
    const parsed = parseUrl(url);
    if (parsed) metadata.url = parsed;
    else warnings.push({ code: 'metadata-url-invalid', message: `ignored metadata url="${url}": only http and https URLs are kept` });
  }

  const outlet = clean(raw.outlet);
  if (outlet !== null) metadata.outlet = outlet;

  return { metadata, warnings };
}
