// Bad content fails the build, naming file and line. Schema rules are unit-tested on their own
// (tests/unit/schema-content.test.ts); here two builds cover what only a build shows: the checks are wired in.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../../support/build.ts';
import { documentPath, paths } from '../../src/lib/paths.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Copies the real content to a temporary folder, applies the edits, and builds from it into that folder. */
function buildWithContent(edits: Record<string, (text: string) => string>) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(dir);
  const contentDir = join(dir, 'content');
  cpSync(resolve(projectRoot, 'content'), contentDir, { recursive: true });
  const files: Record<string, string> = {};
  for (const [relativeFile, edit] of Object.entries(edits)) {
    const file = join(contentDir, relativeFile);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after, `the fixture edit must change ${relativeFile}`).not.toBe(before);
    writeFileSync(file, after);
    files[relativeFile] = file;
  }
  // The output folder is outside the repository on purpose: SITE_OUT_DIR must work anywhere.
  const result = buildSite({ CONTENT_DIR: contentDir, SITE_OUT_DIR: join(dir, 'dist'), SITE_CACHE_DIR: join(dir, 'cache') });
  return { files, outDir: join(dir, 'dist'), ...result };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('content that must not be published fails the build, every problem named at once', () => {
  const unsafe = '\n<script>alert(1)</script>\n\n<iframe src="https://example.com/"></iframe>\n\n<div onClick="x()">Bấm</div>\n\n[Mở](javascript:alert(1))\n';
  let documentText = '';
  let result: ReturnType<typeof buildWithContent>;
  beforeAll(() => {
    result = buildWithContent({
    'van-ban/quyet-dinh-99-qd-tw.mdx': (text) => {
      documentText = text.replace(/^related:\n/m, 'related:\n  - khong-co-van-ban-nay\n') + unsafe;
      return documentText;
    },
    // Filed under Di tích but saying Gương sáng.
    'chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx': (text) => text.replace(/^column: di-tich$/m, 'column: guong-sang\noffDayReason: Thử nghiệm.'),
    // A second copy of manifestation 1: the loader would silently keep only the later one.
    'bieu-hien/manifestations.yaml': (text) => `${text}\n${/^- id: "1"\n[\s\S]*?(?=^- id: "2")/m.exec(text)![0]}`,
    });
  }, 180_000);
  const file = () => result.files['van-ban/quyet-dinh-99-qd-tw.mdx']!;

  it('exits with an error', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content refused');
  });

  it('names script, iframe, on* handler and javascript: URL with file and line', () => {
    expect(result.output).toContain(`${file()}:${lineOf(documentText, '<script>')}: <script> is not allowed in content`);
    expect(result.output).toContain(`${file()}:${lineOf(documentText, '<iframe')}: <iframe> is not allowed in content`);
    expect(result.output).toContain(`${file()}:${lineOf(documentText, 'onClick')}: <div onClick>: event handler attributes are not allowed`);
    expect(result.output).toContain(`${file()}:${lineOf(documentText, 'javascript:')}: link to "javascript:alert(1)": script URLs are not allowed`);
  });

  it('names the duplicated manifestation number and item ids, and a related document that does not exist', () => {
    const yaml = result.files['bieu-hien/manifestations.yaml']!;
    expect(result.output).toContain(`${yaml}: manifestation id "1" appears 2 times`);
    expect(result.output).toContain(`${yaml}: manifestation number "1" appears 2 times`);
    for (const id of ['1a', '1b', '1c']) expect(result.output).toContain(`${yaml}: item id "${id}" appears 2 times`);
    expect(result.output).toContain(`${file()}: related document "khong-co-van-ban-nay" does not exist`);
  });

  it('names an issue filed in another column’s folder than its column field says', () => {
    expect(result.output).toMatch(/so-01-dia-dao-phu-tho-hoa\.mdx: column "guong-sang" but the file is in content\/chuyen-muc\/di-tich\//);
  });
});

describe('a link or #anchor that resolves to nothing fails the build', () => {
  let documentText = '';
  let result: ReturnType<typeof buildWithContent>;
  beforeAll(() => {
    result = buildWithContent({
    'van-ban/quyet-dinh-99-qd-tw.mdx': (text) => {
      documentText = `${text}\nXem [trang không có](/khong-ton-tai/).\n\nXem [mục không có](${paths.library}#khong-co-muc).\n`;
      return documentText;
    },
    });
  }, 180_000);
  const file = () => result.files['van-ban/quyet-dinh-99-qd-tw.mdx']!;

  it('names the content file, its line and the page for each broken link', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Broken internal links');
    expect(result.output).toContain(
      `${file()}:${lineOf(documentText, '/khong-ton-tai/')} (on ${documentPath('quyet-dinh-99-qd-tw')}): link "/khong-ton-tai/": no page or file at this address`,
    );
    expect(result.output).toContain(
      `${file()}:${lineOf(documentText, '#khong-co-muc')} (on ${documentPath('quyet-dinh-99-qd-tw')}): link "${paths.library}#khong-co-muc": no element with id "khong-co-muc" on ${paths.library}`,
    );
  });

  it('renders every page into an output folder outside the repository first (SITE_OUT_DIR anywhere works)', () => {
    expect(result.output).not.toContain('Cannot find package');
    expect(existsSync(join(result.outDir, 'van-ban/quyet-dinh-99-qd-tw/index.html'))).toBe(true);
  });
});
