import { launch, BASE } from './tmp-walk2-lib.mjs';
const b = await launch(); const p = await (await b.newContext()).newPage();
p.on('response', r => { if (r.status() >= 400) console.log(r.status(), r.url()); });
await p.goto(BASE + '/login'); await b.close();
