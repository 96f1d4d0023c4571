// Browser harness: playwright-core driving Debian's Chromium. Locally a missing Chromium skips the browser tests
// with a clear message; in CI (CI=true) it fails the run.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
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

// Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') refuses a script tag.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations of the loaded page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE);
  // One run at a time per page (axe refuses a second concurrent run): the scan on load and a test's own scan queue.
  const result = await page.evaluate(`(window.__axeRuns = (window.__axeRuns || Promise.resolve()).catch(() => {}).then(() =>
    axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')))))`);
  return result as string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Serves the app on a free port for the file and opens Chromium; returns live accessors. */
export function useBrowserApp(db: { readonly current: TestDatabase }, clockIso?: string, o: { scanEveryPage?: boolean } = {}) {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const clock = testClock(clockIso);
  // Every page any browser test loads is scanned once with axe-core (issue 15: 0 serious or critical violations on
  // every page visited); a scan cut short by the test navigating on is retried on the page's next load.
  const scanned = new Set<string>();
  const scans: Array<Promise<void>> = [];
  const violations: string[] = [];
  const scanOnLoad = (page: Page) => {
    page.on('load', () => {
      const url = new URL(page.url());
      if (`${url.protocol}//${url.host}` !== baseUrl) return;
      const key = `${url.pathname.replace(UUID, ':id').replace(/\/\d+(?=\/|$)/g, '/:n')}${url.searchParams.has('lang') ? `?lang=${url.searchParams.get('lang')}` : ''}`;
      if (scanned.has(key)) return;
      scanned.add(key);
      scans.push(
        axeViolations(page).then(
          (found) => void violations.push(...found.map((v) => `${key} ${v}`)),
          () => void scanned.delete(key),
        ),
      );
    });
  };
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
    await Promise.allSettled(scans);
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    if (process.env.DEBUG_E2E) console.log(`axe-core: ${scanned.size} pages scanned`, [...scanned]);
    expect(violations, `axe-core on ${scanned.size} pages`).toEqual([]);
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
      if (o.scanEveryPage !== false) scanOnLoad(page);
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

/**
 * Screenshots the page at 1280 and 360 px (back at 1280 after) and checks that nothing scrolls sideways at 360;
 * with `axe`, first scans it for serious accessibility findings.
 */
export async function atBothWidths(page: Page, name: string, opts: { axe?: boolean } = {}): Promise<void> {
  if (opts.axe) expect(await axeViolations(page), name).toEqual([]);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${width}`);
    if (width === 360) expect(await page.evaluate<number>('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(360);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Signs in through the login form. */
export async function signIn(page: Page, baseUrl: string, username: string, password = 'thidua2024'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}
