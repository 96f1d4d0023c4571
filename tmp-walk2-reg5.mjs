import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
import fs from 'node:fs';
const REG = 'http://localhost:3200/registrations/89683e61-5d81-4074-a991-bd69fa99bd3c';
const b = await launch();
let { page } = await login(b, 'giaovien');
const err = async () => page.$$eval('.form-error,.field__error,.flash', e => e.map(x => x.textContent.trim()));
await page.goto(BASE + '/'); console.log('GV home notif:', (await page.locator('header').innerText()).replace(/\n/g, ' '));
await page.goto(BASE + '/notifications'); await audit(page, 'gv notifications'); console.log((await page.locator('main').innerText()).slice(0, 800));
await page.goto(REG); await audit(page, 'gv returned'); await shot(page, 'reg-returned-gv-d');
console.log((await page.locator('main').innerText()).slice(0, 400));
await page.uncheck('input[name=titles][value=CSTD_TP]').catch(e => console.log('no form?', e.message.slice(0, 80)));
await page.check('input[name=titles][value=LDTT]').catch(() => {});
await Promise.all([page.waitForNavigation(), page.click('button[value=submit]')]).catch(e => console.log(e.message.slice(0,80))); await page.waitForLoadState('load'); await page.waitForTimeout(300);
console.log('resubmit ->', page.url(), await err());
await page.context().close();
({ page } = await login(b, 'thuky'));
await page.goto(BASE + '/registrations/late'); await audit(page, 'late'); await shot(page, 'reg-late-d');
console.log((await page.locator('main').innerText()).slice(0, 800));
const opts = await page.$$eval('select[name=staffId] option', o => o.map(x => [x.value, x.textContent]));
console.log('staff options', opts.length, opts.slice(0, 4));
// submit empty
await Promise.all([page.waitForNavigation(), page.click('form[action="/registrations/late"] button')]); await page.waitForLoadState('load');
console.log('late empty ->', await err());
const target = opts.find(o => o[1].includes('Bình')) || opts[2];
await page.selectOption('select[name=staffId]', target[0]);
await page.check('input[name=titles][value=LDTT]');
await page.fill('#f-commitments', 'Hoàn thành tốt nhiệm vụ được giao');
await Promise.all([page.waitForNavigation(), page.click('form[action="/registrations/late"] button')]); await page.waitForLoadState('load');
console.log('late no reason ->', await err(), 'kept staff?', await page.inputValue('select[name=staffId]') === target[0], 'kept title?', await page.isChecked('input[name=titles][value=LDTT]'), 'kept commit?', await page.inputValue('#f-commitments'));
await page.fill('[name=lateReason]', 'Nghỉ ốm trong đợt đăng ký chính');
await Promise.all([page.waitForNavigation(), page.click('form[action="/registrations/late"] button')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
console.log('late ok ->', page.url(), await err());
// late for someone who already has registration (Mai)
await page.goto(BASE + '/registrations/late');
const mai = opts.find(o => o[1].includes('Hoàng Thị Mai'));
await page.selectOption('select[name=staffId]', mai[0]); await page.check('input[name=titles][value=LDTT]'); await page.fill('[name=lateReason]', 'thử');
await Promise.all([page.waitForNavigation(), page.click('form[action="/registrations/late"] button')]); await page.waitForLoadState('load'); await page.waitForTimeout(300);
console.log('late for Mai ->', page.url(), await err());
// summary
await page.goto(BASE + '/registrations/summary'); await audit(page, 'summary'); await shot(page, 'reg-summary-d');
console.log((await page.locator('main').innerText()).slice(0, 2000));
const x = await page.request.get(BASE + '/registrations/summary.xlsx'); console.log('xlsx', x.status(), x.headers()['content-disposition']); fs.writeFileSync('/tmp/walk2/summary.xlsx', await x.body());
for (const k of ['pdf', 'docx']) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`form[action="/registrations/summary.${k}"] button`)]);
  await dl.saveAs('/tmp/walk2/summary.' + k); console.log('downloaded', k, dl.suggestedFilename());
}
await page.goto(BASE + '/register'); console.log('register after issue:\n', (await page.locator('main table').innerText()).slice(0, 800));
await page.setViewportSize({ width: 360, height: 740 });
await page.goto(BASE + '/registrations/summary'); await audit(page, 'summary m'); await shot(page, 'reg-summary-m');
await page.goto(BASE + '/registrations/late'); await audit(page, 'late m'); await shot(page, 'reg-late-m');
await b.close();
