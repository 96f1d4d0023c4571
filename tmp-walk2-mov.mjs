import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
const b = await launch();
const { page } = await login(b, 'phochutich');
page.on('dialog', async d => { console.log('  [dialog]', d.message()); await d.accept(); });
const err = async () => page.$$eval('.form-error,.field__error,.flash', e => e.map(x => x.textContent.trim()));
await page.goto(BASE + '/movements'); await audit(page, 'movements'); await shot(page, 'movements-list-d');
console.log((await page.locator('main').innerText()).slice(0, 1500));
const first = await page.$eval('main table a, main li a', a => a.getAttribute('href'));
await page.goto(BASE + first); await audit(page, 'movement show'); await shot(page, 'movement-show-d');
console.log((await page.locator('main').innerText()).slice(0, 1200));
// new
await page.goto(BASE + '/movements/new'); await audit(page, 'movement new'); await shot(page, 'movement-new-d');
console.log('selects:', await page.$$eval('select', ss => ss.map(s => s.name + ':' + [...s.options].map(o => o.textContent).join('|'))));
await page.fill('[name=name]', 'Phong trào thi đua “Dạy tốt – học tốt” năm học 2026-2027');
await page.fill('[name=periodText]', 'Năm học 2026-2027');
await page.fill('[name=startsOn]', '2026-12-15');
await page.fill('[name=endsOn]', '2026-12-01');
await page.fill('[name=goals]', 'Mục tiêu thử: nâng cao chất lượng.');
await page.check('input[name=wholeSchool][value=selected]');
await Promise.all([page.waitForNavigation(), page.click('form button.button--primary')]);
await audit(page, 'movement new bad'); console.log('errors:', await err());
console.log('kept name?', await page.inputValue('[name=name]'), '| goals', await page.inputValue('[name=goals]'), '| start', await page.inputValue('[name=startsOn]'));
await shot(page, 'movement-new-error-d');
await page.fill('[name=endsOn]', '2027-05-20');
const cbs = await page.$$('input[name=collectiveIds]'); if (cbs[0]) await cbs[0].check();
await Promise.all([page.waitForNavigation(), page.click('form button.button--primary')]);
await audit(page, 'movement created'); console.log('flash:', await err());
const murl = page.url();
await shot(page, 'movement-created-d');
console.log((await page.locator('main').innerText()).slice(0, 1500));
// edit
await page.goto(murl + '/edit'); await audit(page, 'movement edit');
console.log('edit values: start', await page.inputValue('[name=startsOn]'), 'selected?', await page.isChecked('input[name=wholeSchool][value=selected]'));
await page.fill('[name=criteria]', 'Tiêu chí: 100% giáo viên đăng ký.');
await Promise.all([page.waitForNavigation(), page.click('form button.button--primary')]);
console.log('edit saved:', page.url(), await err());
// status steps
await page.goto(murl);
for (let i = 0; i < 4; i++) {
  const btn = await page.$('form[action$="/status"] button');
  if (!btn) { console.log('no more status step'); break; }
  const label = (await btn.textContent()).trim();
  const ta = await page.$('#f-summary');
  if (ta) {
    // try empty first
    await Promise.all([page.waitForNavigation(), btn.click()]);
    console.log('step', label, 'empty ->', await err());
    await page.fill('#f-summary', 'Kết quả ' + label + ': đạt 95% chỉ tiêu.');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/status"] button')]);
  } else await Promise.all([page.waitForNavigation(), btn.click()]);
  console.log('step', label, '->', page.url(), await err(), await page.$eval('.status-pill', e => e.textContent));
}
await shot(page, 'movement-closed-d');
// upload
async function upload(file) {
  await page.goto(murl);
  await page.setInputFiles('#f-file', file);
  await Promise.all([page.waitForNavigation(), page.click('form[enctype] button')]);
  console.log('upload', file, '->', page.url(), await err());
}
await upload('/tmp/walk2/huong-dan-phong-trao.pdf');
await upload('/tmp/walk2/virus.exe.pdf');
await page.goto(murl);
await page.click('form[enctype] button').then(() => page.waitForLoadState());
console.log('no file ->', await err());
await shot(page, 'movement-files-d');
const fl = await page.$$eval('main a[href^="/files/"]', as => as.map(a => a.getAttribute('href')));
for (const f of fl) { const r = await page.request.get(BASE + f); console.log('file', f, r.status(), r.headers()['content-type'], r.headers()['content-disposition']); }
await page.setViewportSize({ width: 360, height: 740 });
await page.goto(murl); await audit(page, 'movement m'); await shot(page, 'movement-show-m');
await page.goto(BASE + '/movements'); await audit(page, 'movements m'); await shot(page, 'movements-list-m');
await page.goto(BASE + '/movements/new'); await audit(page, 'movement new m'); await shot(page, 'movement-new-m');
console.log('MURL', murl);
await b.close();
