// node compare-dist.mjs A B: same files in both trees, every file but *.gz byte-identical, and every .gz inflating to its source.
// Exit 1 (listing the first differences) otherwise. Used to show a build change leaves what readers get unchanged.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
const [a, b] = process.argv.slice(2);
const list = (d) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(d, join(e.parentPath, e.name))).sort();
const la = list(a), lb = list(b);
const sa = new Set(la), sb = new Set(lb);
const onlyA = la.filter((f) => !sb.has(f)), onlyB = lb.filter((f) => !sa.has(f));
let differ = [], gzBad = [];
for (const f of la) {
  if (!sb.has(f)) continue;
  if (f.endsWith('.gz')) {
    for (const d of [a, b]) if (!gunzipSync(readFileSync(join(d, f))).equals(readFileSync(join(d, f.slice(0, -3))))) gzBad.push(`${d}/${f}`);
    continue;
  }
  const h = (d) => createHash('sha256').update(readFileSync(join(d, f))).digest('hex');
  if (h(a) !== h(b)) differ.push(f);
}
console.log(`${la.length} vs ${lb.length} files; only in A: ${onlyA.length} ${onlyA.slice(0, 5).join(' ')}; only in B: ${onlyB.length} ${onlyB.slice(0, 5).join(' ')}; differing (non-gz): ${differ.length} ${differ.slice(0, 10).join(' ')}; gz not inflating to source: ${gzBad.length}`);
process.exit(onlyA.length || onlyB.length || differ.length || gzBad.length ? 1 : 0);
