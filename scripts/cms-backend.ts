// The local backend of `npm run cms`, in front of decap-server (which reads and writes any file of the folder it
// is given): answers on 127.0.0.1 only, to the CMS's own page only, for the content folders the CMS edits only; and
// before a save reaches the disk, merges it into the file as written (comments, order and untouched lines stay) and
// runs the build's checks on it (schema, content guard, links), refusing it in Vietnamese when one fails.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join, posix } from 'node:path';
import { isCollection, isMap, isScalar, isSeq, parse, parseDocument, type Document, type Node } from 'yaml';
import { checkContentFile } from '../src/integrations/content-guard.ts';
import { formatIsoDate, siteToday } from '../src/lib/dates.ts';
import type { CmsConfig } from '../src/cms/config.ts';
import { entryKindOfPath, entryProblems } from '../src/cms/save-check.ts';
import { backendText } from '../src/cms/labels.ts';

/** The paths the CMS edits, read from its configuration: folder collections, files, the media folder. */
export interface EditablePaths {
  folders: Array<{ folder: string; extension: string }>;
  files: string[];
  media: string;
}

export function editablePaths(config: CmsConfig): EditablePaths {
  const folders: EditablePaths['folders'] = [];
  const files: string[] = [];
  for (const collection of config.collections) {
    if (typeof collection.folder === 'string') folders.push({ folder: collection.folder, extension: String(collection.extension ?? 'md') });
    for (const file of collection.files ?? []) files.push(file.file);
  }
  return { folders, files, media: config.media_folder };
}

/** A path written plainly: relative, forward slashes, no "." or ".." segment, no hidden file. */
function plainPath(path: unknown): path is string {
  if (typeof path !== 'string' || path === '' || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && !part.startsWith('.'));
}

export function isEditableFile(paths: EditablePaths, path: unknown): boolean {
  if (!plainPath(path)) return false;
  if (paths.files.includes(path)) return true;
  if (paths.folders.some(({ folder, extension }) => posix.dirname(path) === folder && path.endsWith(`.${extension}`))) return true;
  return posix.dirname(path) === paths.media;
}

type Params = Record<string, unknown> & { path?: unknown; newPath?: unknown };

/** The paths one request of Decap's local backend protocol reads or writes; undefined for an action refused as a whole. */
export function requestPaths(action: unknown, params: Record<string, unknown> | undefined): { files: unknown[]; folders: unknown[] } | undefined {
  const p = params ?? {};
  const entries = (list: unknown) => (Array.isArray(list) ? (list as Params[]) : []);
  switch (action) {
    case 'info':
    case 'getDeployPreview':
      return { files: [], folders: [] };
    case 'entriesByFolder':
      return { files: [], folders: [p.folder] };
    case 'getMedia':
      return { files: [], folders: [p.mediaFolder] };
    case 'entriesByFiles':
      return { files: entries(p.files).map((file) => file?.path), folders: [] };
    case 'getEntry':
    case 'getMediaFile':
    case 'deleteFile':
      return { files: [p.path], folders: [] };
    case 'deleteFiles':
      return { files: Array.isArray(p.paths) ? p.paths : [undefined], folders: [] };
    case 'persistMedia':
      return { files: [(p.asset as Params | undefined)?.path], folders: [] };
    case 'persistEntry': {
      const data = p.dataFiles ? entries(p.dataFiles) : [p.entry as Params];
      const files = data.flatMap((file) => [file?.path, ...(file?.newPath !== undefined ? [file.newPath] : [])]);
      return { files: [...files, ...entries(p.assets).map((asset) => asset?.path)], folders: [] };
    }
    default:
      return undefined;
  }
}

export function refusedPath(paths: EditablePaths, action: unknown, params: Record<string, unknown> | undefined): string | undefined {
  const asked = requestPaths(action, params);
  if (!asked) return backendText.actionRefused;
  const folders = [...paths.folders.map((f) => f.folder), paths.media];
  for (const folder of asked.folders) if (typeof folder !== 'string' || !folders.includes(folder)) return backendText.pathRefused(String(folder));
  for (const file of asked.files) if (!isEditableFile(paths, file)) return backendText.pathRefused(String(file));
  return undefined;
}

// ---- Saving only the change ----

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

function splitFrontmatter(text: string): { yaml: string; body: string } {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : { yaml: '', body: text };
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Keys the new data adds with a blank or default value (false, [], '') are no change to a file that leaves them out. */
function withoutAddedBlanks(next: Record<string, unknown>, old: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(next).filter(([key, value]) =>
    key in old || !(value === false || value === '' || value === null || (Array.isArray(value) && value.length === 0))));
}

function createLike(doc: Document, value: unknown, sibling: unknown): Node {
  const node = doc.createNode(value) as Node;
  if (isCollection(node) && isCollection(sibling) && sibling.flow) node.flow = true;
  return node;
}

/** Writes `value` into `node` changing only what differs, so untouched lines, comments and styles stay. */
function applyValue(doc: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (!(String(key) in record)) node.delete(pair.key);
    }
    for (const [key, inner] of Object.entries(record)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) node.set(key, createLike(doc, inner, node.items.at(-1)?.value));
      else if (!equal(isScalar(pair.value) || isCollection(pair.value) ? pair.value.toJSON() : pair.value, inner)) pair.value = applyValue(doc, pair.value, inner) as Node;
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items.splice(value.length);
    value.forEach((inner, index) => {
      const item = node.items[index];
      if (item === undefined) node.items.push(createLike(doc, inner, node.items[index - 1]));
      else if (!equal(isScalar(item) || isCollection(item) ? item.toJSON() : item, inner)) node.items[index] = applyValue(doc, item, inner);
    });
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    node.value = value;
    return node;
  }
  return doc.createNode(value);
}

/**
 * The text to write for a save: the file as it is when nothing but the last-change day differs; otherwise the file
 * with only the changed values rewritten, "updated" set to `today` (dd/mm/yyyy). A new file is Decap's text, dated.
 */
export function mergeForSave(oldText: string | undefined, newText: string, path: string, today: string): string {
  const yamlFile = /\.ya?ml$/.test(path);
  const next = yamlFile ? { yaml: newText, body: '' } : splitFrontmatter(newText);
  const old = oldText === undefined ? undefined : yamlFile ? { yaml: oldText, body: '' } : splitFrontmatter(oldText);
  const nextData = (parse(next.yaml) ?? {}) as Record<string, unknown>;
  const oldDoc = old ? parseDocument(old.yaml) : undefined;
  const oldData = (oldDoc?.toJS() ?? {}) as Record<string, unknown>;
  const compared = withoutAddedBlanks(nextData, oldData);
  const { updated: _nextUpdated, ...nextRest } = compared;
  const { updated: _oldUpdated, ...oldRest } = oldData;
  // Decap may drop the blank line after the frontmatter or the newline at the end: that alone is no change.
  const body = !old ? next.body : old.body.trim() === next.body.trim() ? old.body : `${/^\s*/.exec(old.body)![0]}${next.body.trimStart()}`;
  if (old && oldDoc && equal(nextRest, oldRest) && body === old.body) return oldText!;
  const doc = oldDoc ?? parseDocument(next.yaml);
  applyValue(doc, doc.contents, { ...compared, updated: today });
  const yaml = doc.toString({ lineWidth: 0 });
  return yamlFile ? yaml : `---\n${yaml}---\n${body}`;
}

// ---- The build's checks ----

/** The problems the build would find in this file, in Vietnamese, each naming where it is. */
export async function saveProblems(root: string, path: string, text: string, options: { siteOrigin?: string } = {}): Promise<string[]> {
  const kind = entryKindOfPath(path);
  if (!kind) return [];
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parse(kind.kind === 'results' ? text : splitFrontmatter(text).yaml) ?? {};
  } catch {
    return [backendText.unreadable];
  }
  for (const problem of entryProblems(kind, data)) problems.push(`${problem.where}: ${problem.message}`);
  // The resolution's page (src/pages/nghi-quyet/) stops the build without the resolution's number and date.
  if (path === RESOLUTION && kind.kind === 'document') {
    const { number, date } = (data ?? {}) as { number?: unknown; date?: unknown };
    if (!number || !date) problems.push(backendText.resolutionNeeds);
  }
  const contentDir = join(root, 'content');
  const documentsDir = join(contentDir, 'van-ban');
  const documentSlugs = new Set((await readdir(documentsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).map((f) => basename(f, '.mdx')));
  const file = join(root, path);
  if (dirname(file) === documentsDir) documentSlugs.add(basename(file, '.mdx'));
  const check = await checkContentFile(contentDir, file, text, documentSlugs).catch((error: unknown): Awaited<ReturnType<typeof checkContentFile>> => ({
    problems: [{ message: backendText.bodyUnreadable(error instanceof Error ? error.message.split('\n')[0]! : '') }],
    links: [],
  }));
  // The editor sees the body, not the file: a line is counted from the body's first line.
  const frontmatter = FRONTMATTER.exec(text)?.[0] ?? '';
  const before = (frontmatter + (/^\s*\n/.exec(text.slice(frontmatter.length))?.[0] ?? '')).split('\n').length - 1;
  const bodyLine = (line: number | undefined) => (line === undefined || kind.kind === 'results' ? undefined : Math.max(1, line - before));
  for (const problem of check.problems) {
    const line = bodyLine(problem.line);
    // The guard's message ends with the file's line ("(dòng 16)"); the editor is told the body's line instead.
    problems.push(line ? backendText.atLine(line, problem.message.replace(/ \(dòng \d+\)\.$/, '.')) : problem.message);
  }
  if (options.siteOrigin) {
    for (const link of check.links) {
      const address: URL = new URL(link.url, `${options.siteOrigin}/${path}`);
      if (address.origin !== options.siteOrigin || link.url.startsWith('#')) continue;
      const status = await fetch(address.href.replace(/#.*$/, ''), { signal: AbortSignal.timeout(30_000) }).then((r) => r.status, () => 0);
      if (status === 404) problems.push(backendText.brokenLink(bodyLine(link.line), link.url));
    }
  }
  return problems;
}

const RESOLUTION = 'content/van-ban/nghi-quyet-04-nq-tw.mdx';

/** Why deleting these files would stop the build: a document another one relates to, or the resolution itself. */
export async function deleteProblems(root: string, paths: unknown[]): Promise<string[]> {
  const documentsDir = join(root, 'content', 'van-ban');
  const deleted = new Set(paths.filter((p): p is string => typeof p === 'string' && /^content\/van-ban\/[^/]+\.mdx$/.test(p)).map((p) => basename(p, '.mdx')));
  if (deleted.size === 0) return [];
  const problems: string[] = [];
  if (paths.includes(RESOLUTION)) problems.push(backendText.resolutionKept);
  for (const file of (await readdir(documentsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx'))) {
    if (deleted.has(basename(file, '.mdx'))) continue;
    const data = (() => {
      try {
        return (parse(splitFrontmatter(String(readFileSyncSafe(join(documentsDir, file)))).yaml) ?? {}) as { title?: unknown; related?: unknown };
      } catch {
        return {};
      }
    })();
    for (const slug of Array.isArray(data.related) ? data.related : []) {
      if (deleted.has(String(slug))) problems.push(backendText.relatedKept(String(slug), String(data.title ?? file)));
    }
  }
  return problems;
}

function readFileSyncSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

// ---- The server ----

export interface BackendOptions {
  root: string;
  /** decap-server's own address (on 127.0.0.1). */
  upstream: string;
  /** The port this backend answers on: requests naming another host (DNS rebinding) are refused. */
  port: number;
  /** The origins of the CMS page (the development server). */
  siteOrigins: string[];
  /** The CMS configuration as the CMS page reads it. */
  config: () => Promise<CmsConfig>;
  /** "dd/mm/yyyy" of the day of a save, in Vietnam. */
  today?: () => string;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 60 * 1024 * 1024) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function backendHandler(options: BackendOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const hosts = new Set([`127.0.0.1:${options.port}`, `localhost:${options.port}`]);
  const today = options.today ?? (() => formatIsoDate(siteToday(new Date())));
  return async (request, response) => {
    const origin = request.headers.origin;
    const send = (status: number, body: unknown) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', Vary: 'Origin' };
      if (origin && options.siteOrigins.includes(origin)) headers['Access-Control-Allow-Origin'] = origin;
      response.writeHead(status, headers).end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (!hosts.has(request.headers.host ?? '') || (origin !== undefined && !options.siteOrigins.includes(origin))) {
      return send(403, { error: backendText.originRefused });
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Origin': origin ?? '', 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', Vary: 'Origin',
      }).end();
      return;
    }
    if (request.method !== 'POST' || request.url !== '/api/v1') return send(404, { error: backendText.actionRefused });
    let body: { action?: unknown; params?: Record<string, unknown> };
    try {
      body = JSON.parse(await readBody(request)) as typeof body;
    } catch {
      return send(400, { error: backendText.unreadable });
    }
    let paths: EditablePaths;
    try {
      paths = editablePaths(await options.config());
    } catch {
      return send(503, { error: backendText.notReady });
    }
    const refused = refusedPath(paths, body.action, body.params);
    if (refused) return send(403, { error: refused });

    if (body.action === 'deleteFile' || body.action === 'deleteFiles') {
      const params = body.params ?? {};
      const problems = await deleteProblems(options.root, body.action === 'deleteFile' ? [params.path] : (params.paths as unknown[]));
      if (problems.length > 0) return send(422, { error: backendText.deleteRefused(problems), problems });
    }
    if (body.action === 'persistEntry') {
      const params = body.params!;
      const dataFiles = (params.dataFiles ?? [params.entry]) as Array<{ path: string; raw: string; newPath?: string }>;
      const problems: string[] = [];
      for (const file of dataFiles) {
        if (typeof file.raw !== 'string') continue;
        const old = await readFile(join(options.root, file.path), 'utf8').catch(() => undefined);
        file.raw = mergeForSave(old, file.raw, file.path, today());
        problems.push(...(await saveProblems(options.root, file.newPath ?? file.path, file.raw, { siteOrigin: options.siteOrigins[0] })));
      }
      if (problems.length > 0) return send(422, { error: backendText.refused(problems), problems });
      if (params.dataFiles) params.dataFiles = dataFiles;
      else params.entry = dataFiles[0];
    }
    try {
      const upstream = await fetch(options.upstream, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      send(upstream.status, await upstream.text());
    } catch {
      send(502, { error: backendText.upstreamDown });
    }
  };
}
