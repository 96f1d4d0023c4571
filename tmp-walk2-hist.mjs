import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
import fs from 'node:fs';
const b = await launch();
const { page } = await login(b, 'thuky');
page.on('dialog', async d => { console.log('  [dialog]', d.message()); await d.dismiss(); });
const err = async () => page.$$eval('.form-error,.field__error,.flash', e => e.map(x => x.textContent.trim()));
await page.goto(BASE + '/history/import'); await audit(page, 'hist'); await shot(page, 'history-import-d');
console.log(await page.locator('main').innerText());
for (const k of ['xlsx', 'csv']) { const r = await page.request.get(BASE + '/history/import/template.' + k); console.log(k, r.status(), r.headers()['content-type'], r.headers()['content-disposition']); fs.writeFileSync('/tmp/walk2/template.' + k, await r.body()); }
async function up(f) {
  await page.goto(BASE + '/history/import');
  if (f) await page.setInputFiles('#f-file', f);
  await Promise.all([page.waitForNavigation(), page.click('form[enctype] button')]); await page.waitForLoadState('load');
  const a = await audit(page, 'upload ' + f);
  console.log('  ->', await err());
  return a;
}
await up('/tmp/walk2/template.xlsx'); await shot(page, 'history-preview-template-d'); console.log((await page.locator('main').innerText()).slice(0, 2500));
const previewUrl = page.url();
await up('/tmp/walk2/template.csv'); console.log((await page.locator('main').innerText()).slice(0, 800));
await up('/tmp/walk2/garbage.xlsx'); await shot(page, 'history-garbage-d');
await up('/tmp/walk2/garbage.csv'); console.log((await page.locator('main').innerText()).slice(0, 800));
await up('/tmp/walk2/virus.exe.pdf');
await up(null);
await page.setViewportSize({ width: 360, height: 740 });
await page.goto(previewUrl); await audit(page, 'preview m'); await shot(page, 'history-preview-m');
await b.close();
