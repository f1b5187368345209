/**
 * The rendered email in real headless Chromium: no horizontal scroll on a 390 px phone, every section heading
 * visible, no network requests. Skips (saying why) when /usr/bin/chromium is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBriefing } from '../../lambdas/core/render/index.js';
import type { BriefingModel } from '../../lambdas/core/briefing/model.js';
import { fullModel } from '../fixtures/briefing/full.js';
import { longNamesModel } from '../fixtures/briefing/long-names.js';
import { emptyModel } from '../fixtures/briefing/empty.js';
import { hostileModel } from '../fixtures/briefing/hostile.js';
import { BrowserSession, CHROMIUM_PATH, chromiumAvailable } from './chromium.js';

// The callbacks given to page.evaluate run in the browser; these stand in for the DOM lib, which this
// Node project does not load (adding it globally would hide DOM use in the Lambda code from tsc).
declare const document: any;
declare function getComputedStyle(el: unknown): any;

const available = chromiumAvailable();
let browser: BrowserSession;
const title = available
  ? 'briefing email in headless Chromium'
  : `briefing email in headless Chromium — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium, or set CHROMIUM_PATH)`;

const SECTIONS = ['What changed', 'Latest contacts', 'Timeline', 'Stated conditions', 'Open questions', 'Around the track', 'Sources'];

interface Layout {
  scrollWidth: number;
  clientWidth: number;
  headings: Array<{ text: string; visible: boolean; left: number; right: number }>;
  widest: { tag: string; cls: string; right: number } | null;
}

async function layoutAt(model: BriefingModel | string, width: number): Promise<Layout & { requests: string[] }> {
  const html = typeof model === 'string' ? model : renderBriefing(model, { timezone: 'Europe/London' }).html;
  return browser.withPage(html, width, async ({ page, requests }) => {
    const layout = await page.evaluate(() => {
      const doc = document.documentElement;
      const headings = [...document.querySelectorAll('h2')].map((h) => {
        const r = h.getBoundingClientRect();
        const s = getComputedStyle(h);
        return {
          text: (h.textContent ?? '').trim(),
          visible: r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0,
          left: r.left,
          right: r.right,
        };
      });
      let widest: { tag: string; cls: string; right: number } | null = null;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (!widest || r.right > widest.right)) widest = { tag: el.tagName, cls: el.className, right: r.right };
      }
      return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, headings, widest };
    });
    return { ...layout, requests };
  });
}

describe.skipIf(!available)(title, () => {
  beforeAll(async () => {
    browser = await BrowserSession.open();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['full', fullModel],
    ['long names', longNamesModel],
    ['hostile text', hostileModel],
    ['empty', emptyModel],
  ] as const)('%s: no horizontal scroll at 390 px and every section heading visible', async (_name, model) => {
    const l = await layoutAt(model, 390);
    expect(l.scrollWidth, `widest element: ${JSON.stringify(l.widest)}`).toBeLessThanOrEqual(l.clientWidth);
    expect(l.headings.map((h) => h.text.replace(/ since .*/, ''))).toEqual(SECTIONS);
    for (const h of l.headings) {
      expect(h.visible, h.text).toBe(true);
      expect(h.left).toBeGreaterThanOrEqual(0);
      expect(h.right).toBeLessThanOrEqual(390);
    }
    expect(l.requests).toEqual([]);
  });

  it('the check itself catches a page that scrolls sideways', async () => {
    const { html } = renderBriefing(fullModel, { timezone: 'Europe/London' });
    const broken = html.replace('<h1', '<table width="900"><tr><td>wide</td></tr></table><h1');
    const l = await layoutAt(broken, 390);
    expect(l.scrollWidth).toBeGreaterThan(l.clientWidth);
  });

  it('centres a column of at most 640 px on a wide screen', async () => {
    const { html } = renderBriefing(fullModel, { timezone: 'Europe/London' });
    const box = await browser.withPage(html, 1200, async ({ page }) => page.locator('.container').boundingBox());
    expect(box!.width).toBeLessThanOrEqual(640);
    expect(Math.abs(box!.x + box!.width / 2 - 600)).toBeLessThan(20);
  });

  it('switches to dark colours when the reader’s system is dark', async () => {
    const { html } = renderBriefing(fullModel, { timezone: 'Europe/London' });
    const colors = await browser.withPage(html, 390, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      return page.evaluate(() => ({
        container: getComputedStyle(document.querySelector('.container')!).backgroundColor,
        text: getComputedStyle(document.querySelector('.section')!).color,
      }));
    });
    expect(colors.container).toBe('rgb(17, 24, 39)');
    expect(colors.text).toBe('rgb(229, 231, 235)');
  });
});
