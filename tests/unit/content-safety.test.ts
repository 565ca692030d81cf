import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenLinks, duplicateManifestations, internalLinks, isScriptUrl, pageLinks, unsafeContent, type MdastNode } from '../../src/lib/content-safety.ts';
import { checkBuiltLinks, scanContent } from '../../src/integrations/content-guard.ts';

const tree = async (mdx: string) => (await mdxToMdast(mdx)) as MdastNode;
const messages = async (mdx: string) => unsafeContent(await tree(mdx)).map((p) => `${p.line}: ${p.message}`);

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

describe('active content in an MDX body', () => {
  it('refuses script, iframe, object and embed elements, naming the line', async () => {
    expect(await messages('# A\n\n<script>alert(1)</script>\n')).toEqual(['3: <script> is not allowed in content']);
    expect(await messages('Đoạn.\n\n<iframe src="https://example.com/"></iframe>\n')).toEqual(['3: <iframe> is not allowed in content']);
    expect(await messages('<object data="x.swf"></object>')).toEqual(['1: <object> is not allowed in content']);
    expect(await messages('Chữ <embed src="x.swf" /> giữa dòng')).toEqual(['1: <embed> is not allowed in content']);
  });

  it('refuses event handler attributes in any letter case', async () => {
    expect(await messages('<div onClick="x()">a</div>')).toEqual(['1: <div onClick>: event handler attributes are not allowed in content']);
    expect(await messages('<p>\n<img src="/a.png" onerror="x()" />\n</p>')).toEqual(['2: <img onerror>: event handler attributes are not allowed in content']);
  });

  it('refuses javascript: URLs in Markdown links and in attributes, however they are written', async () => {
    expect(await messages('[bấm](javascript:alert(1))')).toHaveLength(1);
    expect(await messages('<a href="JavaScript:alert(1)">x</a>')).toHaveLength(1);
    expect(isScriptUrl(' java\tscript:alert(1)')).toBe(true);
    expect(isScriptUrl('/thu-vien/')).toBe(false);
  });

  it('accepts ordinary content, including the word <script> shown as code', async () => {
    expect(await messages('# Tiêu đề\n\nĐoạn [liên kết](/van-ban/) và `<script>`.\n\n<abbr title="Nghị quyết">NQ</abbr>\n')).toEqual([]);
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
      'manifestation id "1" appears 2 times',
      'manifestation number "1" appears 2 times',
      'item id "1a" appears 2 times',
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
      `${join(content, 'bieu-hien/manifestations.yaml')}: manifestation number "1" appears 2 times`,
      `${join(content, 'chuyen-muc/di-tich/so-01-x.mdx')}: column "guong-sang" but the file is in content/chuyen-muc/di-tich/`,
      `${join(content, 'van-ban/a.mdx')}: related document "khong-co-van-ban-nay" does not exist`,
      `${join(content, 'van-ban/a.mdx')}:9: <script> is not allowed in content`,
      `${join(content, 'van-ban/b.mdx')}:6: link to "javascript:alert(1)": script URLs are not allowed in content`,
    ]);
  });

  it('passes the real content', async () => {
    const scan = await scanContent('content');
    expect(scan.problems).toEqual([]);
    expect(scan.files).toBeGreaterThan(10);
  });
});
