import { extractArticle } from '../../../lambdas/core/extract/index.js';
import type { NormalizedRecord } from '../../../lambdas/core/record/schema.js';

export const NOW = new Date('2026-01-01T00:00:00Z');

/** Run the whole pipeline on a short text, as the handler would for an uploaded .txt. */
export function extractText(text: string, published: string | null = null, key = 'article.txt'): Promise<NormalizedRecord> {
  return extractArticle({ bytes: new TextEncoder().encode(text), bucket: null, key, contentType: null, metadata: { published } }, { now: NOW });
}

/** Contacts as compact, readable tuples for assertions. */
export async function contactsOf(text: string, published: string | null = null) {
  return (await extractText(text, published)).contacts.map((c) => ({
    mode: c.mode,
    status: c.status,
    who: c.participants.map((p) => p.name).sort(),
    countries: c.countries,
    date: c.date.value ?? c.date.text,
    initiator: c.initiator,
    city: c.location?.city ?? null,
  }));
}
