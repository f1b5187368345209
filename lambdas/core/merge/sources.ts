/** Source references: where a merged item was reported, and the per-article list of the briefing. */
import type { BriefingSource, ItemSource } from '../briefing/model.js';
import type { Evidence, NormalizedRecord } from '../record/schema.js';

export function itemSource(record: NormalizedRecord, familyId: string, evidence: Evidence[], itemRef: string): ItemSource {
  return {
    articleId: record.id,
    key: record.source.key,
    outlet: record.source.outlet,
    url: record.source.url,
    published: record.published.date,
    familyId,
    evidence,
    itemRef,
  };
}

export function briefingSource(record: NormalizedRecord, familyId: string): BriefingSource {
  return {
    articleId: record.id,
    key: record.source.key,
    title: record.title,
    outlet: record.source.outlet,
    url: record.source.url,
    published: record.published.date,
    familyId,
  };
}

/** Earliest first by published date (unknown last), then article id: the order sources are listed in. */
export function compareByPublished(a: { published: string | null; articleId: string }, b: { published: string | null; articleId: string }): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}

/** Number of distinct source families among items. */
export function familyCount(items: ReadonlyArray<{ familyId: string }>): number {
  return new Set(items.map((i) => i.familyId)).size;
}
