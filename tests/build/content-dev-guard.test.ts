// While the site is served (`astro dev`, which `npm run cms` runs), a content file changed after the start holds
// code: the development server must refuse to compile it, so none of it runs, and say why with file and line.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, withoutVitestModeFlags } from '../../support/build.ts';
import { documentPath } from '../../src/lib/paths.ts';
import { freePort } from '../../support/free-port.ts';


// A copy of the project: the development server writes .astro/ (the content modules) in the folder it runs in, and
// the browser tests' site is being built in the project itself at the same time.
const dir = mkdtempSync(join(tmpdir(), 'content-dev-'));
const copy = join(dir, 'project');
const contentDir = join(copy, 'content');
const markers = { esm: join(dir, 'esm-ran'), expression: join(dir, 'expression-ran') };
const slug = 'quyet-dinh-99-qd-tw';
const file = join(contentDir, 'van-ban', `${slug}.mdx`);
let server: ChildProcess | undefined;
let output = '';
let url = '';

beforeAll(async () => {
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(resolve(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(resolve(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: copy,
    env: {
      // Without vitest's own variables (VITEST, TEST …): with them the development server answered 404 to every address.
      ...Object.fromEntries(Object.entries(withoutVitestModeFlags(process.env)).filter(([key]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$|NODE_OPTIONS$)/.test(key))),
      NODE_ENV: 'development', CONTENT_DIR: contentDir, SITE_CACHE_DIR: join(dir, 'cache'),
      SITE_LIVE_RELOAD: 'off', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  let last = '';
  const answers = () => fetch(`${url}/`, { signal: AbortSignal.timeout(30_000) }).then((response) => ((last = String(response.status)), response.ok), (error: Error) => ((last = error.message), false));
  while (!(await answers())) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the development server did not start (last answer: ${last}):\n${output}`);
    await new Promise((done) => setTimeout(done, 500));
  }
  // The good page compiles first, as an editor would have seen it before the change.
  expect((await fetch(`${url}${documentPath(slug)}`)).status).toBe(200);
  appendFileSync(
    file,
    [
      '',
      `export const ran = globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(markers.esm)}, 'ran');`,
      '',
      `{globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(markers.expression)}, 'ran')}`,
      '',
    ].join('\n'),
  );
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the development server with a content file changed to hold code', () => {
  it('refuses to compile the page and runs none of the code', async () => {
    // The file watcher may need a moment to see the change; ask until the page is refused (or the code ran).
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 500 && !existsSync(markers.esm) && !existsSync(markers.expression); attempt++) {
      await new Promise((done) => setTimeout(done, 500));
      status = (await fetch(`${url}${documentPath(slug)}`)).status;
    }
    expect(existsSync(markers.esm), 'the export ran').toBe(false);
    expect(existsSync(markers.expression), 'the {expression} ran').toBe(false);
    expect(status).toBe(500);
  });

  it('says why, in Vietnamese, with file and line', () => {
    expect(output).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: Không được dùng lệnh import hoặc export trong nội dung`));
    expect(output).toContain('Không được dùng cặp ngoặc nhọn { } trong nội dung');
  });
});
