import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultNginxSite } from '../src/lib/security-policy.ts';
import { projectRoot } from './build.ts';
import { freePort } from './free-port.ts';

export interface RunningNginx {
  url: string;
  close(): Promise<void>;
}

/** nginx from NGINX_PATH, /usr/sbin/nginx or the PATH; none is an error (the deploy tests never skip). */
export function findNginx(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].filter((path): path is string => !!path);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error('nginx is not installed: `apt-get install nginx` (Debian), or set NGINX_PATH. .ci/run installs it.');
}


async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((done) => {
      const socket = createConnection(port, '127.0.0.1', () => (socket.end(), done(true)));
      socket.on('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

/**
 * Runs nginx in the foreground with deploy/nginx.conf over siteDir, on a free loopback port. Everything nginx
 * writes (pid, logs, temporary files) goes to a temporary folder, so it runs without touching /etc or /var.
 */
export async function startNginx(siteDir: string): Promise<RunningNginx> {
  const nginx = findNginx();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const root = resolve(siteDir);
  const site = readFileSync(resolve(projectRoot, 'deploy/nginx.conf'), 'utf8')
    .replaceAll(defaultNginxSite.root, root)
    .replace(/^(\s*)listen [^;]+;\n(\s*listen [^;]+;\n)*/m, `$1listen 127.0.0.1:${port};\n`);
  writeFileSync(join(dir, 'site.conf'), site);
  const mimeTypes = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : 'types { text/html html; text/css css; text/javascript js; application/json json; image/svg+xml svg; application/xml xml; text/plain txt; }';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const log = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '') + stderr;
  let stderr = '';
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await waitForPort(port, child, log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
