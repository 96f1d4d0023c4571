import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
const b = await launch();
const { page } = await login(b, 'phochutich');
page.on('dialog', async d => { console.log('  [dialog]', d.message()); await d.accept(); });
const err = async () => page.$$eval('.form-error,.field__error,.flash', e => e.map(x => x.textContent.trim()));
await page.goto(BASE + '/registrations/review'); await audit(page, 'review'); await shot(page, 'reg-review-d');
console.log(await page.locator('main').innerText());
const rows = await page.$$eval('main tbody tr', trs => trs.map(tr => [tr.querySelector('input').value, tr.querySelector('a').textContent, tr.querySelector('a').getAttribute('href')]));
console.log(rows.length, 'rows');
// confirm with none selected
await Promise.all([page.waitForNavigation(), page.click('form[action$="/confirm"] button')]); await page.waitForLoadState('load');
console.log('bulk none ->', page.url(), await audit(page, 'bulk none').then(r => r.h1), await err());
// open one (Hoàng Thị Mai) and return with empty reason, then reason
const mai = rows.find(r => r[1].includes('Hoàng Thị Mai')) || rows[0];
await page.goto(BASE + mai[2]); await audit(page, 'review one'); await shot(page, 'reg-review-one-d');
await Promise.all([page.waitForNavigation(), page.click('button[name=decision][value=return]')]); await page.waitForLoadState('load');
console.log('return empty ->', page.url(), await err());
await page.fill('#f-reason', 'Chưa đăng ký Lao động tiên tiến; CSTĐ cấp Thành phố chưa đủ điều kiện, đề nghị bỏ.');
await Promise.all([page.waitForNavigation(), page.click('button[name=decision][value=return]')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
console.log('return ->', page.url(), await err());
// bulk approve: select first 3 remaining
await page.goto(BASE + '/registrations/review');
const boxes = await page.$$('main tbody input[type=checkbox]'); for (const bx of boxes.slice(0, 3)) await bx.check();
await Promise.all([page.waitForNavigation(), page.click('form[action$="/confirm"] button')]); await page.waitForLoadState('load');
await audit(page, 'bulk confirm'); await shot(page, 'reg-bulk-confirm-d');
console.log(await page.locator('main').innerText());
await Promise.all([page.waitForNavigation(), page.click('form[action$="/approve"] button')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
console.log('bulk approve ->', page.url(), await err());
await shot(page, 'reg-review-after-d');
await page.setViewportSize({ width: 360, height: 740 });
await page.goto(BASE + '/registrations/review'); await audit(page, 'review m'); await shot(page, 'reg-review-m');
await b.close();
