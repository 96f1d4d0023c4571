import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
const b = await launch();
let { page } = await login(b, 'giaovien');
await page.goto(BASE + '/records/me'); await audit(page, 'gv records'); await shot(page, 'records-me-gv-d');
console.log((await page.locator('main').innerText()).slice(0, 3000));
const links = await page.$$eval('main a', as => as.map(a => a.getAttribute('href')));
for (const l of links) { const r = await page.request.get(BASE + l); if (r.status() >= 400) console.log('  broken', l, r.status()); }
await page.goto(BASE + '/records/staff/b195d873-427f-4a4c-bcfc-e85bfe67a334'); await audit(page, 'gv views chair record');
await page.goto(BASE + '/staff'); await audit(page, 'gv staff list');
await page.setViewportSize({ width: 360, height: 740 });
await page.goto(BASE + '/records/me'); await audit(page, 'gv records m'); await shot(page, 'records-me-gv-m');
await page.context().close();
({ page } = await login(b, 'thuky'));
await page.goto(BASE + '/staff'); await audit(page, 'thuky staff'); await shot(page, 'staff-thuky-d');
await page.click('main a:has-text("Hoàng Thị Mai")'); await page.waitForLoadState('load');
await audit(page, 'thuky mai record'); await shot(page, 'records-mai-thuky-d');
console.log((await page.locator('main').innerText()).slice(0, 1500));
await b.close();
