import { launch, login, audit, shot, BASE } from './tmp-walk2-lib.mjs';
const browser = await launch();
const users = process.argv.slice(2);
for (const u of users) {
  for (const vp of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const { ctx, page } = await login(browser, u, vp);
    const tag = vp.width === 360 ? 'm' : 'd';
    await audit(page, `${u}/${tag} home`);
    await shot(page, `home-${u}-${tag}`);
    if (tag === 'd') {
      const links = await page.evaluate(() => [...new Set([...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')))]);
      console.log('  links:', links.join(' '));
      for (const l of links) {
        if (!l.startsWith('/') || /\.(pdf|docx|xlsx|csv)|logout|template/.test(l)) continue;
        const resp = await page.request.get(BASE + l);
        const st = resp.status();
        if (st >= 400) console.log(`  !! ${u} GET ${l} -> ${st}`);
      }
    } else {
      for (const l of ['/plans','/movements','/calendar','/register','/registrations','/eligibility','/records/me','/rules','/history/import']) {
        const resp = await page.goto(BASE + l);
        const r = await audit(page, `${u}/m ${l} [${resp.status()}]`);
      }
    }
    await ctx.close();
  }
}
await browser.close();
