// `npm start`: build the site, then serve it on this machine and on the local network, and say which
// addresses to open on a phone connected to the same network.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const port = Number(process.env.PORT ?? 4321);

const build = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The addresses come from the running server: when the port asked for is taken, the server listens on another.
const server = await preview({ root, server: { host: true, port } });
const local = server.urls.local[0] ?? `http://localhost:${server.port}/`;
console.log(`\nOn this computer: ${local}`);
if (server.urls.network.length === 0) console.log('No local network found: a phone cannot reach this computer.');
else console.log(`On a phone on the same network (Wi-Fi), open:\n${server.urls.network.map((url) => `  ${url}`).join('\n')}`);
console.log('Stop with Ctrl+C.\n');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void server.stop().then(() => process.exit(0)));
await server.closed();
