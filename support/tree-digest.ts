import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A digest of every file's path and bytes under dir ("absent" when there is no such folder), to see it unchanged. */
export function treeDigest(dir: string): string {
  if (!existsSync(dir)) return 'absent';
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(`${relative(dir, file).split(sep).join('/')}\0${statSync(file).size}\0`);
    hash.update(readFileSync(file));
  }
  return `${files.length} files, sha256 ${hash.digest('hex')}`;
}
