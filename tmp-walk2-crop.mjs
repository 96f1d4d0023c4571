import { launch, crop } from './tmp-walk2-lib.mjs';
const b = await launch();
const [file, y, h, out, w] = process.argv.slice(2);
await crop(b, file, +y, +h, out, w ? +w : 1280);
await b.close();
