import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
const b = await launch();
const { page } = await login(b, 'thuky');
await page.goto(BASE + '/plans'); await audit(page, 'plans list'); await shot(page, 'plans-list-d');
console.log(await page.locator('main').innerText());
const links = await page.$$eval('main table a', as => as.map(a => [a.textContent, a.getAttribute('href')]));
console.log(links);
for (const [t, h] of links) { await page.goto(BASE + h); await audit(page, 'plan ' + t.slice(0, 30)); await shot(page, 'plan-' + h.split('/')[2].slice(0,6) + '-d'); console.log((await page.locator('main').innerText()).slice(0, 3000)); }
await b.close();
