#!/usr/bin/env node
// `npm run cms`: local editing in one command. Starts Decap's local backend (decap-server, which reads and
// writes the files of this folder) behind scripts/cms-backend.ts, and the Astro development server; the editor opens
// /admin/. Everything listens on 127.0.0.1 only: no other computer of the network reaches the files.
// Environment: PORT (development server, default 4321), DECAP_SERVER_PORT (local backend, default 8081),
// DECAP_SERVER_MODE (fs, the default, or git: decap-server commits each save).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { dirname, join } from 'node:path';
import { backendHandler } from './cms-backend.ts';
import { adminPaths } from '../src/lib/paths.ts';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
const sitePort = process.env.PORT ?? '4321';
const backendPort = process.env.DECAP_SERVER_PORT ?? '8081';

const decapServer = require.resolve('decap-server/dist/index.js');
const astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

const children = [];
/** @type {import('node:http').Server | undefined} */
let backend;
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
  backend?.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const loopback = '127.0.0.1';
/** A port free on 127.0.0.1 for decap-server, which only the backend below talks to. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().once('error', reject);
    probe.listen(0, loopback, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const innerPort = await freePort();
// MODE fs: the local backend writes the files directly; committing them is left to the editor's git tool.
start('decap-server', [decapServer], { PORT: String(innerPort), BIND_HOST: loopback, MODE: process.env.DECAP_SERVER_MODE ?? 'fs', GIT_REPO_DIRECTORY: root });
// No live reload and no dev toolbar (astro.config.mjs): the development server must never reload /admin/ while an
// editor works in it.
const site = start('astro dev', [astro, 'dev', '--port', sitePort, '--host', loopback], { DECAP_SERVER_PORT: backendPort, SITE_LIVE_RELOAD: 'off' }, 'pipe');
// The origins the CMS page may come from: the configured port until the server says which one it took.
const siteOrigins = [`http://localhost:${sitePort}`, `http://${loopback}:${sitePort}`];
announceAdmin(site);

/** Passes the dev server's output on and names /admin/ at the address it says it listens on (another port when sitePort is taken). */
function announceAdmin(child) {
  let announced = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const local = !announced && /http:\/\/(?:localhost|127\.0\.0\.1):(\d+)\//.exec(String(chunk).replace(/\x1b\[[0-9;]*m/g, ''));
    if (!local) return;
    announced = true;
    siteOrigins.splice(0, siteOrigins.length, `http://localhost:${local[1]}`, `http://${loopback}:${local[1]}`);
    console.log(`[cms] Trang quản trị nội dung: http://localhost:${local[1]}/admin/ (dừng bằng Ctrl+C)`);
  });
}

// The CMS reads its configuration from the development server; the backend reads the same to know the folders it edits.
let config;
async function cmsConfig() {
  if (!config || Date.now() - config.at > 10_000) {
    const response = await fetch(`${siteOrigins[1]}${adminPaths.config}`, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`config.yml: HTTP ${response.status}`);
    config = { at: Date.now(), value: await response.json() };
  }
  return config.value;
}
backend = createServer(backendHandler({
  root,
  upstream: `http://${loopback}:${innerPort}/api/v1`,
  port: Number(backendPort),
  siteOrigins,
  config: cmsConfig,
}));
backend.on('error', (error) => {
  console.error(`[cms] local backend: ${error.message}; stopping.`);
  stop(1);
});
backend.listen(Number(backendPort), loopback);

