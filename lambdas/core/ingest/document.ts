/**
 * Ingest: one uploaded object → the article document every extractor works on.
 *   bytes → decode (UTF-8/UTF-16/Windows-1252, binary rejected) → format (html | markdown | text)
 *   → main text → noise removal → paragraphs with offsets into the cleaned text.
 * The decoded text (before cleaning) is kept because the article id hashes it.
 * Asynchronous because the HTML reader (./html.js: linkedom, Readability, htmlparser2, about 200 KiB bundled)
 * is imported on the first HTML document only: in the Lambda bundle it is a separate chunk that a cold start
 * for a text or Markdown upload never parses.
 */
import { decodeBytes, type TextEncodingName } from './decode.js';
import { markdownToArticle } from './markdown.js';
import { cleanArticleText, type Paragraph } from './noise.js';
import { findPublishedInText, parsePublishedValue } from './published.js';
import { RejectedInputError } from './errors.js';
import { LETTER_OR_DIGIT } from './letters.js';

export type ArticleFormat = 'html' | 'markdown' | 'text';

export interface ArticleDocument {
  decodedText: string;
  encoding: TextEncodingName;
  format: ArticleFormat;
  cleanedText: string;
  paragraphs: Paragraph[];
  title: string | null;
  /** A published date the document itself states (meta tag, front matter, dateline), as YYYY-MM-DD. */
  publishedInDocument: string | null;
  /** From an HTML page's canonical link / og:url and og:site_name; metadata wins over these. */
  canonicalUrl: string | null;
  siteName: string | null;
  /** True when noise removal left no readable text. */
  allNoise: boolean;
}

/** Cheap check used when the key has no telling extension or content type. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:body|head|article|p|div)[\s>]/.test(head);
}

export function detectFormat(key: string | null, contentType: string | null, text: string): ArticleFormat {
  const ext = key?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const type = contentType?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || type.includes('html')) return 'html';
  if (ext === 'md' || ext === 'markdown' || type.includes('markdown')) return 'markdown';
  if (looksLikeHtml(text)) return 'html';
  return 'text';
}

export async function prepareDocument(bytes: Uint8Array, key: string | null, contentType: string | null): Promise<ArticleDocument> {
  const { text: decodedText, encoding } = decodeBytes(bytes);
  const format = detectFormat(key, contentType, decodedText);
  let body = decodedText;
  let title: string | null = null;
  let publishedRaw: string | null = null;
  let canonicalUrl: string | null = null;
  let siteName: string | null = null;
  if (format === 'html') {
    const { htmlToArticle } = await import('./html.js');
    const page = htmlToArticle(decodedText);
    canonicalUrl = page.url;
    siteName = page.siteName;
    body = page.text;
    title = page.title;
    publishedRaw = page.publishedRaw;
  } else if (format === 'markdown') {
    const md = markdownToArticle(decodedText);
    body = md.text;
    title = md.title;
    publishedRaw = md.publishedRaw;
  }
  if (!LETTER_OR_DIGIT.test(decodedText)) {
    // Only punctuation and symbols: nothing an analyst could read.
    throw new RejectedInputError('whitespace-only', `no letters or digits in the ${format} content`);
  }
  // A page that is all furniture (only a caption, only markup) still becomes a record — with nothing in it
  // and a warning — rather than an error: the upload is accounted for and the reason is visible.
  const cleaned = cleanArticleText(body, title);
  const publishedInDocument = parsePublishedValue(publishedRaw) ?? findPublishedInText(body);
  return {
    decodedText,
    encoding,
    format,
    cleanedText: cleaned.text,
    paragraphs: cleaned.paragraphs,
    title: cleaned.title,
    publishedInDocument,
    canonicalUrl,
    siteName,
    allNoise: !LETTER_OR_DIGIT.test(cleaned.text),
  };
}
