// node add-marks.mjs CLONE: puts cpu-marks.mjs's mark() before the first and after each integration of CLONE's
// astro.config.mjs (a benchmark clone, never the project itself), so each build logs what every step cost.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const config = join(process.argv[2], 'astro.config.mjs');
let text = readFileSync(config, 'utf8');
if (text.includes('cpu-marks.mjs')) process.exit(0);
const marks = fileURLToPath(new URL('./cpu-marks.mjs', import.meta.url));
const list = /integrations: \[\n([\s\S]*?)\n  \],/.exec(text);
if (!list) throw new Error(`no integrations list in ${config}`);
let n = 0;
const items = list[1].split('\n').filter((line) => /^    \w/.test(line));
const marked = [`    mark('${n++}-start'),`, ...items.flatMap((line) => [line, `    mark('${n++}-after-${/^\s*(\w+)/.exec(line)[1]}'),`])];
text = `import { mark } from ${JSON.stringify(marks)};\n${text.replace(list[1], marked.join('\n'))}`;
writeFileSync(config, text);
console.log(`${config}: ${n} marks`);
