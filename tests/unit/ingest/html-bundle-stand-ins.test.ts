/**
 * The Lambda bundles give linkedom a smaller selector matcher (infra/bundling/tag-and-attribute-selectors.ts
 * for css-select) and htmlparser2's Parser module alone (infra/bundling/aliases.ts). This bundles linkedom,
 * Readability and the HTML reader with the same aliases and checks that they give exactly what the
 * unbundled packages give on every HTML page in the seeds and fixtures: the parsed document, Readability's
 * article (called directly, so a selector the matcher refuses fails here instead of being swallowed by
 * htmlToArticle's fallback), the reader's output, and the elements a set of selectors finds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStandInBundle, type StandInBundle } from '../support/stand-in-bundle.js';
import { htmlToArticle } from '../../../lambdas/core/ingest/html.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return htmlFiles(file);
    return /\.html?$/.test(name) ? [file] : [];
  });
}
const pages = ['seeds', 'tests/fixtures'].flatMap((dir) => htmlFiles(path.join(ROOT, dir))).map((file) => ({
  name: path.relative(ROOT, file),
  html: readFileSync(file, 'utf8'),
}));

/** Attribute names and values in mixed case, for the case rules of tag names, attribute names and values. */
const MIXED_CASE_PAGE = `<!DOCTYPE html><html><head>
<LINK REL="Canonical" href="https://news.test/upper"><link rel="Canonical" href="https://news.test/A"><link rel="alternate" hreflang="EN-gb" href="/en">
<meta Property="og:title" content="T"><meta NAME="Description" content="D"><meta name="og:title" content="lower">
<base href="https://news.test/"><title>Page</title></head><body>
<Time DateTime="2025-01-02">2 Jan</Time><time>undated</time>
<input type="TEXT" Name="Q"><input type="text" name="q"><div data-role="Main" class="A b">x</div>
<svg><foreignObject><p>in svg</p></foreignObject></svg></body></html>`;

const SELECTORS = [
  'meta', 'title', 'base', 'time[datetime]', 'link[rel="canonical"]', 'LINK[REL=CANONICAL]', "link[rel='CANONICAL']",
  'link[hreflang="en-GB"]', 'meta[property="og:title"]', 'meta[name="description"]', 'meta[name]', 'META[Name="og:title"]',
  'input[type="text"]', 'input[name="q"]', 'input[name="Q"]', 'div[data-role="Main"]', 'div[data-role="main"]',
  '[class="A b"]', '*', '*[name]', 'script,noscript', 'img,picture,figure', 'SPAN,LI,TD,BLOCKQUOTE,DL,DIV,IMG,OL,P,PRE,TABLE,UL',
  'h1, h2 ,h3', ' title ', 'meta, [content]', 'foreignobject', 'p', 'a',
];

type Linkedom = typeof import('linkedom');
let bundled: { parseHTML: Linkedom['parseHTML']; Readability: typeof Readability; htmlToArticle: typeof htmlToArticle };
let bundle: StandInBundle<typeof bundled>;

beforeAll(async () => {
  bundle = await importStandInBundle<typeof bundled>(
    [
      `export { htmlToArticle } from ${JSON.stringify(path.join(ROOT, 'lambdas/core/ingest/html.ts'))};`,
      "export { parseHTML } from 'linkedom';",
      "export { Readability } from '@mozilla/readability';",
    ].join('\n'),
  );
  bundled = bundle.module;
}, 60_000);
afterAll(() => bundle.remove());

function readabilityArticle(parse: Linkedom['parseHTML'], Reader: typeof Readability, html: string): string {
  const { document } = parse(html);
  return JSON.stringify(new Reader(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse());
}

/** The elements a selector finds, by their markup, through querySelectorAll, querySelector, matches and closest. */
interface FoundElement {
  outerHTML: string;
  matches(selector: string): boolean;
  closest(selector: string): FoundElement | null;
}
function found(parse: Linkedom['parseHTML'], html: string, selector: string): string[] {
  const { document } = parse(html);
  const select = (s: string) => Array.from(document.querySelectorAll(s)) as FoundElement[];
  const all = select(selector).map((e) => e.outerHTML);
  const first = (document.querySelector(selector) as FoundElement | null)?.outerHTML ?? 'none';
  const every = select('*');
  const matching = every.filter((e) => e.matches(selector)).length;
  const closestToLast = every[every.length - 1]?.closest(selector)?.outerHTML ?? 'none';
  return [...all, `first: ${first}`, `matches: ${matching}`, `closest: ${closestToLast}`];
}

describe('HTML reader bundled with the selector matcher and parser stand-ins', () => {
  it('has pages to compare', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it('parses every page into the same document', () => {
    for (const { name, html } of pages) {
      expect(bundled.parseHTML(html).document.toString(), name).toBe(parseHTML(html).document.toString());
    }
  });

  it('gets the same Readability article from every page', () => {
    for (const { name, html } of pages) {
      const article = readabilityArticle(bundled.parseHTML, bundled.Readability, html);
      expect(article.length, name).toBeGreaterThan(500);
      expect(article, name).toBe(readabilityArticle(parseHTML, Readability, html));
    }
  });

  it('reads every page into the same article', () => {
    for (const { name, html } of pages) expect(bundled.htmlToArticle(html), name).toEqual(htmlToArticle(html));
    expect(bundled.htmlToArticle(MIXED_CASE_PAGE)).toEqual(htmlToArticle(MIXED_CASE_PAGE));
  });

  it.each(SELECTORS)('finds the same elements as css-select for %s', (selector) => {
    for (const html of [MIXED_CASE_PAGE, pages[0].html]) {
      const expected = found(parseHTML, html, selector);
      expect(found(bundled.parseHTML, html, selector)).toEqual(expected);
    }
  });

  it('tells the HTML case rules apart (so the comparisons above can fail)', () => {
    const { document } = bundled.parseHTML(MIXED_CASE_PAGE);
    // rel's value compares without case; linkedom keeps attribute names as written, so REL= is not rel=.
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://news.test/A');
    expect(document.querySelectorAll('input[name="q"]').length).toBe(1);
    expect(document.querySelectorAll('div[data-role="main"]').length).toBe(0);
  });

  it.each(['div p', 'div > p', 'p + p', '.lead', '#main', 'p:first-child', 'a::before', '[class~="b"]', '[rel="canonical" i]', 'a[href^="https"]', 'svg|a', '[title="a\\"b"]', 'p,', ''])(
    'refuses %j (beyond its grammar) with an error rather than a different match',
    (selector) => {
      const { document } = bundled.parseHTML(MIXED_CASE_PAGE);
      expect(() => document.querySelectorAll(selector)).toThrow(/not supported .* by the Lambda bundle's matcher/);
    },
  );
});
