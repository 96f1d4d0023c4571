import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
import fs from 'node:fs';
const b = await launch();
const DRAFT = '/plans/8065c32a-7035-478e-a087-433c8e74912f', PUB = '/plans/c1c6f29e-bdc8-4bb1-8355-4ecd2417739c';
const { page } = await login(b, 'thuky');
page.on('dialog', async d => { console.log('  [dialog]', d.message()); await d.accept(); });
// section edit
await page.goto(BASE + DRAFT + '/sections/0/edit'); await audit(page, 'edit section'); await shot(page, 'plan-edit-section-d');
const body0 = await page.inputValue('#f-body');
console.log('BODY first 800:\n' + body0.slice(0, 800));
// bad: empty title + add content
await page.fill('input[name=title]', '');
await page.fill('#f-body', body0 + '\n# 3. Mục mới thử nghiệm\nĐoạn thử nghiệm có dấu: Nguyễn Ánh Dương.\n- gạch đầu dòng một\n#\n# 3.1.\nĐoạn đánh số');
await Promise.all([page.waitForNavigation(), page.click('form button[type=submit].button--primary')]);
await audit(page, 'after bad submit');
console.log('errors:', await page.$$eval('.form-error,.field__error', e => e.map(x => x.textContent.trim())));
console.log('body kept?', (await page.inputValue('#f-body')).includes('Nguyễn Ánh Dương'));
await shot(page, 'plan-edit-section-error-d');
await page.fill('input[name=title]', 'MỤC ĐÍCH, YÊU CẦU');
await Promise.all([page.waitForNavigation(), page.click('form button[type=submit].button--primary')]);
await audit(page, 'after good submit');
console.log('errors:', await page.$$eval('.form-error,.field__error,.flash', e => e.map(x => x.textContent.trim())));
const sec = await page.locator('#section-0').innerText().catch(() => 'no section');
console.log('SECTION0 tail:', sec.slice(-400));
await shot(page, 'plan-after-edit-d');
// weird markup
await page.goto(BASE + DRAFT + '/sections/1/edit');
const b1 = await page.inputValue('#f-body');
await page.fill('#f-body', '#### \n# abc\n' + b1);
await Promise.all([page.waitForNavigation(), page.click('form button[type=submit].button--primary')]);
await audit(page, 'after weird markup');
console.log('errors:', await page.$$eval('.form-error,.field__error,.flash', e => e.map(x => x.textContent.trim())));
// restore section 1
if (page.url().includes('/edit') || await page.$('#f-body')) { await page.fill('#f-body', b1); await Promise.all([page.waitForNavigation(), page.click('form button[type=submit].button--primary')]); }
else { await page.goto(BASE + DRAFT + '/sections/1/edit'); await page.fill('#f-body', b1); await Promise.all([page.waitForNavigation(), page.click('form button[type=submit].button--primary')]); }
// meta edit
await page.goto(BASE + DRAFT + '/edit'); await audit(page, 'edit meta'); await shot(page, 'plan-edit-meta-d');
const meta = {};
for (const n of ['title','basedOn','preamble','anniversaries','closing','recipients','signatureOnBehalfOf','signatureTitle','signatureName']) meta[n] = await page.inputValue(`[name=${n}]`);
console.log('META', JSON.stringify(meta, null, 1).slice(0, 3000));
await page.fill('[name=signatureName]', '');
await page.fill('[name=basedOn]', meta.basedOn + '\nCăn cứ thử nghiệm số 99');
await Promise.all([page.waitForNavigation(), page.click('form button[type=submit].button--primary')]);
await audit(page, 'meta bad');
console.log('errors:', await page.$$eval('.form-error,.field__error', e => e.map(x => x.textContent.trim())));
console.log('basedOn kept?', (await page.inputValue('[name=basedOn]')).includes('thử nghiệm số 99'));
await shot(page, 'plan-edit-meta-error-d');
await page.fill('[name=signatureName]', meta.signatureName || 'Nguyễn Thúy Hà');
await Promise.all([page.waitForNavigation(), page.click('form button[type=submit].button--primary')]);
await audit(page, 'meta good');
console.log('flash:', await page.$$eval('.flash,.form-error', e => e.map(x => x.textContent.trim())));
// draft downloads
for (const k of ['pdf', 'docx']) {
  const r = await page.request.get(BASE + DRAFT + '/draft/' + k);
  console.log('draft', k, r.status(), r.headers()['content-type'], r.headers()['content-disposition']);
  fs.writeFileSync('/tmp/walk2/draft.' + k, await r.body());
}
// submit
await page.goto(BASE + DRAFT);
await Promise.all([page.waitForNavigation(), page.click('text=Trình Chủ tịch phê duyệt')]);
await audit(page, 'after submit'); await shot(page, 'plan-submitted-d');
console.log('flash:', await page.$$eval('.flash', e => e.map(x => x.textContent.trim())));
console.log('actions:', await page.locator('.actions').innerText());
// published plan editing by thuky?
await page.goto(BASE + PUB + '/sections/0/edit'); await audit(page, 'edit published section');
await b.close();
