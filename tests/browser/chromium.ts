/**
 * Headless Debian Chromium through playwright-core, shared by `npm run preview` and the browser test.
 * Each session gets a fresh user-data dir (removed afterwards) and the network is cut: an email that needs
 * anything from the network is a bug, so every request is refused and reported.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

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
  /** URLs the page tried to fetch (all refused). */
  requests: string[];
}

/** Opens `html` at the given viewport width, runs `fn`, and always closes the browser and removes its profile. */
export async function withPage<T>(html: string, width: number, fn: (s: PageSession) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'briefing-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    javaScriptEnabled: true,
  });
  try {
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(html, { waitUntil: 'load' });
    return await fn({ page, requests });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function screenshot(html: string, width: number, file: string): Promise<void> {
  await withPage(html, width, async ({ page }) => {
    await page.screenshot({ path: file, fullPage: true });
  });
}
