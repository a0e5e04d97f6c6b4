// The end-to-end set-up: the real reference server (in-memory database, demo seed) serving the
// example portal with its backend mounted on the same origin, and Debian's Chromium driven by
// playwright-core. Screenshots go to .test-output/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Locale } from '@credit-kit/contract';
import { createClient, type CreditClient } from '@credit-kit/sdk';
import type { RunningServer } from '@credit-kit/server';
import { startPortalServer, widgetsBundle } from '../../examples/portal/serve.js';

export const screenshotDir = '.test-output/screenshots';
export type { Locale };
export const locales: readonly Locale[] = ['zh-CN', 'en'];

interface ChromiumModule {
  findChromium: () => string;
  chromiumArgs: string[];
}

/** scripts/chromium.mjs finds (or installs) the one Chromium every browser test uses. */
async function launchChromium(): Promise<Browser> {
  const url = new URL('../../scripts/chromium.mjs', import.meta.url).href;
  const { findChromium, chromiumArgs } = (await import(url)) as ChromiumModule;
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}

export interface Portal {
  url: string;
  server: RunningServer;
  demo: NonNullable<RunningServer['demo']>;
  /** The SDK as the demo department's backend holds it (its secret key). */
  department: CreditClient;
  browser: Browser;
  /**
   * A fresh browser context (own storage) on `path`, in `locale`, ready once the portal has wired
   * itself; `beforeLoad` runs on the page before it navigates (to watch its requests from the start).
   */
  open(path?: string, locale?: Locale, beforeLoad?: (page: Page) => void): Promise<Page>;
  close(): Promise<void>;
}

export async function startPortal(): Promise<Portal> {
  if (!existsSync(widgetsBundle)) throw new Error(`${widgetsBundle} is missing: run \`npm run build\` first.`);
  const server = await startPortalServer({ port: 0, dataDir: 'memory://', logger: false });
  const demo = server.demo!;
  const browser = await launchChromium();
  return {
    url: server.url,
    server,
    demo,
    department: createClient({ baseUrl: server.url, secretKey: demo.secretKey }),
    browser,
    async open(path = '/', locale = 'zh-CN', beforeLoad) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      beforeLoad?.(page);
      const target = new URL(path, server.url);
      if (path === '/') target.searchParams.set('lang', locale);
      await page.goto(target.href);
      if (path === '/') await page.waitForSelector('body[data-ready="true"]');
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Saves a full-page screenshot as `<flow>.<locale>.png` and returns its path. */
export async function screenshot(page: Page, flow: string, locale: Locale): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${flow}.${locale}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Counts the page's requests to the API (`/v1/…`) from now on. */
export function countApiRequests(page: Page): { readonly count: number; readonly paths: string[] } {
  const paths: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/v1/') && request.method() !== 'OPTIONS') paths.push(`${request.method()} ${pathname}`);
  });
  return {
    get count() {
      return paths.length;
    },
    paths,
  };
}

/** Signs in as a demo subject through the portal's own sign-in form. */
export async function signIn(page: Page, subjectCode: string): Promise<void> {
  await page.locator(`#subject-choices input[value="${subjectCode}"]`).check();
  await page.locator('#sign-in button[type="submit"]').click();
  await page.locator('#signed-in').waitFor({ state: 'visible' });
}
