#!/usr/bin/env node
// `npm run cms`: local editing in one command. Starts Decap's local backend (decap-server, which reads and
// writes the files of this folder) and the Astro development server; the editor opens /admin/.
// Environment: PORT (development server, default 4321), DECAP_SERVER_PORT (local backend, default 8081),
// DECAP_SERVER_MODE (fs, the default, or git: decap-server commits each save).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
const sitePort = process.env.PORT ?? '4321';
const backendPort = process.env.DECAP_SERVER_PORT ?? '8081';

const decapServer = require.resolve('decap-server/dist/index.js');
const astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

const children = [];
let stopping = false;

function start(name, args, env, stdout = 'inherit') {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'inherit'] });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[cms] ${name} stopped (${signal ?? `code ${code}`}); stopping the other process.`);
    stop(code ?? 1);
  });
  return child;
}

function stop(code) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// MODE fs: the local backend writes the files directly; committing them is left to the editor's git tool.
start('decap-server', [decapServer], { PORT: backendPort, MODE: process.env.DECAP_SERVER_MODE ?? 'fs', GIT_REPO_DIRECTORY: root });
// No live reload (astro.config.mjs): the development server must never reload /admin/ while an editor works in it.
const site = start('astro dev', [astro, 'dev', '--port', sitePort, '--host', 'localhost'], { DECAP_SERVER_PORT: backendPort, SITE_LIVE_RELOAD: 'off' }, 'pipe');
announceAdmin(site);

/** Passes the dev server's output on and names /admin/ at the address it says it listens on (another port when sitePort is taken). */
function announceAdmin(child) {
  let announced = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const local = !announced && /(http:\/\/localhost:\d+)\//.exec(String(chunk).replace(/\x1b\[[0-9;]*m/g, ''));
    if (!local) return;
    announced = true;
    console.log(`[cms] Trang quản trị nội dung: ${local[1]}/admin/ (dừng bằng Ctrl+C)`);
  });
}
