import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import {
  brokenLinks,
  duplicateManifestations,
  internalLinks,
  pageLinks,
  unsafeContent,
  type ContentLink,
  type ContentProblem,
  type ManifestationIds,
  type MdastNode,
} from '../lib/content-safety.ts';
import { pageAddress } from '../lib/security-policy.ts';
import { htmlFiles, readPage } from './site-files.ts';

export interface ContentGuardOptions {
  /** The content folder (tests point it at a fixture). */
  contentDir: string;
}

/**
 * Fails the build on content that must not be published, naming the file (and line) of each problem:
 * before the build, active content in MDX bodies, duplicate manifestations or items, related documents that do
 * not exist and column issues in another column's folder (all reported at once);
 * after it, every internal link or #anchor of the built site that resolves to nothing.
 */
export function contentGuard({ contentDir }: ContentGuardOptions): AstroIntegration {
  let contentLinks: Array<ContentLink & { file: string }> = [];
  return {
    name: 'site:content-guard',
    hooks: {
      // Before content sync (which would already have kept only the last of two entries sharing an id).
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const scan = await scanContent(contentDir);
        contentLinks = scan.links;
        if (scan.problems.length === 0) return logger.info(`Content checked: ${scan.files} files, no active content, no duplicates`);
        const message = `Content refused:\n${scan.problems.join('\n')}`;
        // The dev server keeps running so the editor sees the message and can fix the file.
        if (command === 'dev') return logger.error(message);
        throw new Error(message);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const problems = await checkBuiltLinks(siteDir, contentLinks);
        if (problems.length > 0) throw new Error(`Broken internal links:\n${problems.join('\n')}`);
        logger.info('Internal links and anchors checked: all resolve');
      },
    },
  };
}

export interface ContentScan {
  files: number;
  problems: string[];
  links: Array<ContentLink & { file: string }>;
}

/** Checks every MDX body and the manifestations file under contentDir; problems read "file:line: message". */
export async function scanContent(contentDir: string): Promise<ContentScan> {
  const root = resolve(contentDir);
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const problems: string[] = [];
  const links: ContentScan['links'] = [];
  const documentsDir = join(root, 'van-ban');
  const documentSlugs = new Set(files.filter((file) => dirname(file) === documentsDir && file.endsWith('.mdx')).map((file) => basename(file, '.mdx')));
  for (const file of files) {
    const check = await checkContentFile(root, file, await readFile(file, 'utf8'), documentSlugs);
    for (const problem of check.problems) problems.push(`${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
    for (const link of check.links) links.push({ ...link, file });
  }
  return { files: files.length, problems, links };
}

export interface ContentFileCheck {
  problems: ContentProblem[];
  links: ContentLink[];
}

/**
 * The checks of one content file as it would be saved (the build runs it on every file; the CMS on the entry it
 * saves): active content, related documents that do not exist, a column issue in another column's folder,
 * duplicate manifestations. `file` is an absolute path under `root`; `documentSlugs` the documents that exist.
 */
export async function checkContentFile(root: string, file: string, text: string, documentSlugs: ReadonlySet<string>): Promise<ContentFileCheck> {
  const problems: ContentProblem[] = [];
  const links: ContentLink[] = [];
  const path = relative(root, file).split(sep).join('/');
  if (/^van-ban\/[^/]+\.mdx$/.test(path)) {
    const related = (parseYaml(frontmatterOf(text)) as { related?: unknown } | null)?.related;
    for (const slug of Array.isArray(related) ? related : []) {
      if (!documentSlugs.has(String(slug))) problems.push({ message: `related document "${slug}" does not exist` });
    }
  }
  // A column issue filed in another column's folder than its `column` field says (checked again by the route).
  const columnFolder = /^chuyen-muc\/([^/]+)\/[^/]+\.mdx$/.exec(path)?.[1];
  if (columnFolder) {
    const column = (parseYaml(frontmatterOf(text)) as { column?: unknown } | null)?.column;
    if (column !== columnFolder) problems.push({ message: `column "${String(column)}" but the file is in content/chuyen-muc/${columnFolder}/` });
  }
  if (file.endsWith('.mdx')) {
    const tree = (await mdxToMdast(withoutFrontmatter(text))) as MdastNode;
    problems.push(...unsafeContent(tree));
    links.push(...internalLinks(tree));
  }
  if (path === 'bieu-hien/manifestations.yaml') {
    const entries = parseYaml(text) as ManifestationIds[] | null;
    for (const problem of duplicateManifestations(Array.isArray(entries) ? entries : [])) problems.push({ message: problem });
  }
  return { problems, links };
}

function frontmatterOf(text: string): string {
  return /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1] ?? '';
}

/** Frontmatter replaced by empty lines, so line numbers still match the file. */
function withoutFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Broken links of the built site, each naming the page, and the content file and line when the link is written there. */
export async function checkBuiltLinks(siteDir: string, contentLinks: Array<ContentLink & { file: string }> = []): Promise<string[]> {
  const allFiles = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
  const pages = await Promise.all(
    (await htmlFiles(siteDir)).map(async (file) => pageLinks(pageAddress(`/${file}`), await readPage(siteDir, file))),
  );
  return brokenLinks(pages, new Set(allFiles)).map(({ page, href, reason }) => {
    const sources = contentLinks.filter((link) => link.url === href).map((link) => `${link.file}:${link.line ?? 1}`);
    return `${sources.length > 0 ? `${sources.join(', ')} (on ${page})` : page}: link "${href}": ${reason}`;
  });
}
