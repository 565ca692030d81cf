// Decap CMS's prebuilt bundle (React included) and the chunks it loads next to itself, from the pinned decap-cms
// package. Served under /admin/decap/ only: no public page refers to them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const distDir = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/** The file names (without extension) of the bundle's files of one kind: "decap-cms", "103.decap-cms", … */
export function decapAssetNames(extension: 'js' | 'wasm'): string[] {
  const pattern = extension === 'js' ? /^((?:\d+\.)?decap-cms)\.js$/ : /^([0-9a-f]+)\.wasm$/;
  return readdirSync(distDir).flatMap((file) => pattern.exec(file)?.[1] ?? []);
}

export function decapAssetResponse(name: string, extension: 'js' | 'wasm'): Response {
  if (!decapAssetNames(extension).includes(name)) return new Response('Not found', { status: 404 });
  const type = extension === 'wasm' ? 'application/wasm' : 'text/javascript; charset=utf-8';
  return new Response(readFileSync(join(distDir, `${name}.${extension}`)), { headers: { 'Content-Type': type } });
}
