/**
 * Headless Debian Chromium through playwright-core, shared by `npm run preview` and the browser test.
 * A session has a fresh user-data dir (removed on close) and no network: an email that needs anything from
 * the network is a bug, so every request is refused and recorded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface PageSession {
  page: Page;
  /** URLs this page tried to fetch (all refused). */
  requests: string[];
}

export class BrowserSession {
  private constructor(
    private readonly context: BrowserContext,
    private readonly profile: string,
    private readonly requests: string[],
  ) {}

  static async open(): Promise<BrowserSession> {
    const profile = mkdtempSync(join(tmpdir(), 'briefing-chromium-'));
    try {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1200, height: 900 },
        deviceScaleFactor: 1,
      });
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      return new BrowserSession(context, profile, requests);
    } catch (err) {
      rmSync(profile, { recursive: true, force: true });
      throw err;
    }
  }

  /** Opens `html` in a new page `width` px wide, runs `fn`, closes the page. */
  async withPage<T>(html: string, width: number, fn: (s: PageSession) => Promise<T>): Promise<T> {
    const page = await this.context.newPage();
    const start = this.requests.length;
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.setContent(html, { waitUntil: 'load' });
      return await fn({ page, requests: this.requests.slice(start) });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    try {
      await this.context.close();
    } finally {
      rmSync(this.profile, { recursive: true, force: true });
    }
  }
}

/** One page in a browser of its own (for scripts; tests share a session). */
export async function withPage<T>(html: string, width: number, fn: (s: PageSession) => Promise<T>): Promise<T> {
  const session = await BrowserSession.open();
  try {
    return await session.withPage(html, width, fn);
  } finally {
    await session.close();
  }
}

export async function screenshot(html: string, width: number, file: string): Promise<void> {
  await withPage(html, width, async ({ page }) => {
    await page.screenshot({ path: file, fullPage: true });
  });
}
