/**
 * Entry point of extraction: one uploaded object → one normalized record.
 *   ingest   decode bytes, read HTML/Markdown/text, drop page noise        (lambdas/core/ingest)
 *   segment  sentences per paragraph                                        (segment.ts)
 *   extract  people, countries, places, dates per sentence                  (context.ts …)
 *            contacts, conditions, open questions                           (contacts.ts, conditions.ts, questions.ts)
 *   refine   references back, continuations, history, merging               (assemble.ts, refine/)
 * Pure: no I/O, no clock other than `options.now`.
 */
import { articleIdFor } from '../record/layout.js';
import { SCHEMA_VERSION, type NormalizedRecord, type RecordWarning } from '../record/schema.js';
import { prepareDocument } from '../ingest/document.js';
import { parsePublishedValue } from '../ingest/published.js';
import { minhashOfWords, textWords } from '../syndication/minhash.js';
import { assembleContacts } from './assemble.js';
import { buildContext, newArticleMemory, type SentenceContext } from './context.js';
import { addEarlierMentions } from './earlier-mentions.js';
import { assignHomeOfficials } from './home-officials.js';
import { extractConditions } from './conditions.js';
import { extractOpenQuestions } from './questions.js';
import { segmentParagraphs } from './segment.js';

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
  /** Object size in bytes, when the caller knows it (recorded in source.size). */
  size?: number | null;
}

export interface ExtractOptions {
  /** Clock for extractedAt. */
  now: Date;
}

function resolvePublished(input: ArticleInput, inDocument: string | null, warnings: RecordWarning[]): NormalizedRecord['published'] {
  const raw = input.metadata.published;
  if (raw !== undefined && raw !== null && String(raw).trim() !== '') {
    const date = parsePublishedValue(String(raw));
    if (date) return { date, source: 'metadata' };
    warnings.push({
      code: 'invalid-published-metadata',
      message: `ignored metadata published=${JSON.stringify(String(raw).slice(0, 60))}: not a calendar date (expected YYYY-MM-DD)`,
    });
  }
  if (inDocument) return { date: inDocument, source: 'text' };
  return { date: null, source: null };
}

/** The year relative references are judged against: the published year, else the latest year the text names. */
function referenceYear(published: string | null, text: string, now: Date): number | null {
  if (published) return Number(published.slice(0, 4));
  // Years after the extraction date are goals ("Vision 2030"), not the article's time.
  const thisYear = now.getUTCFullYear();
  let max: number | null = null;
  for (const m of text.matchAll(/\b(19\d\d|20\d\d)\b/g)) {
    const year = Number(m[1]);
    if (year <= thisYear) max = Math.max(max ?? 0, year);
  }
  return max;
}

/** Asynchronous only because an HTML document loads the HTML reader on first use (ingest/document.ts). */
export async function extractArticle(input: ArticleInput, options: ExtractOptions): Promise<NormalizedRecord> {
  const warnings: RecordWarning[] = [];
  const doc = await prepareDocument(input.bytes, input.key, input.contentType);
  if (doc.encoding !== 'utf-8') warnings.push({ code: 'encoding', message: `decoded as ${doc.encoding}` });
  if (doc.allNoise) warnings.push({ code: 'no-article-text', message: `no article text left after removing page noise (${doc.format})` });
  const published = resolvePublished(input, doc.publishedInDocument, warnings);
  const id = articleIdFor(doc.decodedText);

  // Only prose is mined: titles and section headings restate the body and are too terse to read safely.
  const prose = doc.paragraphs.map((p) => (p.kind === 'prose' ? p : { ...p, text: '' }));
  const sentences = segmentParagraphs(prose);
  const memory = newArticleMemory();
  const contexts: SentenceContext[] = sentences.map((s) => buildContext(s, published.date, memory));
  addEarlierMentions(contexts);
  assignHomeOfficials(contexts);
  const refYear = referenceYear(published.date, doc.cleanedText, options.now);

  const contacts = assembleContacts(contexts, published.date, refYear, id);
  const conditions = extractConditions(contexts, refYear, contacts);
  const openQuestions = extractOpenQuestions(contexts);
  // One pass over the text gives both the word count and the fingerprint's shingles.
  const cleanedWords = textWords(doc.cleanedText);

  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    source: {
      bucket: input.bucket,
      key: input.key,
      url: input.metadata.url ?? doc.canonicalUrl,
      outlet: input.metadata.outlet ?? doc.siteName,
      contentType: input.contentType ?? null,
      size: input.size ?? input.bytes.length,
    },
    title: doc.title,
    published,
    extractedAt: options.now.toISOString(),
    contacts,
    conditions,
    openQuestions,
    warnings,
    wordCount: cleanedWords.starts.length,
    fingerprint: { minhash: minhashOfWords(cleanedWords) },
  };
}
