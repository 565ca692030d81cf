import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import type { Plugin as VitePlugin } from 'vite';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import {
  atLine,
  brokenLinks,
  contentComponents,
  duplicateManifestations,
  internalLinks,
  isScriptUrl,
  pageLinks,
  splitFrontmatter,
  unsafeContent,
  urlScheme,
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
 * Fails the build on content that must not be published, naming the file (and line) of each problem in plain
 * Vietnamese: before anything is compiled (astro:config:setup, the first hook), code in content (see safeContent),
 * duplicate manifestations or items, related documents that do not exist and column issues in another column's
 * folder (all reported at once); after the build, every internal link or #anchor that resolves to nothing.
 * While the site is served (dev, `npm run cms`), a Vite plugin re-checks each MDX file every time it is about to
 * be compiled, so a file changed after the start is refused before any of it runs.
 */
export function contentGuard({ contentDir }: ContentGuardOptions): AstroIntegration {
  let contentLinks: Array<ContentLink & { file: string }> = [];
  return {
    name: 'site:content-guard',
    hooks: {
      // Before content sync (which would already have kept only the last of two entries sharing an id), and
      // before Vite compiles any MDX (an export or {expression} runs when the compiled module is loaded).
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        updateConfig({ vite: { plugins: [contentGuardVitePlugin(contentDir)] } });
        const scan = await scanContent(contentDir);
        contentLinks = scan.links;
        if (scan.problems.length === 0) return logger.info(`Content checked: ${scan.files} files, no code in content, no duplicates`);
        const message = `Content refused:\n${scan.problems.join('\n')}`;
        // The dev server keeps running so the editor sees the message and can fix the file (the Vite plugin
        // refuses to compile the refused MDX files meanwhile).
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

/** Name of @astrojs/mdx's compiling plugin, which this guard must run before. */
const MDX_COMPILER_PLUGIN = '@mdx-js/rolldown';

/**
 * Checks each MDX file of the content folder right before @astrojs/mdx compiles it, on the very text it is given,
 * and refuses it (an error, which Vite shows in the browser while serving) when it holds code.
 */
export function contentGuardVitePlugin(contentDir: string): VitePlugin {
  const root = resolve(contentDir);
  const plugin: VitePlugin = {
    name: 'site:content-guard-mdx',
    enforce: 'pre',
    configResolved(resolved) {
      // Both are 'pre' plugins and @astrojs/mdx registers first; without the move this would see compiled JS.
      const plugins = resolved.plugins as VitePlugin[];
      const mine = plugins.findIndex((candidate) => candidate.name === plugin.name);
      const compiler = plugins.findIndex((candidate) => candidate.name === MDX_COMPILER_PLUGIN);
      // A Vite instance without the compiler compiles no MDX, so nothing of content can run there.
      if (mine !== -1 && compiler !== -1 && mine > compiler) plugins.splice(compiler, 0, ...plugins.splice(mine, 1));
    },
    transform: {
      // The compiler's own filter: ids with a query (?astroPropagatedAssets …) are Astro's JS wrappers, not MDX.
      filter: { id: /\.mdx$/ },
      async handler(code, file) {
        const path = relative(root, file).split(sep).join('/');
        if (path.startsWith('../') || isAbsolute(path)) return null;
        const { problems } = await safeContent(path, code);
        if (problems.length > 0) {
          throw new Error(`Content refused:\n${problems.map((problem) => `${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`).join('\n')}`);
        }
        return null;
      },
    },
  };
  return plugin;
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

/** The MDX features Astro's MDX compiler parses with (@astrojs/markdown-satteri: GFM and smart punctuation on). */
const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

/**
 * The checks of one content file as it would be saved (the build runs it on every file; the CMS on the entry it
 * saves): content is data (safeContent), related documents that do not exist, a column issue in another
 * column's folder, duplicate manifestations. `file` is an absolute path under `root`; `documentSlugs` the
 * documents that exist. Messages are plain Vietnamese for the editor, with the line when known.
 */
export async function checkContentFile(root: string, file: string, text: string, documentSlugs: ReadonlySet<string>): Promise<ContentFileCheck> {
  const path = relative(root, file).split(sep).join('/');
  const { problems, links, data } = await safeContent(path, text);
  if (/^van-ban\/[^/]+\.mdx$/.test(path)) {
    const related = (data as { related?: unknown } | undefined)?.related;
    for (const slug of Array.isArray(related) ? related : []) {
      if (!documentSlugs.has(String(slug))) problems.push({ message: `Văn bản liên quan “${String(slug)}” không có trong thư viện văn bản; hãy chọn lại hoặc bỏ dòng này.` });
    }
  }
  // A column issue filed in another column's folder than its `column` field says (checked again by the route).
  const columnFolder = /^chuyen-muc\/([^/]+)\/[^/]+\.mdx$/.exec(path)?.[1];
  if (columnFolder) {
    const column = (data as { column?: unknown } | undefined)?.column;
    if (column !== columnFolder) {
      problems.push({ message: `Kỳ này ghi chuyên mục “${String(column)}” nhưng nằm trong thư mục của chuyên mục “${columnFolder}” (content/chuyen-muc/${columnFolder}/); hai chỗ phải khớp nhau.` });
    }
  }
  if (path === 'bieu-hien/manifestations.yaml') {
    for (const problem of duplicateManifestations(Array.isArray(data) ? (data as ManifestationIds[]) : [])) problems.push({ message: problem });
  }
  return { problems, links };
}

export interface SafeContentCheck extends ContentFileCheck {
  /** The file's data (an MDX file's frontmatter, a YAML file's document), when it could be read. */
  data?: unknown;
}

/**
 * Content is data: the checks that keep code out of one file, needing nothing but its text (the build's Vite
 * plugin runs them on each MDX file before it is compiled). `path` is relative to the content folder.
 * MDX: frontmatter as plain YAML data (safeYaml), body split and parsed exactly as Astro's compiler does, then
 * unsafeContent over the tree. YAML data files: safeYaml. Other files are not loaded by the site.
 */
export async function safeContent(path: string, text: string): Promise<SafeContentCheck> {
  const problems: ContentProblem[] = [];
  const links: ContentLink[] = [];
  let data: unknown;
  if (path.endsWith('.mdx')) {
    const { frontmatter, body } = splitFrontmatter(text);
    if (frontmatter?.delimiter === '+++') {
      problems.push(atLine('Phần thông tin đầu bài phải viết dạng YAML, giữa hai dòng ---', frontmatter.line));
    } else if (frontmatter) {
      const yaml = safeYaml(frontmatter.raw, frontmatter.line - 1, true);
      problems.push(...yaml.problems);
      data = yaml.data;
    }
    let tree: MdastNode | undefined;
    try {
      tree = (await mdxToMdast(body, { features: MDX_FEATURES })) as MdastNode;
    } catch (error) {
      problems.push(mdxSyntaxProblem(error));
    }
    if (tree) {
      const folder = path.split('/')[0] ?? '';
      problems.push(...unsafeContent(tree, contentComponents[folder] ?? {}));
      links.push(...internalLinks(tree));
    }
  } else if (/\.ya?ml$/.test(path)) {
    const yaml = safeYaml(text, 0, false);
    problems.push(...yaml.problems);
    data = yaml.data;
  }
  return { problems, links, data };
}

/** A body the MDX parser cannot read: nothing of it is compiled; the editor learns where and the likely cause. */
function mdxSyntaxProblem(error: unknown): ContentProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const line = Number(/^(\d+):\d+/.exec(detail)?.[1]) || undefined;
  return atLine(
    `Không đọc được nội dung từ chỗ này: có thể do dấu <, { hoặc } viết trực tiếp; muốn hiện các dấu này thì viết \\<, \\{, \\} (chi tiết kỹ thuật: ${detail.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')})`,
    line,
  );
}

/**
 * YAML as plain data: no tags, aliases or merge keys (they let two YAML readers disagree, and Astro reads with
 * another library than this check), no string holding a javascript:/vbscript:/data: address, and in an MDX
 * file's frontmatter no `layout` key (Astro's MDX compiler imports the module it names). `lineOffset` is the
 * file's line before the text's first line.
 */
function safeYaml(text: string, lineOffset: number, frontmatter: boolean): { problems: ContentProblem[]; data?: unknown } {
  const problems: ContentProblem[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  for (const error of document.errors) {
    problems.push(atLine(`Phần thông tin viết sai cú pháp YAML, chưa đọc được (chi tiết kỹ thuật: ${error.message.split('\n')[0]})`, lineAt(error.pos[0])));
  }
  if (document.errors.length > 0) return { problems };
  visit(document, {
    Alias(_, node) {
      problems.push(atLine(`Không dùng được cách viết tham chiếu *${node.source} trong phần thông tin; hãy viết thẳng giá trị`, lineAt(node.range?.[0])));
    },
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const line = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
      if (key === '<<') problems.push(atLine('Không dùng được khóa gộp << trong phần thông tin; hãy viết thẳng từng trường', line));
      if (frontmatter && key === 'layout') problems.push(atLine('Không được dùng trường layout trong phần thông tin đầu bài: trường này nạp mã khi dựng trang', line));
    },
    Node(_, node) {
      if (node.tag) problems.push(atLine(`Không dùng được thẻ kiểu ${node.tag} trong phần thông tin; hãy viết thẳng giá trị`, lineAt(node.range?.[0])));
    },
    Scalar(_, node) {
      if (node.tag) problems.push(atLine(`Không dùng được thẻ kiểu ${node.tag} trong phần thông tin; hãy viết thẳng giá trị`, lineAt(node.range?.[0])));
      if (typeof node.value === 'string' && isScriptUrl(node.value)) {
        const scheme = urlScheme(node.value);
        problems.push(
          atLine(
            scheme === 'data'
              ? 'Không được dùng địa chỉ data: trong phần thông tin: địa chỉ này chứa cả một trang hoặc một tệp giấu bên trong'
              : `Không được dùng liên kết ${scheme}: trong phần thông tin: liên kết này chạy mã trên máy người đọc`,
            lineAt(node.range?.[0]),
          ),
        );
      }
    },
  });
  return { problems, data: document.toJS() };
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
