import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../../lambdas/core/ingest/html.js';
import { looksLikeHtml } from '../../../lambdas/core/ingest/document.js';

const fixture = readFileSync(new URL('../../fixtures/extract/iran-eu.html', import.meta.url), 'utf8');

describe('htmlToArticle', () => {
  it('takes the title and published date from the meta tags', () => {
    const page = htmlToArticle(fixture);
    expect(page.title).toBe('Iran and European powers hold nuclear talks in Istanbul');
    expect(page.publishedRaw).toBe('2025-07-25T14:03:00Z');
  });

  it('keeps the article paragraphs and never lets scripts, handlers, nav, captions or footers into the text', () => {
    const { text } = htmlToArticle(fixture);
    expect(text).toContain('Kazem Gharibabadi met senior diplomats from Britain, France and Germany in Istanbul on Friday');
    for (const leak of ['trackPageview', 'alert', 'evil()', 'steal()', 'document.write', 'Subscribe to our newsletter', 'Home', 'Oil prices fall', 'All rights reserved', 'Geneva in 2019']) {
      expect(text).not.toContain(leak);
    }
    // Paragraphs stay separate so sentences never run across them.
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('falls back to the body text for a page too short for Readability', () => {
    const page = htmlToArticle('<html><head><title>Short</title></head><body><p>Putin met Xi in Beijing.</p><script>x()</script></body></html>');
    expect(page.text).toBe('Putin met Xi in Beijing.');
    expect(page.title).toBe('Short');
    expect(page.publishedRaw).toBeNull();
  });

  it('reads a <time datetime> when no meta tag names the date', () => {
    const page = htmlToArticle('<html><body><article><time datetime="2025-03-01">1 March</time><p>Text.</p></article></body></html>');
    expect(page.publishedRaw).toBe('2025-03-01');
  });

  it('reads the canonical address and site name, web addresses only', () => {
    const page = htmlToArticle('<html><head><link rel="canonical" href="https://news.test/a"><meta property="og:site_name" content="News Test"></head><body><p>Text.</p></body></html>');
    expect(page).toMatchObject({ url: 'https://news.test/a', siteName: 'News Test' });
    expect(htmlToArticle('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>x</p></body></html>').url).toBeNull();
  });

  it('recognizes HTML by content when there is no extension', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('  <p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('Rubio met Lavrov. 3 < 4 and 5 > 2.')).toBe(false);
  });
});
