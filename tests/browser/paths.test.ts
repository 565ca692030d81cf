// Every address lib/paths.ts gives for the real content leads to a built page (and, with a fragment, to its id).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../support/build.ts';
import { loadManifestations } from '../../support/manifestations-data.ts';
import {
  columnFeedPath,
  columnPath,
  columnYearAnchor,
  issuePath,
  withAnchor,
  documentPath,
  handbookManifestationPath,
  handbookPartPath,
  manifestationPath,
  paths,
  searchPath,
  selfCheckManifestationPath,
} from '../../src/lib/paths.ts';
import { columnIds } from '../../src/lib/vocabulary.ts';
import { columnIssue } from '../../src/schemas/columns.ts';

const siteDir = inject('siteDir');

/** The built file an address is served from, and whether the fragment (if any) is an id on it. */
function resolves(address: string): { ok: boolean; why?: string } {
  const url = new URL(address, 'http://site.invalid');
  const path = decodeURIComponent(url.pathname);
  const file = path.endsWith('/') ? join(siteDir, path, 'index.html') : join(siteDir, path);
  if (!existsSync(file)) return { ok: false, why: `no file ${file}` };
  if (!url.hash) return { ok: true };
  const id = decodeURIComponent(url.hash.slice(1));
  return readFileSync(file, 'utf8').includes(` id="${id}"`) ? { ok: true } : { ok: false, why: `no id "${id}" in ${file}` };
}

function broken(addresses: string[]): string[] {
  return addresses.flatMap((address) => {
    const result = resolves(address);
    return result.ok ? [] : [`${address}: ${result.why}`];
  });
}

const documentSlugs = readdirSync(join(projectRoot, 'content/van-ban'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));
const manifestations = loadManifestations();

/** Every issue in content/chuyen-muc/<column>/, its front matter validated by the build's schema. */
const issues = columnIds.flatMap((column) => {
  const dir = join(projectRoot, 'content/chuyen-muc', column);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
      return { column, slug: name.replace(/\.mdx$/, ''), data: columnIssue.parse(parse(frontMatter)) };
    });
});

describe('the addresses of lib/paths.ts on the built site', () => {
  it('has a page at every fixed address', () => {
    expect(broken(Object.values(paths))).toEqual([]);
    expect(broken([searchPath('đảng viên')])).toEqual([]);
  });

  it('has a page for every document in content/van-ban/', () => {
    expect(documentSlugs.length).toBeGreaterThan(5);
    expect(broken(documentSlugs.map(documentPath))).toEqual([]);
  });

  it('has the three handbook parts', () => {
    expect(broken([1, 2, 3].map(handbookPartPath))).toEqual([]);
  });

  it('has every manifestation at its anchor on the resolution page, in handbook part 1 and in the self-check', () => {
    expect(manifestations).toHaveLength(27);
    const addresses = manifestations.flatMap((m) => [manifestationPath(m.number), handbookManifestationPath(m.number), selfCheckManifestationPath(m.number)]);
    expect(broken(addresses)).toEqual([]);
  });

  it('has an index page and a feed for every column of the vocabulary', () => {
    expect(broken(columnIds.flatMap((column) => [columnPath(column), columnFeedPath(column)]))).toEqual([]);
  });

  it('has a page for every issue, and its year in the column archive', () => {
    expect(issues.length).toBeGreaterThan(3);
    const addresses = issues.flatMap((issue) => [
      issuePath(issue.column, issue.slug),
      withAnchor(columnPath(issue.column), columnYearAnchor(Number(issue.data.date.slice(0, 4)))),
    ]);
    expect(broken(addresses)).toEqual([]);
  });

  it('would notice an address without a page, or a fragment without its id', () => {
    expect(resolves(documentPath('khong-co-van-ban-nay')).ok).toBe(false);
    expect(resolves(manifestationPath(28)).ok).toBe(false);
    expect(resolves(manifestationPath(27)).ok).toBe(true);
  });
});
