// Browser harness: playwright-core driving Debian's Chromium. Locally a missing Chromium skips the browser tests
// with a clear message; in CI (CI=true) it fails the run.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { TestDatabase } from '../support/testDatabase.ts';
import { buildTestApp, testClock } from '../support/testApp.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, 'screenshots');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const available = existsSync(CHROMIUM_PATH);
if (!available && process.env.CI === 'true') {
  throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI must install it (apt-get install chromium).`);
}
if (!available) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`);

/** describe() for browser tests: skipped (with the warning above) only when Chromium is missing outside CI. */
export const describeBrowser = available ? describe : describe.skip;

/** Serves the app on a free port for the file and opens Chromium; returns live accessors. */
export function useBrowserApp(db: { readonly current: TestDatabase }, clockIso?: string) {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const clock = testClock(clockIso);
  beforeAll(async () => {
    const { app } = buildTestApp(db.current, clock);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });
  return {
    clock,
    get baseUrl() {
      return baseUrl;
    },
    async newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
      const context = await browser!.newContext({ viewport, locale: 'vi-VN' });
      // Playwright's 30 s default is too short while the whole suite loads both cores (a score post took longer);
      // the test's own ceiling still stops a hung page.
      context.setDefaultTimeout(90_000);
      const page = await context.newPage();
      if (process.env.DEBUG_E2E) {
        // DEBUG_E2E=1 npx vitest run tests/e2e/x.test.ts: every request, response and navigation of the page, timed.
        page.on('request', (r) => console.log('REQ', Date.now(), r.method(), r.url()));
        page.on('response', (r) => console.log('RES', Date.now(), r.status(), r.url()));
        page.on('framenavigated', (f) => console.log('NAV', Date.now(), f.url()));
      }
      return page;
    },
  };
}

/** Saves a full-page screenshot under tests/e2e/screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the login form. */
export async function signIn(page: Page, baseUrl: string, username: string, password = 'thidua2024'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}
