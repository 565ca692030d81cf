// Bad content fails the build, naming file and line. Schema rules are unit-tested on their own
// (tests/unit/schema-content.test.ts); here two builds cover what only a build shows: the checks are wired in.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
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

  it('names script, iframe, on* handler and javascript: URL with file and line, in Vietnamese', () => {
    const at = (needle: string) => `${file()}:${lineOf(documentText, needle)}: `;
    expect(result.output).toContain(`${at('<script>')}Không được dùng thẻ <script> trong nội dung`);
    expect(result.output).toContain(`${at('<iframe')}Không được dùng thẻ <iframe> trong nội dung`);
    expect(result.output).toContain(`${at('onClick')}Không được dùng thuộc tính onClick trong thẻ <div>: thuộc tính này chạy mã trên máy người đọc (dòng ${lineOf(documentText, 'onClick')}).`);
    expect(result.output).toContain(`${at('javascript:')}Không được dùng liên kết javascript: trong nội dung: liên kết này chạy mã trên máy người đọc (dòng ${lineOf(documentText, 'javascript:')}).`);
  });

  it('names the duplicated manifestation number and item ids, and a related document that does not exist', () => {
    const yaml = result.files['bieu-hien/manifestations.yaml']!;
    expect(result.output).toContain(`${yaml}: Mã biểu hiện “1” xuất hiện 2 lần`);
    expect(result.output).toContain(`${yaml}: Số thứ tự biểu hiện “1” xuất hiện 2 lần`);
    for (const id of ['1a', '1b', '1c']) expect(result.output).toContain(`${yaml}: Mã nội dung nhận diện “${id}” xuất hiện 2 lần`);
    expect(result.output).toContain(`${file()}: Văn bản liên quan “khong-co-van-ban-nay” không có trong thư viện văn bản`);
  });

  it('names an issue filed in another column’s folder than its column field says', () => {
    expect(result.output).toMatch(/so-01-dia-dao-phu-tho-hoa\.mdx: Kỳ này ghi chuyên mục “guong-sang” nhưng nằm trong thư mục của chuyên mục “di-tich”/);
  });
});

describe('content is data: code in content is refused before any of it runs (issue 19, item 8)', () => {
  // Alone in its build, so that no other refusal could be what stops the build before the code would run.
  let result: ReturnType<typeof buildWithContent>;
  let markers: string[] = [];
  let text = '';
  const file = 'van-ban/nghi-quyet-04-nq-tw.mdx';
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'markers-'));
    made.push(dir);
    markers = ['esm', 'expression', 'image'].map((name) => join(dir, `${name}-ran`));
    // A module posing as an image: Astro's compiler imports an image at a relative address.
    writeFileSync(join(dir, 'anh.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(markers[2])}, 'ran');\nexport default {};\n`);
    result = buildWithContent({
      [file]: (before) => (text = `${before}\n${[
        // From <tmp>/content-…/content/van-ban/ (buildWithContent's copy) to <tmp>/markers-…/anh.mjs.
        `![Ảnh](../../../${basename(dir)}/anh.mjs)`,
        '',
        "import { writeFileSync } from 'node:fs';",
        '',
        `export const ran = writeFileSync(${JSON.stringify(markers[0])}, 'ran');`,
        '',
        `Phiên bản {process.version}{globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(markers[1])}, 'ran')}`,
      ].join('\n')}\n`),
    });
  }, 180_000);
  const at = (needle: string) => `${result.files[file]}:${lineOf(text, needle)}: `;

  it('fails the build, and an import/export, {expression} or image module that writes a file when evaluated leaves no file', () => {
    expect(markers.filter((marker) => existsSync(marker)), 'code that ran').toEqual([]);
    expect(result.output).not.toContain(process.version);
    expect(result.status).not.toBe(0);
  });

  it('names the image, the import, the export and each expression with file and line', () => {
    expect(result.output).toContain(`${at('![Ảnh]')}Ảnh phải dùng địa chỉ bắt đầu bằng /`);
    expect(result.output).toContain(`${at('import {')}Không được dùng lệnh import hoặc export trong nội dung`);
    expect(result.output).toContain(`${at('export const')}Không được dùng lệnh import hoặc export trong nội dung`);
    const expressions = result.output.split('\n').filter((line) => line.startsWith(`${at('process.version')}Không được dùng cặp ngoặc nhọn { }`));
    expect(expressions).toHaveLength(2);
  });
});

describe('content is data: markup that would redirect or run script on the page fails the build (issue 19, item 8)', () => {
  let result: ReturnType<typeof buildWithContent>;
  const texts: Record<string, string> = {};
  const file = 'van-ban/quyet-dinh-99-qd-tw.mdx';
  beforeAll(() => {
    result = buildWithContent({
      [file]: (text) => (texts[file] = `${text}\n${[
        '<div set:html="<meta http-equiv=refresh content=0;url=https://example.com/>">Chuyển trang</div>',
        '',
        '<a href={"javascript:alert(1)"}>Bấm</a>',
        '',
        '<a href={`javascript:alert(${1})`}>Bấm</a>',
        '',
        '<svg><set attributeName="href" to="javascript:alert(1)" /></svg>',
        '',
        '<a href="&#106;ava&#x09;script&colon;alert(1)">Bấm</a>',
      ].join('\n')}\n`),
      'chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx': (text) => (texts.column = text.replace(/^  - name: tothethao\.com$/m, '  - name: tothethao.com\n    url: "JavaScript:alert(1)"')),
      'cam-nang/phan-1.mdx': (text) => (texts.handbook = text.replace(/^updated:/m, 'layout: ../../scripts/cms.mjs\nupdated:')),
    });
  }, 180_000);
  const at = (relativeFile: string, text: string, needle: string) => `${result.files[relativeFile]}:${lineOf(text, needle)}: `;

  it('fails the build', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content refused');
  });

  it('names set:html, expression attribute values, template literals, SVG animation and entity-spelled javascript: with file and line', () => {
    const text = texts[file]!;
    expect(result.output).toContain(`${at(file, text, 'set:html')}Không được dùng chỉ thị set:html trong thẻ <div>`);
    expect(result.output).toContain(`${at(file, text, 'href={"javascript')}Không được dùng giá trị trong ngoặc nhọn href={…} ở thẻ <a>`);
    expect(result.output).toContain(`${at(file, text, 'href={`javascript')}Không được dùng giá trị trong ngoặc nhọn href={…} ở thẻ <a>`);
    expect(result.output).toContain(`${at(file, text, '<svg>')}Không được dùng thẻ <svg> trong nội dung`);
    expect(result.output).toContain(`${at(file, text, '<svg>')}Không được dùng thẻ <set> trong nội dung`);
    expect(result.output).toContain(`${at(file, text, '&#106;')}Không được dùng liên kết javascript: trong thẻ <a>`);
  });

  it('names a javascript: address in a frontmatter field and a layout field', () => {
    expect(result.output).toContain(`${at('chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa.mdx', texts.column!, 'JavaScript:')}Không được dùng liên kết javascript: trong phần thông tin`);
    expect(result.output).toContain(`${at('cam-nang/phan-1.mdx', texts.handbook!, 'layout:')}Không được dùng trường layout trong phần thông tin đầu bài`);
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
