import { launch, login, BASE } from './tmp-walk2-lib.mjs';
const b = await launch();
for (const u of ['giaovien', 'thuky', 'chutich']) {
const { page, ctx } = await login(b, u, { width: 360, height: 740 });
await page.goto(BASE + '/records/me'); 
console.log(u, await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth]));
await ctx.close();
}
await b.close();
