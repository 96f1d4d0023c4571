import { chromium } from 'playwright-core';
import fs from 'node:fs';
export const BASE = 'http://localhost:3200';
export const SHOTS = '/tmp/walk2/shots';
export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-dev-shm-usage'] });
}
export async function login(browser, user, viewport = { width: 1280, height: 900 }) {
  const ctx = await browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN' });
  const page = await ctx.newPage();
  page.on('pageerror', e => console.log('  [pageerror]', user, e.message));
  page.on('console', m => { if (m.type() === 'error') console.log('  [console.error]', user, page.url(), m.text()); });
  await page.goto(BASE + '/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', 'thidua2024');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type=submit]')]);
  return { ctx, page };
}
export async function audit(page, label) {
  const r = await page.evaluate(() => {
    const de = document.documentElement;
    const over = de.scrollWidth > de.clientWidth;
    const wide = [];
    if (over) {
      for (const el of document.querySelectorAll('body *')) {
        const rc = el.getBoundingClientRect();
        if (rc.right > de.clientWidth + 1 && el.children.length === 0) wide.push(el.tagName + '.' + el.className + ':' + (el.textContent || '').trim().slice(0, 40) + ' r=' + Math.round(rc.right));
        if (wide.length > 5) break;
      }
    }
    const text = document.body.innerText;
    const keys = [...new Set((text.match(/\b[a-z][a-zA-Z]+\.[a-z][a-zA-Z]+(\.[a-zA-Z]+)*\b/g) || []).filter(k => !/\.(pdf|docx|xlsx|csv|exe|vn|com|ejs|png)$/.test(k)))];
    return { sw: de.scrollWidth, cw: de.clientWidth, over, wide, keys, title: document.title, h1: document.querySelector('h1')?.innerText };
  });
  const msg = `${label} | ${page.url()} | title="${r.title}" h1="${r.h1}" sw=${r.sw}/${r.cw}${r.over ? ' OVERFLOW ' + r.wide.join(' ; ') : ''}${r.keys.length ? ' KEYS:' + r.keys.join(',') : ''}`;
  console.log(msg);
  return r;
}
export async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}
export async function crop(browser, file, y, h, out, w = 1280) {
  const p = await browser.newPage({ viewport: { width: w, height: h } });
  const data = fs.readFileSync(file).toString('base64');
  await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}" style="display:block;margin-top:-${y}px"></body>`);
  await p.screenshot({ path: out });
  await p.close();
}
