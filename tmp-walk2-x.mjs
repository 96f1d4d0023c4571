import { launch, login, BASE } from './tmp-walk2-lib.mjs';
const b = await launch(); const { page } = await login(b, 'thuky');
await page.goto(BASE + '/calendar'); const t = await page.locator('main').innerText(); console.log(t.includes('xét thi đua học kỳ I'));
await b.close();
