import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
const REG = process.argv[2];
const b = await launch();
const { page } = await login(b, 'uyvien');
const err = async () => page.$$eval('.form-error,.field__error,.flash', e => e.map(x => x.textContent.trim()));
await page.goto(BASE + '/registrations'); await audit(page, 'uv registrations'); await shot(page, 'reg-index-uv-d');
console.log(await page.locator('main').innerText());
await page.goto(BASE + '/registrations/new?subject=collective'); await audit(page, 'uv collective new'); await shot(page, 'reg-collective-form-d');
console.log((await page.locator('main').innerText()).slice(0, 1200));
const codes = await page.$$eval('input[name=titles]', i => i.map(x => x.value));
console.log('collective codes', codes);
await page.check('input[name=titles][value="' + codes[0] + '"]');
await page.fill('#f-commitments', 'Tổ phấn đấu đạt Tập thể lao động tiên tiến.');
await Promise.all([page.waitForNavigation(), page.click('button[value=submit]')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
console.log('collective submit ->', page.url(), await err());
console.log((await page.locator('main').innerText()).slice(0, 800));
// member's registration page
await page.goto(REG); await audit(page, 'uv member reg'); await shot(page, 'reg-member-uv-d');
console.log(await page.locator('main').innerText());
if (await page.$('#f-note')) {
  await page.fill('#f-note', 'Đã hoàn thành 50% chỉ tiêu học kỳ I; dự giờ 4 tiết đạt Tốt.');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/progress"] button')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
  console.log('progress ->', page.url(), await err());
}
await page.goto(BASE + '/staff'); await audit(page, 'uv staff');
const links = await page.$$eval('main a', as => as.map(a => a.textContent.trim() + ' ' + a.getAttribute('href')).slice(0, 15)); console.log(links);
await b.close();
