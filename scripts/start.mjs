// `npm start`: build the site, then serve it on this machine and on the local network, and say which
// addresses to open on a phone connected to the same network.
import { spawn, spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const port = Number(process.env.PORT ?? 4321);

const build = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** IPv4 addresses of this machine's network interfaces, other than loopback. */
function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

const preview = spawn(process.execPath, [astro, 'preview', '--host', '--port', String(port)], { stdio: ['inherit', 'pipe', 'inherit'] });
let announced = false;
preview.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (announced || !/localhost|127\.0\.0\.1/.test(String(chunk))) return;
  announced = true;
  const addresses = lanAddresses();
  console.log(`\nOn this computer: http://localhost:${port}/`);
  if (addresses.length === 0) console.log('No local network found: a phone cannot reach this computer.');
  else console.log(`On a phone on the same network (Wi-Fi), open:\n${addresses.map((address) => `  http://${address}:${port}/`).join('\n')}`);
  console.log('Stop with Ctrl+C.\n');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
