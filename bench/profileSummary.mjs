// Sums a V8 .cpuprofile: self time and inclusive time by package (our bundle mapped back to src/ through its source
// map), and the functions with the most self time. Run: node bench/profileSummary.mjs file.cpuprofile [top]
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const maps = new Map();

/** The source map of a bundle file, when it has one. */
function mapOf(url) {
  if (maps.has(url)) return maps.get(url);
  let map = null;
  try {
    const p = url.startsWith('file://') ? fileURLToPath(url) : url;
    if (existsSync(`${p}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${p}.map`, 'utf8')));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** Where a frame's code lives: a package, a src/ file of ours, node's internals, or V8's own categories. */
function placeOf(frame) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) return { group: functionName || '(anonymous)', file: functionName };
  if (url.startsWith('node:')) return { group: 'node:' + url.slice(5).split('/')[0], file: url };
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { group: pkg, file: url.slice(nm + 13) };
  }
  const map = mapOf(url);
  if (map) {
    const entry = map.findEntry(lineNumber, columnNumber);
    const src = entry?.originalSource ?? url;
    const rel = src.replace(/^.*?\/(src|prisma)\//, '$1/');
    const inPkg = rel.lastIndexOf('node_modules/');
    return { group: inPkg >= 0 ? rel.slice(inPkg + 13).split('/')[0] : rel.split('/').slice(0, 3).join('/'), file: `${rel}:${(entry?.originalLine ?? 0) + 1}` };
  }
  return { group: url.replace(/^.*\//, ''), file: url };
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const place = new Map(profile.nodes.map((n) => [n.id, placeOf(n.callFrame)]));
const selfByGroup = new Map();
const inclByGroup = new Map();
const selfByFn = new Map();
let total = 0;
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const p = place.get(id);
  add(selfByGroup, p.group, dt);
  const n = byId.get(id);
  add(selfByFn, `${n.callFrame.functionName || '(anon)'} ${p.file}`, dt);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) seen.add(place.get(at).group);
  for (const g of seen) add(inclByGroup, g, dt);
});
const busy = total - (selfByGroup.get('(idle)') ?? 0);
const pct = (v, of) => `${((100 * v) / of).toFixed(1).padStart(5)} %`;
const print = (title, m, n) => {
  console.log(`\n${title} (of ${busy.toFixed(0)} ms busy, ${total.toFixed(0)} ms total)`);
  [...m.entries()]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, v]) => console.log(`${v.toFixed(0).padStart(8)} ms ${pct(v, busy)}  ${k}`));
};
print('Self time by package / area', selfByGroup, top);
print('Inclusive time by package / area', inclByGroup, top);
print('Self time by function', selfByFn, top);
