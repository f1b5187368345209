import { describe, expect, it } from 'vitest';
import { markdownToArticle } from '../../../lambdas/core/ingest/markdown.js';

describe('markdownToArticle', () => {
  it('reads front matter and strips markup that would leak into sentences', () => {
    const md = [
      '---',
      'title: "Talks in Geneva"',
      'published: 2025-03-04',
      '---',
      '# Talks in Geneva',
      '',
      'Foreign Minister **Jane Doe** met [the envoy](https://x.test/a) in `Geneva`.',
      '![photo](x.png)',
      '- first point',
      '> quoted line',
      '```',
      'code that is not prose',
      '```',
    ].join('\n');
    const article = markdownToArticle(md);
    expect(article.title).toBe('Talks in Geneva');
    expect(article.publishedRaw).toBe('2025-03-04');
    expect(article.text).toContain('Foreign Minister Jane Doe met the envoy in Geneva.');
    expect(article.text).toContain('first point');
    expect(article.text).toContain('quoted line');
    expect(article.text).not.toMatch(/\*\*|\]\(|!\[|```|code that is not prose|^#/m);
  });

  it('uses the first heading as title when there is no front matter', () => {
    expect(markdownToArticle('## Headline here\n\nBody.').title).toBe('Headline here');
  });
});
