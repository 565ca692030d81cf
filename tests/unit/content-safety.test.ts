import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { brokenLinks, duplicateManifestations, internalLinks, isScriptUrl, pageLinks, splitFrontmatter, unsafeContent, urlScheme, type MdastNode } from '../../src/lib/content-safety.ts';
import { checkBuiltLinks, checkContentFile, contentGuardVitePlugin, safeContent, scanContent } from '../../src/integrations/content-guard.ts';

const tree = async (mdx: string) => (await mdxToMdast(mdx)) as MdastNode;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'guard-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The problems safeContent finds in one file, as "line: message". */
const problemsOf = async (mdx: string, path = 'van-ban/x.mdx') => (await safeContent(path, mdx)).problems.map((p) => `${p.line}: ${p.message}`);

describe('content is data: code in an MDX file is refused at the parsed tree, naming the line in Vietnamese', () => {
  it('refuses ESM import and export, which would run while the site is built', async () => {
    expect(await problemsOf('---\ntitle: A\n---\n\nimport fs from "node:fs"\n\nexport const x = fs.writeFileSync("/tmp/x", "")\n')).toEqual([
      expect.stringMatching(/^5: Không được dùng lệnh import hoặc export .*\(dòng 5\)\.$/),
      expect.stringMatching(/^7: Không được dùng lệnh import hoặc export .*\(dòng 7\)\.$/),
    ]);
  });

  it('refuses {…} expressions in a block, in running text and as the only thing of a line', async () => {
    expect(await problemsOf('Đoạn.\n\n{process.version}\n\nPhiên bản {process.version} ở giữa câu.\n')).toEqual([
      expect.stringMatching(/^3: Không được dùng cặp ngoặc nhọn \{ \}.*mã JavaScript/),
      expect.stringMatching(/^5: Không được dùng cặp ngoặc nhọn \{ \}/),
    ]);
  });

  it('refuses attribute values in braces: strings, template literals, spreads', async () => {
    for (const mdx of ['<a href={"javascript:alert(1)"}>x</a>', '<a href={`javascript:${"alert(1)"}`}>x</a>', '<a href={url}>x</a>']) {
      expect(await problemsOf(mdx), mdx).toEqual([expect.stringMatching(/^1: Không được dùng giá trị trong ngoặc nhọn href=\{…\} ở thẻ <a>/)]);
    }
    expect(await problemsOf('<p {...props}>x</p>')).toEqual([expect.stringMatching(/^1: Không được dùng \{…\} trong thẻ <p>/)]);
  });

  it('refuses Astro directives: set:html, set:text, client:*, is:*', async () => {
    const mdx = '<div set:html="<meta http-equiv=refresh content=0;url=https://example.com/>">x</div>\n\n<p set:text="x" />\n\n<p client:load>x</p>\n\n<p is:raw>x</p>\n';
    expect(await problemsOf(mdx)).toEqual([
      expect.stringMatching(/^1: Không được dùng chỉ thị set:html trong thẻ <div>/),
      expect.stringMatching(/^3: Không được dùng chỉ thị set:text/),
      expect.stringMatching(/^5: Không được dùng chỉ thị client:load/),
      expect.stringMatching(/^7: Không được dùng chỉ thị is:raw/),
    ]);
  });

  it('refuses javascript:, vbscript: and data: URLs however they are spelled, in links, images and any attribute', async () => {
    const spellings = [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java&#9;script:alert(1)', 'java&#x0A;script:alert(1)',
      '&#106;avascript:alert(1)', '&#x6A;&#x61;vascript&#x3A;alert(1)', 'javascript&colon;alert(1)', 'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>', 'DATA:image/svg+xml;base64,PHN2Zz4=',
    ];
    for (const url of spellings) {
      expect(await problemsOf(`<a href="${url}">x</a>`), url).toEqual([expect.stringMatching(/^1: Không được dùng (liên kết (javascript|vbscript):|địa chỉ data:) trong thẻ <a>/)]);
      expect(await problemsOf(`<abbr title="${url}">x</abbr>`), url).toHaveLength(1);
    }
    for (const mdx of ['[x](javascript:alert(1))', '[x](JAVASCRIPT:alert(1))', '[x](&#106;avascript:alert(1))', '![x](data:image/png;base64,AAAA)', '[a]: vbscript:x\n\n[b][a]', '[x](<java\tscript:alert(1)>)']) {
      expect(await problemsOf(mdx), mdx).toEqual([expect.stringMatching(/^1: Không được dùng (liên kết (javascript|vbscript):|địa chỉ data:) trong nội dung/)]);
    }
  });

  it('refuses other schemes in links and images, and accepts https, http, mailto, tel and the site’s own addresses', async () => {
    expect(await problemsOf('[x](file:///etc/passwd)')).toEqual([expect.stringMatching(/^1: Liên kết phải bắt đầu bằng https:\/\//)]);
    expect(await problemsOf('![x](ftp://example.com/a.png)')).toEqual([expect.stringMatching(/^1: Ảnh phải lấy từ địa chỉ https:\/\//)]);
    expect(await problemsOf('[a](https://x.vn/) [b](http://x.vn/) [c](mailto:a@x.vn) [d](tel:0123) [e](/van-ban/) [f](#muc) [g](../a/) ![h](/favicon.svg)')).toEqual([]);
  });

  it('refuses an image at a relative address, which Astro’s compiler would import as a module while building', async () => {
    for (const url of ['../../scripts/cms.mjs', './anh.png', 'anh.png', '%2E%2E/x.mjs', '%E0%A4%A']) {
      expect(await problemsOf(`![Ảnh](${url})`), url).toEqual([expect.stringMatching(/^1: Ảnh phải dùng địa chỉ bắt đầu bằng \//)]);
    }
    expect(await problemsOf('<img src="../x.mjs" alt="" />')).toEqual([expect.stringMatching(/^1: Ảnh phải dùng địa chỉ bắt đầu bằng \//)]);
    expect(await problemsOf('![Ảnh](/media/anh.jpg) ![Ảnh](https://x.vn/a.png) <img src="/media/b.png" alt="B" />')).toEqual([]);
  });

  it('refuses SVG and its animation of href, and every element outside the allow-list', async () => {
    expect(await problemsOf('<svg><set attributeName="href" to="javascript:alert(1)" /></svg>')).toEqual([
      expect.stringMatching(/^1: Không được dùng thẻ <svg>/),
      expect.stringMatching(/^1: Không được dùng thẻ <set> trong nội dung/),
    ]);
    expect(await problemsOf('<svg><a><animate attributeName="xlink:href" values="https://x.vn/" /></a></svg>')).toEqual([
      expect.stringMatching(/^1: Không được dùng thẻ <svg>/),
      expect.stringMatching(/^1: Không được dùng thẻ <animate>/),
    ]);
    for (const element of ['script', 'iframe', 'object', 'embed', 'meta', 'base', 'form', 'style', 'link', 'frame', 'math', 'template', 'marquee', 'input', 'button', 'custom-el']) {
      expect(await problemsOf(`Đoạn.\n\n<${element} />\n`), element).toEqual([expect.stringMatching(new RegExp(`^3: Không được dùng thẻ <${element}> trong nội dung`))]);
    }
    expect(await problemsOf('<>x</>')).toEqual([expect.stringMatching(/^1: Không được dùng thẻ rỗng/)]);
  });

  it('refuses on* handlers in any letter case, style, and attributes outside the allow-list', async () => {
    expect(await problemsOf('<div onClick="x()">a</div>')).toEqual([expect.stringMatching(/^1: Không được dùng thuộc tính onClick trong thẻ <div>: thuộc tính này chạy mã/)]);
    expect(await problemsOf('<p>\n<img src="/a.png" alt="" ONERROR="x()" />\n</p>')).toEqual([expect.stringMatching(/^2: Không được dùng thuộc tính ONERROR trong thẻ <img>/)]);
    expect(await problemsOf('<p style="position:fixed;inset:0">x</p>')).toEqual([expect.stringMatching(/^1: Không được dùng thuộc tính style trong thẻ <p>/)]);
    expect(await problemsOf('<a href="/x/" target="_blank" srcdoc="x">x</a>')).toEqual([
      expect.stringMatching(/^1: Không được dùng thuộc tính target trong thẻ <a> \(dòng 1\)\.$/),
      expect.stringMatching(/^1: Không được dùng thuộc tính srcdoc trong thẻ <a> \(dòng 1\)\.$/),
    ]);
    expect(await problemsOf('<h2 id="nguồn tin">x</h2>')).toEqual([expect.stringMatching(/^1: Mã id="nguồn tin" ở thẻ <h2> chỉ được gồm chữ thường không dấu/)]);
  });

  it('allows the project’s components only where their page renders them (EditorAdvice: the handbook)', async () => {
    expect(await problemsOf('<EditorAdvice>\n\nGợi ý.\n\n</EditorAdvice>\n', 'cam-nang/phan-9.mdx')).toEqual([]);
    expect(await problemsOf('<EditorAdvice>Gợi ý.</EditorAdvice>', 'van-ban/x.mdx')).toEqual([expect.stringMatching(/^1: Không dùng được thành phần <EditorAdvice> ở đây/)]);
    expect(await problemsOf('<EditorAdvice kind="x">Gợi ý.</EditorAdvice>', 'cam-nang/phan-9.mdx')).toEqual([expect.stringMatching(/^1: Không được dùng thuộc tính kind trong thẻ <EditorAdvice>/)]);
    for (const name of ['Fragment', 'Content', 'x.y']) {
      expect(await problemsOf(`<${name} set:html="x" />`, 'cam-nang/phan-9.mdx'), name).toEqual([expect.stringMatching(new RegExp(`^1: Không dùng được thành phần <${name.replace('.', '\\.')}> ở đây \\(ở mục này chỉ dùng được <EditorAdvice>\\)`))]);
    }
  });

  it('accepts ordinary content: Markdown of every kind, the word <script> as code, allowed elements', async () => {
    const mdx = '# Tiêu đề\n\nĐoạn **đậm**, *nghiêng*, ~~gạch~~, [liên kết](/van-ban/) và `<script>`.\n\n> Trích.\n\n- một\n- hai\n\n1. a\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nChú thích[^1].\n\n[^1]: Ghi chú.\n\n```\n{mã} <script>\n```\n\n***\n\n<h2 id="nguon">Nguồn</h2>\n\n<abbr title="Nghị quyết">NQ</abbr> H<sub>2</sub>O x<sup>2</sup>\n\n<ol start="3" reversed><li>c</li></ol>\n\nViết \\{ và \\< như chữ.\n';
    expect(await problemsOf(mdx)).toEqual([]);
  });

  it('refuses a body the parser cannot read, saying where and how to write < and { as text', async () => {
    expect(await problemsOf('Đoạn.\n\nNếu a < b và {\n')).toEqual([expect.stringMatching(/^3: Không đọc được nội dung từ chỗ này: có thể do dấu <, \{ hoặc \} viết trực tiếp; muốn hiện các dấu này thì viết \\<, \\\{, \\\}/)]);
  });

  it('passes a raw html node of a Markdown tree to no one: it is refused', () => {
    const tree: MdastNode = { type: 'root', children: [{ type: 'html', value: '<b>x</b>', position: { start: { line: 4 } } }] };
    expect(unsafeContent(tree)).toEqual([{ line: 4, message: expect.stringMatching(/^Không được viết HTML trực tiếp .*\(dòng 4\)\.$/) }]);
    expect(unsafeContent({ type: 'root', children: [{ type: 'mdxjsEsm', value: 'export const a = 1' }] })).toEqual([{ message: expect.stringMatching(/import hoặc export.*\.$/) }]);
  });

  it('reads a URL’s scheme as a browser does', () => {
    expect(isScriptUrl(' java\tscript:alert(1)')).toBe(true);
    expect(isScriptUrl('\u0001javascript:alert(1)')).toBe(true);
    expect(isScriptUrl('data:,x')).toBe(true);
    expect(isScriptUrl('/thu-vien/')).toBe(false);
    expect(isScriptUrl('javascript-bai-viet/')).toBe(false);
    expect(urlScheme('HTTPS://x.vn')).toBe('https');
    expect(urlScheme('#muc')).toBeUndefined();
  });
});

describe('content is data: frontmatter and YAML files', () => {
  it('refuses a javascript: or data: address in any field, naming its line', async () => {
    expect(await problemsOf('---\ntitle: A\nsources:\n  - name: B\n    url: "JavaScript:alert(1)"\nofficialUrl: data:text/html,x\n---\n\nĐoạn.\n')).toEqual([
      expect.stringMatching(/^5: Không được dùng liên kết javascript: trong phần thông tin/),
      expect.stringMatching(/^6: Không được dùng địa chỉ data: trong phần thông tin/),
    ]);
    expect((await safeContent('ket-qua/x.yaml', 'title: A\nsources:\n  - name: B\n    url: vbscript:x\n')).problems).toEqual([
      { line: 4, message: expect.stringMatching(/^Không được dùng liên kết vbscript: trong phần thông tin/) },
    ]);
  });

  it('refuses layout (Astro’s MDX compiler imports the module it names), tags, aliases and merge keys', async () => {
    expect(await problemsOf('---\ntitle: A\nlayout: ../../scripts/cms.mjs\n---\n\nĐoạn.\n')).toEqual([expect.stringMatching(/^3: Không được dùng trường layout/)]);
    expect(await problemsOf('---\na: &x { layout: ../x.mjs }\n<<: *x\nb: !!binary aGk=\n---\n')).toEqual([
      expect.stringMatching(/^2: Không được dùng trường layout/),
      expect.stringMatching(/^3: Không dùng được khóa gộp <</),
      expect.stringMatching(/^3: Không dùng được cách viết tham chiếu \*x/),
      expect.stringMatching(/^4: Không dùng được thẻ kiểu tag:yaml.org,2002:binary/),
    ]);
  });

  it('refuses TOML frontmatter, which this check does not read', async () => {
    expect(await problemsOf('+++\ntitle = "A"\n+++\n\nĐoạn.\n')).toEqual([expect.stringMatching(/^1: Phần thông tin đầu bài phải viết dạng YAML/)]);
  });

  it('checks the body Astro compiles, even when the frontmatter ends in the middle of a line', async () => {
    // Astro's pattern closes the frontmatter at the first "\n---", even followed by more text on that line.
    expect(await problemsOf('---\ntitle: A\n---{process.version}\n\nĐoạn.\n\n---\n\nĐoạn.\n')).toEqual([expect.stringMatching(/^3: Không được dùng cặp ngoặc nhọn/)]);
  });

  it('splits a file exactly as Astro’s MDX compiler does', () => {
    const files = [
      '---\ntitle: A\n---\n\nĐoạn.\n', '\n\n---\ntitle: A\n---\nx', '\uFEFF---\na: 1\n---\n{x}', '---\na: 1\n---{x}\n---\n',
      '+++\na = 1\n+++\nx', '---\na: 1\n+++\nx', 'Không có.\n---\na\n---\n', '---\r\na: 1\r\n---\r\nx', '---\n---\nx', '---\na: "$&$1"\n---\nx',
    ];
    for (const text of files) {
      expect(splitFrontmatter(text).body, JSON.stringify(text)).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content);
      expect(splitFrontmatter(text).frontmatter?.raw ?? '', JSON.stringify(text)).toBe(parseFrontmatter(text).rawFrontmatter);
    }
  });
});

describe('the check before each MDX file is compiled (while the site is served)', () => {
  const run = async (plugin: ReturnType<typeof contentGuardVitePlugin>, code: string, id: string) => {
    const transform = plugin.transform as { handler: (code: string, id: string) => Promise<unknown> };
    return transform.handler(code, id);
  };

  it('runs right before @astrojs/mdx compiles the file', () => {
    const plugin = contentGuardVitePlugin('/site/content');
    const plugins = [{ name: 'vite:pre' }, { name: '@mdx-js/rolldown' }, { name: 'astro:x' }, plugin, { name: 'vite:post' }];
    (plugin.configResolved as (config: unknown) => void)({ plugins });
    expect(plugins.map((p) => p.name)).toEqual(['vite:pre', 'site:content-guard-mdx', '@mdx-js/rolldown', 'astro:x', 'vite:post']);
  });

  it('refuses a content file holding code, naming file and line, and lets good content and other MDX through', async () => {
    const plugin = contentGuardVitePlugin('/site/content');
    await expect(run(plugin, '---\ntitle: A\n---\n\nexport const a = 1\n', '/site/content/van-ban/a.mdx')).rejects.toThrow(
      /\/site\/content\/van-ban\/a\.mdx:5: Không được dùng lệnh import hoặc export/,
    );
    expect(await run(plugin, '---\ntitle: A\n---\n\nĐoạn.\n', '/site/content/van-ban/a.mdx')).toBeNull();
    expect(await run(plugin, 'export const a = 1\n', '/site/src/pages/khac.mdx')).toBeNull();
  });
});

describe('internal links of an MDX body', () => {
  it('keeps links into the site and leaves other sites out', async () => {
    const links = internalLinks(await tree('[a](/thu-vien/) [b](https://x.vn/) [c](#muc-1)\n\n<a href="/khong/">d</a>'));
    expect(links.map((link) => link.url)).toEqual(['/thu-vien/', '#muc-1', '/khong/']);
  });
});

describe('duplicate manifestations', () => {
  it('names a repeated manifestation number, entry id and item id', () => {
    const entries = [
      { id: '1', number: 1, items: [{ id: '1a' }, { id: '1b' }] },
      { id: '1', number: 1, items: [{ id: '1a' }, { id: '2b' }] },
    ];
    expect(duplicateManifestations(entries)).toEqual([
      'Mã biểu hiện “1” xuất hiện 2 lần; mỗi mục cần một giá trị riêng.',
      'Số thứ tự biểu hiện “1” xuất hiện 2 lần; mỗi mục cần một giá trị riêng.',
      'Mã nội dung nhận diện “1a” xuất hiện 2 lần; mỗi mục cần một giá trị riêng.',
    ]);
    expect(duplicateManifestations([{ id: '1', number: 1, items: [{ id: '1a' }] }, { id: '2', number: 2, items: [{ id: '2a' }] }])).toEqual([]);
  });
});

describe('broken internal links of a built site', () => {
  const page = (address: string, body: string) => pageLinks(address, `<!doctype html><html><body>${body}</body></html>`);

  it('finds a link to no page and an anchor to no element, and accepts the ones that resolve', () => {
    const pages = [
      page('/', '<a href="/thu-vien/">ok</a> <a href="/thu-vien/#muc-2">ok</a> <a href="/khong-ton-tai/">x</a> <a href="/thu-vien/#khong-co">x</a> <a href="#tren">ok</a> <a href="https://x.vn/">ok</a> <span id="tren"></span>'),
      page('/thu-vien/', '<h2 id="muc-2">Mục 2</h2><a href="../favicon.svg">ok</a><a href="/muc/rss.xml">x</a><form action="/tim/"></form>'),
    ];
    const files = new Set(['/index.html', '/thu-vien/index.html', '/favicon.svg']);
    expect(brokenLinks(pages, files)).toEqual([
      { page: '/', href: '/khong-ton-tai/', reason: 'no page or file at this address' },
      { page: '/', href: '/thu-vien/#khong-co', reason: 'no element with id "khong-co" on /thu-vien/' },
      { page: '/thu-vien/', href: '/muc/rss.xml', reason: 'no page or file at this address' },
      { page: '/thu-vien/', href: '/tim/', reason: 'no page or file at this address' },
    ]);
  });

  it('ignores links inside scripts and reads entities in addresses', () => {
    const links = pageLinks('/', '<script>const a = "<a href=\\"/x/\\">";</script><a href="/a/?x=1&amp;y=2">a</a>');
    expect(links.hrefs).toEqual(['/a/?x=1&y=2']);
  });

  it('names the content file and line a broken link is written in', async () => {
    const site = folder({
      'index.html': '<a href="/thu-vien/a/">a</a>',
      'thu-vien/a/index.html': '<main><p><a href="/khong-ton-tai/">x</a></p></main>',
    });
    const problems = await checkBuiltLinks(site, [{ file: 'content/thu-vien/a.mdx', line: 7, url: '/khong-ton-tai/' }]);
    expect(problems).toEqual(['content/thu-vien/a.mdx:7 (on /thu-vien/a/): link "/khong-ton-tai/": no page or file at this address']);
  });
});

describe('the content scan before a build', () => {
  it('reports every problem at once, naming the file and line', async () => {
    const content = folder({
      'van-ban/a.mdx': '---\ntitle: A\nrelated:\n  - khong-co-van-ban-nay\n---\n\nĐoạn.\n\n<script>alert(1)</script>\n',
      'van-ban/b.mdx': '---\ntitle: B\nrelated: [a]\n---\n\n[x](javascript:alert(1))\n',
      'chuyen-muc/di-tich/so-01-x.mdx': '---\ncolumn: guong-sang\n---\n\nĐoạn.\n',
      'bieu-hien/manifestations.yaml': '- id: "1"\n  number: 1\n  items: [{ id: 1a }]\n- id: "2"\n  number: 1\n  items: [{ id: 2a }]\n',
    });
    const scan = await scanContent(content);
    expect(scan.problems).toEqual([
      `${join(content, 'bieu-hien/manifestations.yaml')}: Số thứ tự biểu hiện “1” xuất hiện 2 lần; mỗi mục cần một giá trị riêng.`,
      `${join(content, 'chuyen-muc/di-tich/so-01-x.mdx')}: Kỳ này ghi chuyên mục “guong-sang” nhưng nằm trong thư mục của chuyên mục “di-tich” (content/chuyen-muc/di-tich/); hai chỗ phải khớp nhau.`,
      `${join(content, 'van-ban/a.mdx')}:9: Không được dùng thẻ <script> trong nội dung; hãy dùng định dạng Markdown hoặc các thẻ thông thường như <p>, <a>, <strong>, <em>, danh sách, bảng (dòng 9).`,
      `${join(content, 'van-ban/a.mdx')}: Văn bản liên quan “khong-co-van-ban-nay” không có trong thư viện văn bản; hãy chọn lại hoặc bỏ dòng này.`,
      `${join(content, 'van-ban/b.mdx')}:6: Không được dùng liên kết javascript: trong nội dung: liên kết này chạy mã trên máy người đọc (dòng 6).`,
    ]);
  });

  it('checks one file as the CMS saves it, with the components of its folder (checkContentFile)', async () => {
    const root = '/site/content';
    const handbook = '---\npart: 9\ntitle: A\n---\n\n<EditorAdvice>\n\nGợi ý.\n\n</EditorAdvice>\n';
    expect((await checkContentFile(root, `${root}/cam-nang/phan-9.mdx`, handbook, new Set())).problems).toEqual([]);
    expect((await checkContentFile(root, `${root}/van-ban/a.mdx`, handbook, new Set())).problems).toEqual([
      { line: 6, message: expect.stringMatching(/^Không dùng được thành phần <EditorAdvice> ở đây/) },
    ]);
    expect((await checkContentFile(root, `${root}/trang/a.mdx`, '---\ntitle: A\n---\nexport const a = 1\n', new Set())).problems).toEqual([
      { line: 4, message: expect.stringMatching(/^Không được dùng lệnh import hoặc export trong nội dung.*\(dòng 4\)\.$/) },
    ]);
  });

  it('passes the real content', async () => {
    const scan = await scanContent('content');
    expect(scan.problems).toEqual([]);
    expect(scan.files).toBeGreaterThan(10);
  });
});
