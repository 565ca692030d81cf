// Bench only, never in astro.config.mjs of the project: an Astro integration that logs, at every hook, the build
// process's CPU time (user + sys, all threads), the CPU of its children already reaped (Pagefind's binary), wall time
// and memory. Put mark('name') between the integrations of a clone's astro.config.mjs (add-marks.mjs does it); the
// difference between two marks is what ran between them. Linux only (/proc).
import { readFileSync } from 'node:fs';

const start = process.cpuUsage();
const wallStart = performance.now();
let lastCpu = 0;
let lastChildren = 0;

function childrenCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks of 1/100 s
}

function log(label) {
  const usage = process.cpuUsage(start);
  const cpu = (usage.user + usage.system) / 1e6;
  const children = childrenCpu();
  console.log(
    `[cpu-mark] ${label.padEnd(34)} cpu ${cpu.toFixed(2)} s (+${(cpu - lastCpu).toFixed(2)}), children ${children.toFixed(2)} s (+${(children - lastChildren).toFixed(2)}), wall ${((performance.now() - wallStart) / 1000).toFixed(1)} s, rss ${(process.memoryUsage.rss() / 1048576).toFixed(0)} MB`,
  );
  lastCpu = cpu;
  lastChildren = children;
}

export function mark(name) {
  const hooks = ['astro:config:setup', 'astro:config:done', 'astro:build:start', 'astro:build:generated', 'astro:build:done'];
  return { name: `cpu-mark-${name}`, hooks: Object.fromEntries(hooks.map((hook) => [hook, () => log(`${name} ${hook}`)])) };
}
