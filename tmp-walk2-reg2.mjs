import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
const REG = process.argv[2];
const b = await launch();
const { page } = await login(b, 'giaovien');
page.on('dialog', async d => { console.log('  [dialog]', d.message()); await d.accept(); });
const err = async () => page.$$eval('.form-error,.field__error,.flash,.warning--chosen', e => e.map(x => x.textContent.trim()));
await page.goto(REG);
await page.check('input[name=titles][value=CSTDCS]');
await page.uncheck('input[name=titles][value=CSTD_TP]');
await page.check('input[name=titles][value=CSTD_TP]');
await Promise.all([page.waitForNavigation(), page.click('button[value=submit]')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
console.log('submit CSTDCS+TP ->', page.url(), await err());
await shot(page, 'reg-submit1-gv-d');
if (await page.$('button[value=submit]')) {
  await page.uncheck('input[name=titles][value=CSTD_TP]');
  await page.check('input[name=titles][value=LDTT]');
  await page.fill('#f-commitments', '');
  await Promise.all([page.waitForNavigation(), page.click('button[value=submit]')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
  console.log('submit no commitments ->', page.url(), await err());
}
if (await page.$('button[value=submit]')) {
  await page.fill('#f-commitments', 'Cam kết hoàn thành xuất sắc nhiệm vụ.');
  await Promise.all([page.waitForNavigation(), page.click('button[value=submit]')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
  console.log('submit ->', page.url(), await err());
}
await audit(page, 'gv after submit'); await shot(page, 'reg-submitted-gv-d');
console.log(await page.locator('main').innerText());
await page.goto(BASE + '/registrations'); console.log((await page.locator('main').innerText()));
await page.setViewportSize({ width: 360, height: 740 });
await page.goto(REG); await audit(page, 'gv reg m'); await shot(page, 'reg-submitted-gv-m');
await page.goto(BASE + '/registrations/new'); await audit(page, 'gv reg new m (redirect?)');
await b.close();
