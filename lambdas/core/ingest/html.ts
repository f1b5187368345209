/**
 * HTML page → article text. The main content comes from @mozilla/readability over a linkedom DOM (no
 * browser, no network); title and published date come from the page's meta tags when present. Text is
 * rebuilt from DOM text nodes only, so scripts, styles and event-handler attributes never reach it.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface HtmlArticle {
  title: string | null;
  /** The published date as the page states it (ISO or free text); validated later. */
  publishedRaw: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** Canonical address (http/https only) and site name, when the page states them. */
  url: string | null;
  siteName: string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'BR', 'HR', 'FIGURE',
]);
// Never article prose: code, chrome, and photo captions (captions describe other days and other people).
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'FIGCAPTION',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collectText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  const block = BLOCK.has(name);
  if (block) out.push('\n\n');
  for (let i = 0; i < node.childNodes.length; i++) collectText(node.childNodes[i], out);
  if (block) out.push('\n\n');
}

function toParagraphs(root: DomNode): string {
  const parts: string[] = [];
  collectText(root, parts);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date',
  'parsely-pub-date', 'article.published',
];

type LinkedDocument = ReturnType<typeof parseHTML>['document'];

function metaContent(document: LinkedDocument, key: string): string | null {
  const lower = key.toLowerCase();
  for (const meta of Array.from(document.querySelectorAll('meta')) as Array<{ getAttribute(name: string): string | null }>) {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (name === lower) {
      const content = meta.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return null;
}

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const ogTitle = metaContent(document, 'og:title');
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Readability mutates the DOM, so meta tags and <time> are read before it runs.
  let publishedMeta: string | null = null;
  for (const key of PUBLISHED_META) {
    publishedMeta = metaContent(document, key);
    if (publishedMeta) break;
  }
  const timeTag = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(document, 'og:url');
  const siteName = metaContent(document, 'og:site_name');
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (node) => node as unknown as DomNode,
      charThreshold: 200,
    }).parse();
  } catch {
    article = null;
  }
  let text = article?.content ? toParagraphs(article.content) : '';
  if (!text) {
    // Readability gives up on very short pages; fall back to the whole body, chrome skipped.
    const { document: fresh } = parseHTML(html);
    text = fresh.body ? toParagraphs(fresh.body as unknown as DomNode) : '';
  }
  return {
    title: ogTitle ?? article?.title?.trim() ?? pageTitle,
    // Readability's publishedTime covers JSON-LD datePublished.
    publishedRaw: publishedMeta ?? article?.publishedTime ?? timeTag,
    // Only web addresses: a javascript: or data: "canonical" must never reach a briefing link.
    url: canonical && /^https?:\/\/[^\s]+$/i.test(canonical) ? canonical : null,
    siteName: siteName?.slice(0, 200) ?? null,
    text,
  };
}
