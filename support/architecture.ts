// Reads the layer table of docs/architecture.md and checks every import of the code against it:
// which layer a file may import from, which packages it may use, and that no files import each other in a circle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

export interface Layer {
  name: string;
  /** Folders ("src/lib/") and single files ("src/site.config.ts") the layer is made of. */
  where: string[];
  /** Layers this layer's files may import from (its own included when it may). */
  mayImport: string[];
  /** Package patterns it may use ("preact", "preact/*", "astro:*", "node:*"); "any" allows all, [] none. */
  packages: string[] | 'any';
}

export interface ImportStatement {
  /** As written: "../lib/paths.ts", "astro:content". */
  specifier: string;
  line: number;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  problem: string;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js', '.astro', '.mdx'];

/** The layer table: the Markdown table whose header starts "| layer | where | may import | packages |". */
export function parseLayerTable(markdown: string): Layer[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^\|\s*layer\s*\|\s*where\s*\|\s*may import\s*\|\s*packages\s*\|/i.test(line));
  if (start < 0) throw new Error('docs/architecture.md has no table "| layer | where | may import | packages |"');
  const layers: Layer[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const [name, where, mayImport, packages] = cells.map((cell) => cell.replace(/\*\*/g, ''));
    if (!name || !where || mayImport === undefined || packages === undefined) throw new Error(`layer table row not understood: ${line}`);
    const list = (cell: string) => cell.split(',').map((item) => item.replace(/`/g, '').trim()).filter((item) => item && item !== '—');
    layers.push({
      name,
      where: list(where),
      mayImport: list(mayImport),
      packages: packages === 'any' ? 'any' : packages === 'none' ? [] : list(packages),
    });
  }
  const names = new Set(layers.map((layer) => layer.name));
  for (const layer of layers) {
    for (const target of layer.mayImport) {
      if (!names.has(target)) throw new Error(`layer ${layer.name} may import "${target}", which is not a layer of the table`);
    }
  }
  return layers;
}

/** Every static import, re-export and literal dynamic import of a source file (TypeScript, Astro, MDX). */
export function importsOf(source: string): ImportStatement[] {
  const found: ImportStatement[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const statement = /^[ \t]*(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]/gm;
  for (const match of source.matchAll(statement)) found.push({ specifier: match[1]!, line: lineOf(match.index) });
  const dynamic = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;
  for (const match of source.matchAll(dynamic)) found.push({ specifier: match[1]!, line: lineOf(match.index) });
  return found;
}

/** The layer a project file (path relative to the root, with "/") belongs to: the longest matching entry wins. */
export function layerOf(file: string, layers: readonly Layer[]): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers) {
    for (const entry of layer.where) {
      const matches = entry.endsWith('/') ? file.startsWith(entry) : file === entry;
      if (matches && (!best || entry.length > best.length)) best = { layer, length: entry.length };
    }
  }
  return best?.layer;
}

/** "@astrojs/rss/x" → "@astrojs/rss/x" checked against "@astrojs/rss" and "@astrojs/*" patterns. */
function packageAllowed(specifier: string, allowed: Layer['packages']): boolean {
  if (allowed === 'any') return true;
  return allowed.some((pattern) => {
    if (pattern.endsWith('*')) return specifier.startsWith(pattern.slice(0, -1));
    return specifier === pattern || specifier.startsWith(`${pattern}/`);
  });
}

/** Resolves a relative specifier to a project file, trying the extensions a bundler would. */
function resolveRelative(root: string, fromFile: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(fromFile), specifier.split('?')[0]!);
  const candidates = [base, ...SOURCE_EXTENSIONS.map((ext) => base + ext), ...SOURCE_EXTENSIONS.map((ext) => join(base, `index${ext}`))];
  const hit = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return hit && relative(root, hit).split(sep).join('/');
}

export interface ProjectFile {
  /** Relative to the root, with "/". */
  path: string;
  source: string;
}

export interface CheckResult {
  violations: Violation[];
  /** Each circle as its files in import order. */
  cycles: string[][];
  /** Import edges between project files, for the cycle search and for reports. */
  edges: Map<string, Set<string>>;
}

/**
 * Checks files against the layers. `resolveFile` maps a relative import to a project path (or undefined
 * when no such file exists); the unit test passes its own so it can feed made-up files.
 */
export function checkImports(
  files: readonly ProjectFile[],
  layers: readonly Layer[],
  resolveFile: (fromFile: string, specifier: string) => string | undefined,
): CheckResult {
  const violations: Violation[] = [];
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const own = layerOf(file.path, layers);
    if (!own) {
      violations.push({ file: file.path, line: 1, specifier: '', problem: 'belongs to no layer of docs/architecture.md' });
      continue;
    }
    const targets = new Set<string>();
    edges.set(file.path, targets);
    for (const { specifier, line } of importsOf(file.source)) {
      const at = { file: file.path, line, specifier };
      if (specifier.startsWith('/') || /^[a-z]+:\/\//i.test(specifier)) continue; // a URL the browser loads, not a module of ours
      if (!specifier.startsWith('.')) {
        if (!packageAllowed(specifier, own.packages)) violations.push({ ...at, problem: `layer ${own.name} may not use the package "${specifier}"` });
        continue;
      }
      const target = resolveFile(file.path, specifier);
      if (!target) {
        violations.push({ ...at, problem: 'imports a file that does not exist' });
        continue;
      }
      targets.add(target);
      const theirs = layerOf(target, layers);
      if (!theirs) violations.push({ ...at, problem: `imports ${target}, which belongs to no layer` });
      else if (!own.mayImport.includes(theirs.name)) {
        violations.push({ ...at, problem: `layer ${own.name} may not import from layer ${theirs.name} (${target})` });
      }
    }
  }
  return { violations, cycles: findCycles(edges), edges };
}

/** Circles of imports (strongly connected components of more than one file, or a file importing itself). */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  // Tarjan's algorithm, iterative enough for this size: recursion depth is the longest import chain.
  let index = 0;
  const indices = new Map<string, number>();
  const lowlinks = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    lowlinks.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowlinks.set(node, Math.min(lowlinks.get(node)!, lowlinks.get(next)!));
      } else if (onStack.has(next)) {
        lowlinks.set(node, Math.min(lowlinks.get(node)!, indices.get(next)!));
      }
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.has(node)) cycles.push(component.reverse());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) visit(node);
  return cycles;
}

/** The project's source files in the given folders and single files (relative paths, "/" separated). */
export function projectFiles(root: string, entries: readonly string[]): ProjectFile[] {
  const files: ProjectFile[] = [];
  const walk = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full)) if (name !== 'node_modules') walk(path ? `${path}/${name}` : name);
    } else if (SOURCE_EXTENSIONS.includes(extname(path)) && !path.endsWith('.d.ts')) {
      files.push({ path, source: readFileSync(full, 'utf8') });
    }
  };
  for (const entry of entries) walk(entry.replace(/\/$/, ''));
  return files;
}

/** Checks the project under `root` against the table in its docs/architecture.md. */
export function checkProject(root: string, entries: readonly string[]): CheckResult & { layers: Layer[]; files: ProjectFile[] } {
  const layers = parseLayerTable(readFileSync(join(root, 'docs/architecture.md'), 'utf8'));
  const files = projectFiles(root, entries);
  const result = checkImports(files, layers, (from, specifier) => resolveRelative(root, from, specifier));
  return { ...result, layers, files };
}
