// Rules the build enforces on content beyond each entry's schema: no active content in MDX bodies, internal
// links that lead somewhere, no two manifestations or items sharing a number or an id. Pure functions over
// parsed trees and plain data; the integrations in src/integrations/ read the files and fail the build.

export interface ContentProblem {
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
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

/** Elements that run code or embed another document: never in content (the page CSP would block them silently). */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'link', 'style', 'form']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** A URL that runs script when followed ("javascript:", also with spaces, tabs or mixed case). */
export function isScriptUrl(url: string): boolean {
  // Browsers drop ASCII tab and newline anywhere in a URL and leading control characters or spaces.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  return cleaned.startsWith('javascript:') || cleaned.startsWith('vbscript:') || cleaned.startsWith('data:text/html');
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const lineOf = (node: MdastNode) => node.position?.start.line;

/** Active content in an MDX body: script-like elements, on* handlers, javascript: URLs, raw HTML. */
export function unsafeContent(tree: MdastNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  walk(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && isScriptUrl(node.url)) {
      problems.push({ line: lineOf(node), message: `link to "${node.url}": script URLs are not allowed in content` });
    }
    if (node.type === 'html' && typeof node.value === 'string' && /<\s*(script|iframe|object|embed)\b|\son[a-z]+\s*=/i.test(node.value)) {
      problems.push({ line: lineOf(node), message: `raw HTML "${node.value.slice(0, 60)}" runs code: not allowed in content` });
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = (node.name ?? '').toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push({ line: lineOf(node), message: `<${node.name}> is not allowed in content` });
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        problems.push({ line: lineOf(node), message: `<${node.name ?? ''} {...}>: spread attributes are not allowed in content` });
        continue;
      }
      const attributeName = (attribute.name ?? '').toLowerCase();
      if (/^on/.test(attributeName)) {
        problems.push({ line: lineOf(node), message: `<${node.name} ${attribute.name}>: event handler attributes are not allowed in content` });
      }
      if (attributeName === 'dangerouslysetinnerhtml' || attributeName === 'srcdoc') {
        problems.push({ line: lineOf(node), message: `<${node.name} ${attribute.name}>: not allowed in content` });
      }
      const value = attribute.value;
      if (typeof value === 'string' && URL_ATTRIBUTES.has(attributeName) && isScriptUrl(value)) {
        problems.push({ line: lineOf(node), message: `<${node.name} ${attribute.name}="${value}">: script URLs are not allowed in content` });
      }
    }
  });
  return problems;
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

/** Entries sharing an id or a number, and items sharing an id across entries (the loader would silently keep the last). */
export function duplicateManifestations(entries: ManifestationIds[]): string[] {
  const problems: string[] = [];
  const seen = (label: string, values: unknown[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    for (const [value, count] of counts) if (count > 1) problems.push(`${label} "${value}" appears ${count} times`);
  };
  seen('manifestation id', entries.map((entry) => entry.id));
  seen('manifestation number', entries.map((entry) => entry.number));
  seen('item id', entries.flatMap((entry) => (entry.items ?? []).map((item) => item.id)));
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
