// Rules the build enforces on content beyond each entry's schema. Content is data: an MDX body holds Markdown and
// the allowed elements and components, never code; internal links lead somewhere; no two manifestations or items
// share a number or an id. Every problem is told in plain Vietnamese, for the editor who wrote the file. Pure
// functions over parsed trees and plain data; src/integrations/content-guard.ts reads the files and parses them.

export interface ContentProblem {
  /** 1-based line in the file, when known. */
  line?: number;
  /** Plain Vietnamese for an editor (shown by the build after the file's path, and by the CMS on save). */
  message: string;
}

export interface Frontmatter {
  /** The text between the delimiters, as Astro reads it (starts with the newline after the opening delimiter). */
  raw: string;
  /** "---" (YAML) or "+++" (TOML). */
  delimiter: '---' | '+++';
  /** The file's line of the opening delimiter. */
  line: number;
}

/** Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter), kept identical: see splitFrontmatter. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const FRONTMATTER_TYPE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * Splits a content file exactly as Astro's MDX compiler does (parseFrontmatter with "empty-with-spaces"), so the
 * body checked is, character for character, the body compiled: frontmatter blanked to spaces, lines kept.
 * tests/unit/content-safety.test.ts compares it with Astro's own function.
 */
export function splitFrontmatter(text: string): { frontmatter?: Frontmatter; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const raw = match[1]!;
  const delimiter = FRONTMATTER_TYPE.exec(text)?.[1] === '+++' ? '+++' : '---';
  const opening = match[0].length - raw.length - 6;
  const line = text.slice(0, opening).split('\n').length;
  const body = text.replace(`${delimiter}${raw}${delimiter}`, () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  return { frontmatter: { raw, delimiter, line }, body };
}

/** A node of an mdast tree as the MDX parser returns it (only the fields the checks read). */
export interface MdastNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdastNode[];
  position?: { start: { line: number } };
}

/**
 * The project's own components content may use, by content folder (the page that renders the folder passes them
 * to <Content components>): src/components/handbook/HandbookPartBody.astro gives the handbook EditorAdvice.
 * Each lists the attributes it takes (none).
 */
export const contentComponents: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'cam-nang': { EditorAdvice: [] },
};

/** Attributes every allowed HTML element may carry (id only as a plain slug: see idProblem). */
const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang'];

/**
 * The HTML elements content may write, each with the attributes it may carry beyond GLOBAL_ATTRIBUTES. Anything
 * else (script, iframe, object, embed, form, meta, base, link, style, svg and its animations, custom elements …)
 * is refused: an allow-list, so an element nobody thought of is refused too.
 */
const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [], br: [], hr: [], div: [], span: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  a: ['href', 'hreflang'],
  strong: [], em: [], b: [], i: [], u: [], s: [], small: [], mark: [], code: [], kbd: [], pre: [],
  abbr: [], sup: [], sub: [], cite: [], dfn: [],
  q: ['cite'], blockquote: ['cite'], del: ['cite', 'datetime'], ins: ['cite', 'datetime'], time: ['datetime'],
  ul: [], ol: ['start', 'reversed', 'type'], li: ['value'], dl: [], dt: [], dd: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [],
  th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  figure: [], figcaption: [],
  img: ['src', 'alt', 'width', 'height'],
};

/** Attributes whose value is an address the browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** The mdast node types Markdown content is made of (GFM included); any other node is refused. */
const MARKDOWN_NODES = new Set([
  'root', 'paragraph', 'text', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'emphasis', 'strong',
  'delete', 'inlineCode', 'code', 'break', 'link', 'image', 'linkReference', 'imageReference', 'definition',
  'footnoteReference', 'footnoteDefinition', 'table', 'tableRow', 'tableCell',
  'mdxJsxFlowElement', 'mdxJsxTextElement',
]);

/**
 * The scheme of a URL as a browser reads it ("javascript", "https"), or undefined for an address on this site
 * (relative, root-relative, #fragment). Browsers drop ASCII tab and newline anywhere and leading control
 * characters and spaces, and read the scheme in any letter case; character references are already decoded by
 * the parser.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A URL that runs script or carries a whole document when followed: javascript:, vbscript:, data:. */
export function isScriptUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data';
}

/** Schemes a link or image in content may use; an address without a scheme stays on this site. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

/** What is wrong with a URL in content (Vietnamese, for the editor), or undefined when it may stay. */
function urlProblem(url: string, kind: 'link' | 'image'): string | undefined {
  const scheme = urlScheme(url);
  // Astro's MDX compiler turns an image at a relative address (./a.png, ../x) into an ESM import, run at build time.
  if (scheme === undefined && kind === 'image' && !decodedUri(url)?.startsWith('/')) {
    return 'Ảnh phải dùng địa chỉ bắt đầu bằng / (ví dụ /media/anh.jpg, ảnh tải lên qua trang quản trị) hoặc https://; không dùng địa chỉ tương đối như ./anh.jpg';
  }
  if (scheme === undefined) return undefined;
  if (scheme === 'javascript' || scheme === 'vbscript') return `Không được dùng liên kết ${scheme}: trong nội dung: liên kết này chạy mã trên máy người đọc`;
  if (scheme === 'data') return 'Không được dùng địa chỉ data: trong nội dung: địa chỉ này chứa cả một trang hoặc một tệp giấu bên trong';
  if (!(kind === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES).has(scheme)) {
    return kind === 'image'
      ? `Ảnh phải lấy từ địa chỉ https:// hoặc từ chính trang này, không dùng địa chỉ ${scheme}:`
      : `Liên kết phải bắt đầu bằng https://, http://, mailto: hoặc tel:, hoặc là địa chỉ trong trang; không dùng địa chỉ ${scheme}:`;
  }
  return undefined;
}

/** The address as Astro's image handling reads it (decodeURI), or undefined when it cannot be read. */
function decodedUri(url: string): string | undefined {
  try {
    return decodeURI(url);
  } catch {
    return undefined;
  }
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const lineOf = (node: MdastNode) => node.position?.start.line;

/** "… (dòng 12)": the editor sees the line in the CMS, where no file path is printed. */
export function atLine(message: string, line: number | undefined): ContentProblem {
  return line === undefined ? { message: `${message}.` } : { line, message: `${message} (dòng ${line}).` };
}

/**
 * Everything in an MDX body that is not Markdown or an allowed element: content is data, never code. Refused:
 * ESM import/export and {…} expressions (they run while the site is built), attribute values in braces and
 * spread attributes, Astro directives (set:html, client:*, is:*), on* handlers, style attributes, elements and
 * components outside the allow-lists, javascript:/vbscript:/data: URLs in links, images and any attribute, raw
 * HTML nodes. `components` are the project components allowed where the file lives (contentComponents).
 */
export function unsafeContent(tree: MdastNode, components: Readonly<Record<string, readonly string[]>> = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const refuse = (node: MdastNode, message: string) => problems.push(atLine(message, lineOf(node)));
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return refuse(node, 'Không được dùng lệnh import hoặc export trong nội dung: đây là mã JavaScript, sẽ chạy khi dựng trang');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return refuse(node, 'Không được dùng cặp ngoặc nhọn { } trong nội dung: phần trong ngoặc là mã JavaScript, sẽ chạy khi dựng trang. Muốn hiện dấu ngoặc nhọn thì viết \\{');
      case 'html':
        return refuse(node, 'Không được viết HTML trực tiếp ở dạng này trong nội dung; hãy dùng định dạng Markdown');
      case 'link':
      case 'definition':
      case 'image': {
        const problem = node.url === undefined ? undefined : urlProblem(node.url, node.type === 'image' ? 'image' : 'link');
        if (problem) refuse(node, problem);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(node, components, (message) => refuse(node, message));
      default:
        if (!MARKDOWN_NODES.has(node.type)) refuse(node, `Không dùng được cú pháp “${node.type}” trong nội dung; hãy dùng định dạng Markdown`);
    }
  });
  return problems;
}

const componentList = (components: Readonly<Record<string, readonly string[]>>) =>
  Object.keys(components).length > 0 ? `chỉ dùng được ${Object.keys(components).map((name) => `<${name}>`).join(', ')}` : 'không dùng được thành phần nào';

/** An element written in JSX form: its name in the allow-lists, each attribute allowed and holding plain text. */
function checkElement(node: MdastNode, components: Readonly<Record<string, readonly string[]>>, refuse: (message: string) => void): void {
  const name = node.name;
  if (!name) return refuse('Không được dùng thẻ rỗng <> … </> trong nội dung');
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  const allowed = isComponent ? components[name] : Object.hasOwn(HTML_ELEMENTS, name) ? [...GLOBAL_ATTRIBUTES, ...HTML_ELEMENTS[name]!] : undefined;
  if (!allowed) {
    return refuse(
      isComponent
        ? `Không dùng được thành phần <${name}> ở đây (ở mục này ${componentList(components)})`
        : `Không được dùng thẻ <${name}> trong nội dung; hãy dùng định dạng Markdown hoặc các thẻ thông thường như <p>, <a>, <strong>, <em>, danh sách, bảng`,
    );
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      refuse(`Không được dùng {…} trong thẻ <${name}>: phần trong ngoặc nhọn là mã JavaScript`);
      continue;
    }
    const attributeName = attribute.name;
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      refuse(`Không được dùng giá trị trong ngoặc nhọn ${attributeName}={…} ở thẻ <${name}>: đây là mã JavaScript; hãy viết giá trị trong dấu ngoặc kép`);
      continue;
    }
    if (typeof value === 'string' && isScriptUrl(value)) {
      refuse(urlProblem(value, 'link')!.replace('trong nội dung', `trong thẻ <${name}>`));
      continue;
    }
    if (attributeName.includes(':')) refuse(`Không được dùng chỉ thị ${attributeName} trong thẻ <${name}>: chỉ thị này chèn mã hoặc HTML vào trang`);
    else if (/^on/i.test(attributeName)) refuse(`Không được dùng thuộc tính ${attributeName} trong thẻ <${name}>: thuộc tính này chạy mã trên máy người đọc`);
    else if (attributeName.toLowerCase() === 'style') refuse(`Không được dùng thuộc tính style trong thẻ <${name}>: cách trình bày do trang quy định`);
    else if (!allowed.includes(attributeName)) refuse(`Không được dùng thuộc tính ${attributeName} trong thẻ <${name}>`);
    else if (attributeName === 'id' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value ?? '')) {
      refuse(`Mã id="${value ?? ''}" ở thẻ <${name}> chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ id="nguon-tin"`);
    } else if (URL_ATTRIBUTES.has(attributeName) && typeof value === 'string') {
      const problem = urlProblem(value, attributeName === 'src' ? 'image' : 'link');
      if (problem) refuse(problem);
    }
  }
}

export interface ContentLink {
  line?: number;
  url: string;
}

/** Links of an MDX body that stay on this site (root-relative, relative or #fragment). */
export function internalLinks(tree: MdastNode): ContentLink[] {
  const links: ContentLink[] = [];
  walk(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url) links.push({ line: lineOf(node), url: node.url });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes ?? []) {
        if (attribute.name === 'href' && typeof attribute.value === 'string') links.push({ line: lineOf(node), url: attribute.value });
      }
    }
  });
  return links.filter((link) => isInternal(link.url));
}

/** Whether a URL points into this site: not absolute with a scheme, not protocol-relative. */
export function isInternal(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && url !== '';
}

export interface ManifestationIds {
  id: string | number;
  number: unknown;
  items?: Array<{ id: unknown }>;
}

/** Entries sharing an id or a number, and items sharing an id across entries (the loader would silently keep the last); in Vietnamese. */
export function duplicateManifestations(entries: ManifestationIds[]): string[] {
  const problems: string[] = [];
  const seen = (label: string, values: unknown[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    for (const [value, count] of counts) if (count > 1) problems.push(`${label} “${value}” xuất hiện ${count} lần; mỗi mục cần một giá trị riêng.`);
  };
  seen('Mã biểu hiện', entries.map((entry) => entry.id));
  seen('Số thứ tự biểu hiện', entries.map((entry) => entry.number));
  seen('Mã nội dung nhận diện', entries.flatMap((entry) => (entry.items ?? []).map((item) => item.id)));
  return problems;
}

export interface BrokenLink {
  /** The built page holding the link, e.g. "/van-ban/x/". */
  page: string;
  href: string;
  reason: string;
}

/** A built page: its address, the links and form actions in it, and the ids it defines. */
export interface PageLinks {
  address: string;
  hrefs: string[];
  ids: Set<string>;
}

const TAG = /<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
const ATTRIBUTE = /\s([a-z:-]+)\s*=\s*("([^"]*)"|'([^']*)')/gi;

function decodeHtml(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Links (a, link, area href; form action) and ids of a built page; script, style and template bodies are skipped. */
export function pageLinks(address: string, html: string): PageLinks {
  const markup = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');
  const hrefs: string[] = [];
  const ids = new Set<string>();
  for (const [, tag, attributes] of markup.matchAll(TAG)) {
    for (const [, name, , doubleQuoted, singleQuoted] of attributes!.matchAll(ATTRIBUTE)) {
      const value = decodeHtml(doubleQuoted ?? singleQuoted ?? '');
      const attribute = name!.toLowerCase();
      if (attribute === 'id' || (attribute === 'name' && tag!.toLowerCase() === 'a')) ids.add(value);
      if ((attribute === 'href' && tag!.toLowerCase() !== 'link') || (attribute === 'action' && tag!.toLowerCase() === 'form')) hrefs.push(value);
    }
  }
  return { address, hrefs, ids };
}

/**
 * Internal links that lead nowhere: no page or file at the path, or no element with the #fragment's id there.
 * `files` holds every file of the site as an address ("/favicon.svg", "/van-ban/x/index.html").
 */
export function brokenLinks(pages: PageLinks[], files: Set<string>): BrokenLink[] {
  const byAddress = new Map(pages.map((page) => [page.address, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (!isInternal(href)) continue;
      const target = new URL(href, `http://site.invalid${page.address}`);
      let path: string;
      try {
        path = decodeURI(target.pathname);
      } catch {
        broken.push({ page: page.address, href, reason: 'the address is not valid' });
        continue;
      }
      const address = path.endsWith('/') ? path : files.has(path) ? path : `${path}/`;
      const targetPage = byAddress.get(address) ?? byAddress.get(path);
      if (!targetPage && !files.has(path) && !files.has(`${path.replace(/\/$/, '')}/index.html`)) {
        broken.push({ page: page.address, href, reason: 'no page or file at this address' });
        continue;
      }
      const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
      if (fragment && targetPage && !targetPage.ids.has(fragment)) {
        broken.push({ page: page.address, href, reason: `no element with id "${fragment}" on ${targetPage.address}` });
      }
    }
  }
  return broken;
}
