import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/build.ts';
import { checkImports, checkProject, findCycles, importsOf, parseLayerTable, type ProjectFile } from '../../support/architecture.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnPath, paths } from '../../src/lib/paths.ts';

const SCANNED = ['src/', 'scripts/', 'support/', 'tests/', 'astro.config.mjs', 'vitest.config.ts'];

/**
 * Imports against the layer order that are known and owned by another issue. Each must disappear when its
 * issue lands; one that is no longer there fails the test too, so the list cannot go stale.
 */
const KNOWN_EXCEPTIONS: Record<string, string> = {
  // TODO(issue 10, search): kindOf should take the sections as an argument instead of importing src/ui/routes.ts.
  'src/lib/search/results.ts -> src/ui/routes.ts': 'issue 10',
  // TODO(issue 10, search): the search metadata contract (SearchMeta) belongs in lib.
  'src/lib/search/fields.ts -> src/ui/search-meta.ts': 'issue 10',
  // TODO(issue 8, self-check): the storage problem type belongs in lib, not in the store.
  'src/ui/self-check-text.ts -> src/stores/self-check.ts': 'issue 8',
};

const layers = parseLayerTable(readFileSync(join(projectRoot, 'docs/architecture.md'), 'utf8'));
const edgeOf = (file: string, specifier: string) => {
  const target = file.split('/').slice(0, -1).concat(specifier.split('/')).reduce<string[]>((parts, part) => {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
    return parts;
  }, []);
  return target.join('/');
};

/** Checks made-up files: a relative import resolves to the listed path, whether or not it is on disk. */
function checkMadeUp(files: ProjectFile[]) {
  const known = new Set(files.map((file) => file.path));
  return checkImports(files, layers, (from, specifier) => {
    const target = edgeOf(from, specifier);
    return known.has(target) || target.startsWith('src/') ? target : undefined;
  });
}

describe('the layer order of docs/architecture.md', () => {
  const project = checkProject(projectRoot, SCANNED);
  const key = (v: { file: string; problem: string }) => `${v.file} -> ${/\((src\/[^)]+)\)$/.exec(v.problem)?.[1] ?? ''}`;

  it('reads a table with every layer of the tree and scans the real code', () => {
    expect(layers.map((layer) => layer.name)).toEqual(expect.arrayContaining(['lib', 'ui', 'schemas', 'stores', 'islands', 'pages', 'support', 'scripts', 'tests']));
    expect(project.files.length).toBeGreaterThan(100);
    expect(project.files.some((file) => file.path.endsWith('.astro'))).toBe(true);
  });

  it('finds no import against the layer order, except the known ones owned by other issues', () => {
    const unexpected = project.violations.filter((v) => !(key(v) in KNOWN_EXCEPTIONS));
    expect(unexpected.map((v) => `${v.file}:${v.line} ${v.specifier}: ${v.problem}`)).toEqual([]);
  });

  it('still sees each known exception (remove it from the list once its issue has fixed it)', () => {
    const seen = new Set(project.violations.map(key));
    expect(Object.keys(KNOWN_EXCEPTIONS).filter((exception) => !seen.has(exception))).toEqual([]);
  });

  it('finds no circle of imports', () => {
    expect(project.cycles).toEqual([]);
  });

  it('keeps lib free of every package, Astro and Zod included', () => {
    const lib = project.files.filter((file) => file.path.startsWith('src/lib/'));
    expect(lib.length).toBeGreaterThan(10);
    const packages = lib.flatMap((file) => importsOf(file.source).filter((i) => !i.specifier.startsWith('.')).map((i) => `${file.path}: ${i.specifier}`));
    expect(packages).toEqual([]);
  });
});

/** Files that may write a route or an anchor as a string: the paths module, the anchor's definition, the tests pinning them and this one. */
const ROUTE_HOMES = ['src/lib/paths.ts', 'src/lib/manifestations.ts', 'tests/unit/paths.test.ts', 'tests/unit/manifestations-helpers.test.ts', 'tests/unit/architecture.test.ts'];
/** Still writing routes while their owners rewrite them (they switch to lib/paths.ts after merging main). */
const ROUTE_LITERALS_PENDING = ['src/islands/Search.tsx', 'src/islands/SelfCheckForm.tsx', 'src/islands/SelfCheckResult.tsx', 'tests/unit/search-results.test.ts'];

/** A string that starts with one of the site's addresses (or the manifestation anchor), outside comments. */
function routeLiterals(source: string): string[] {
  const prefixes = Object.values(paths).filter((path) => path !== paths.home).map((path) => path.replace(/\/$/, ''));
  const pattern = new RegExp(`['"\`](?:${[...prefixes, columnPath('di-tich').split('/').slice(0, 2).join('/')].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[/'"\`.]|['"\`]#?bieu-hien-`);
  return source.split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && pattern.test(line));
}

describe('routes written in one place', () => {
  it('finds no route written as a string outside lib/paths.ts', () => {
    const offenders = checkProject(projectRoot, SCANNED)
      .files.filter((file) => !ROUTE_HOMES.includes(file.path) && !ROUTE_LITERALS_PENDING.includes(file.path))
      .flatMap((file) => routeLiterals(file.source).map((line) => `${file.path}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });

  it('would notice a route literal, in a template or an attribute, but not in a comment', () => {
    expect(routeLiterals("<a href=\"/van-ban/\">")).toHaveLength(1);
    expect(routeLiterals('const a = `/chuyen-muc/${c}/`;')).toHaveLength(1);
    expect(routeLiterals("x = '#bieu-hien-4'")).toHaveLength(1);
    expect(routeLiterals('// the page /tu-kiem-tra/ keeps answers')).toEqual([]);
    expect(routeLiterals("import x from '../van-ban/y.ts';")).toEqual([]);
  });
});

describe('the layer check itself', () => {
  it('parses imports of every form: named, default, type-only, multi-line, re-export, side effect, dynamic', () => {
    const source = [
      "import { a } from './a.ts';",
      "import b from '../b.ts';",
      "import type { C } from './c.ts';",
      'import {',
      '  d,',
      '  e,',
      "} from './de.ts';",
      "export { f } from './f.ts';",
      "import './style.css';",
      // Split so that this file's own scan does not read it as an import.
      'const g = await im' + "port('./g.ts');",
      "  import { h } from 'astro:content';",
      "const text = \"import { nope } from './not-an-import.ts'\";",
    ].join('\n');
    expect(importsOf(source).map((i) => i.specifier)).toEqual(['./a.ts', '../b.ts', './c.ts', './de.ts', './f.ts', './style.css', 'astro:content', './g.ts']);
  });

  it('fails an upward import: lib importing from ui', () => {
    const result = checkMadeUp([
      { path: 'src/lib/bad.ts', source: "import { sections } from '../ui/routes.ts';" },
      { path: 'src/ui/routes.ts', source: '' },
    ]);
    expect(result.violations).toEqual([
      expect.objectContaining({ file: 'src/lib/bad.ts', line: 1, problem: 'layer lib may not import from layer ui (src/ui/routes.ts)' }),
    ]);
  });

  it('fails lib using a package (Zod), and src importing the test helpers', () => {
    const result = checkMadeUp([
      { path: 'src/lib/zod.ts', source: "import { z } from 'astro/zod';" },
      { path: 'src/pages/x.astro', source: "---\nimport { buildSite } from '../../support/build.ts';\n---" },
      { path: 'support/build.ts', source: '' },
    ]);
    expect(result.violations.map((v) => v.problem)).toEqual([
      'layer lib may not use the package "astro/zod"',
      'layer pages may not import from layer support (support/build.ts)',
    ]);
  });

  it('allows what the table allows: a page importing an island, ui and lib; an island a store', () => {
    const result = checkMadeUp([
      { path: 'src/pages/p.astro', source: "---\nimport I from '../islands/I.tsx';\nimport { l } from '../ui/labels.ts';\nimport { paths } from '../lib/paths.ts';\n---" },
      { path: 'src/islands/I.tsx', source: "import { useState } from 'preact/hooks';\nimport { $s } from '../stores/s.ts';" },
    ]);
    expect(result.violations).toEqual([]);
  });

  it('finds a circle, however long, and a file importing a missing file', () => {
    const result = checkMadeUp([
      { path: 'src/lib/a.ts', source: "import { b } from './b.ts';" },
      { path: 'src/lib/b.ts', source: "import { c } from './c.ts';" },
      { path: 'src/lib/c.ts', source: "import { a } from './a.ts';" },
      { path: 'tests/t.ts', source: "import { x } from '../nowhere/x.ts';" },
    ]);
    expect(result.cycles).toEqual([['src/lib/a.ts', 'src/lib/b.ts', 'src/lib/c.ts']]);
    expect(result.violations.map((v) => v.problem)).toEqual(['imports a file that does not exist']);
    expect(findCycles(new Map([['x', new Set(['x'])]]))).toEqual([['x']]);
  });
});
