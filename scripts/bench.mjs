// Runs every benchmark in scripts/bench/ in name order; each prints its own figures.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv[2];
const scripts = readdirSync(benchDir).filter((name) => name.endsWith('.mjs') && (!only || name.includes(only))).sort();
if (scripts.length === 0) throw new Error(`no benchmark in ${benchDir}${only ? ` matching ${only}` : ''}`);
for (const script of scripts) {
  console.log(`\n== ${script}`);
  const run = spawnSync(process.execPath, [join(benchDir, script)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
