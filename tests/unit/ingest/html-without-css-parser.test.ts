/**
 * The Lambda bundles replace linkedom's CSS parser with a stub that throws (infra/bundling/aliases.ts). This
 * bundles the HTML reader with the same aliases and runs it on pages with <style> blocks and style
 * attributes, so a change that starts reading style sheets fails here rather than in a deployed function.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStandInBundle, type StandInBundle } from '../support/stand-in-bundle.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const fixture = readFileSync(path.join(ROOT, 'tests/fixtures/extract/iran-eu.html'), 'utf8');

type HtmlReader = typeof import('../../../lambdas/core/ingest/html.js') & { parseHTML: typeof import('linkedom').parseHTML };
let reader: HtmlReader;
let bundle: StandInBundle<HtmlReader>;

beforeAll(async () => {
  bundle = await importStandInBundle<HtmlReader>(
    `export * from ${JSON.stringify(path.join(ROOT, 'lambdas/core/ingest/html.ts'))};\nexport { parseHTML } from 'linkedom';`,
  );
  reader = bundle.module;
}, 60_000);
afterAll(() => bundle.remove());

describe('HTML to article, bundled without a CSS parser', () => {
  it('has the stub in place: reading a style sheet throws, so the checks below are meaningful', () => {
    const { document } = reader.parseHTML('<html><head><style>p { color: red }</style></head><body><p>x</p></body></html>');
    const style = document.querySelector('style') as unknown as { sheet: unknown };
    expect(() => style.sheet).toThrow(/not parsed in the Lambda bundle/);
  });

  it('reads a page with <style> blocks, style attributes and hidden elements', () => {
    const page = reader.htmlToArticle(fixture.replace('</head>', '<style>.ad { display: none }</style></head>'));
    expect(page.text).toContain('Kazem Gharibabadi met senior diplomats from Britain, France and Germany in Istanbul on Friday');
    expect(page.text).not.toContain('display: none');
  });

  it('falls back to the body text with a style sheet in the page', () => {
    const page = reader.htmlToArticle('<html><head><style>body { margin: 0 }</style></head><body><p style="font-weight:bold">Putin met Xi in Beijing.</p></body></html>');
    expect(page.text).toBe('Putin met Xi in Beijing.');
  });
});
