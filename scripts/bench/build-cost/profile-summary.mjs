// node profile-summary.mjs PROFILE [pattern…]: a --cpu-prof profile summed by package or file, its top functions, and the time
// spent under frames whose function name or file matches each pattern (async continuations lose their callers).
import fs from 'node:fs';
const [file, ...patterns] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const keyOf = (u) => {
  if (!u) return '(native/idle)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (m) return m[1];
  const s = /\/(src\/[^?]*|dist\/[^?]*|\.prerender[^?]*)/.exec(u);
  return s ? s[1] : u.replace(/^.*\//, '');
};
const agg = new Map(); const fn = new Map();
for (const [id, t] of self) {
  const n = byId.get(id); const k = keyOf(n.callFrame.url);
  agg.set(k, (agg.get(k) ?? 0) + t);
  const f = `${n.callFrame.functionName || '(anon)'} ${keyOf(n.callFrame.url)}:${n.callFrame.lineNumber}`;
  fn.set(f, (fn.get(f) ?? 0) + t);
}
const ms = (t) => (t / 1000).toFixed(0).padStart(7) + ' ms';
console.log('total sampled', ms(total));
console.log('--- self by package/file');
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms(t), k);
console.log('--- top self functions');
for (const [k, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms(t), k);
// inclusive: sample counted once per matching pattern if any ancestor matches
for (const pat of patterns) {
  const re = new RegExp(pat);
  let inc = 0;
  for (const [id, t] of self) {
    let cur = id;
    while (cur !== undefined) {
      const n = byId.get(cur);
      if (re.test(`${n.callFrame.functionName} ${n.callFrame.url}`)) { inc += t; break; }
      cur = parent.get(cur);
    }
  }
  console.log('inclusive', ms(inc), pat);
}
