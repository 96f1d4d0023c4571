import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
import fs from 'node:fs';
const b = await launch();
const DRAFT = '/plans/8065c32a-7035-478e-a087-433c8e74912f', PUB = '/plans/c1c6f29e-bdc8-4bb1-8355-4ecd2417739c';
const { page } = await login(b, 'chutich');
page.on('dialog', async d => { console.log('  [dialog]', d.type(), d.message()); await d.accept(); });
await page.goto(BASE + DRAFT); await audit(page, 'chair draft');
console.log('actions:', await page.locator('.actions').innerText());
await page.click('a:has-text("Phê duyệt")');
await audit(page, 'approve page'); await shot(page, 'plan-approve-d');
console.log(await page.locator('main').innerText());
await Promise.all([page.waitForNavigation(), page.click('form button.button--primary')]);
await audit(page, 'after approve'); await shot(page, 'plan-approved-d');
console.log('flash:', await page.$$eval('.flash,.form-error', e => e.map(x => x.textContent.trim())));
console.log('versions:', await page.locator('main section.card').first().innerText());
const vlinks = await page.$$eval('main section.card a', as => as.map(a => a.getAttribute('href')));
for (const v of vlinks) {
  await page.goto(BASE + v); await audit(page, 'version ' + v); await shot(page, 'plan-version-d');
  console.log((await page.locator('main').innerText()).slice(0, 600));
  const dl = await page.$$eval('main a', as => as.map(a => a.getAttribute('href')).filter(h => /pdf|docx/.test(h)));
  console.log('dl links', dl);
  for (const k of dl) { const r = await page.request.get(BASE + k); console.log(k, r.status(), r.headers()['content-disposition']); fs.writeFileSync('/tmp/walk2/v-' + v.split('/').pop() + '.' + k.split('/').pop(), await r.body()); }
}
// published 2024 version download
await page.goto(BASE + PUB + '/versions/1'); await shot(page, 'plan-2024-v1-d');
for (const k of ['pdf','docx']) { const r = await page.request.get(BASE + PUB + '/versions/1/' + k); console.log('2024', k, r.status()); fs.writeFileSync('/tmp/walk2/p2024.' + k, await r.body()); }
await b.close();
// giaovien
const b2 = await launch();
const g = await login(b2, 'giaovien');
await g.page.goto(BASE + DRAFT); await audit(g.page, 'giaovien plan'); console.log('gv actions:', await g.page.locator('.actions').innerText().catch(()=>'none'));
const links = await g.page.$$eval('.actions a', as => as.map(a => a.getAttribute('href')));
for (const l of links) { const r = await g.page.request.get(BASE + l); console.log('gv', l, r.status()); }
await g.page.setViewportSize({ width: 360, height: 740 }); await g.page.goto(BASE + DRAFT); await audit(g.page, 'gv plan m'); await shot(g.page, 'plan-m');
await g.page.goto(BASE + DRAFT + '/versions/1'); await audit(g.page, 'gv version m'); await shot(g.page, 'plan-version-m');
await b2.close();
