// The site's security and cache policy, written once. From it come: the <meta> CSP of every page
// (BaseLayout applies a route's policy through Astro.csp), dist/_headers for Netlify and Cloudflare Pages,
// and the nginx configuration (deploy/nginx.conf plus the per-page map the build writes).
// Pure: no DOM, no Astro, no file system.
import { adminPaths, appFiles, paths } from './paths.ts';

/** The part of Astro.csp a policy needs (kept structural so this module does not import Astro). */
export interface CspWriter {
  insertDirective(directive: string): void;
  insertScriptResource(resource: string): void;
  insertStyleResource(resource: string): void;
}

export interface RoutePolicy {
  /** What the route is, in a few words (shown in generated files). */
  name: string;
  /** Directives other than script-src and style-src, which Astro writes with its hashes. */
  directives: Record<string, string[]>;
  /** script-src sources besides Astro's hashes; 'self' unless a route needs more. */
  scriptSources: string[];
  /** style-src sources besides Astro's hashes ('self' when absent, as Astro writes it). */
  styleSources?: string[];
  /** Whether the page may submit a form (the header search is a GET form to /tim-kiem/). */
  allowsForms: boolean;
  /** Left out of the sitemap whatever the page says (the CMS). */
  unlisted?: boolean;
}

/** What a page that registers the service worker and links the manifest needs; private pages have neither. */
const offlineDirectives = { 'worker-src': ["'self'"], 'manifest-src': ["'self'"] };

/** Whether the page registers the service worker (BaseLayout loads the register script and the manifest link). */
export function registersWorker(policy: RoutePolicy): boolean {
  return policy.directives['worker-src']?.includes("'self'") ?? false;
}

/** Every page: nothing by default, then only what it uses. Reading pages carry this and nothing more. */
const strictest: RoutePolicy = {
  name: 'every page (the strictest policy)',
  directives: {
    'default-src': ["'none'"],
    // The favicon and any image the content carries, all from this site.
    'img-src': ["'self'"],
    // The header search box submits a GET form to /tim-kiem/.
    'form-action': ["'self'"],
    'base-uri': ["'none'"],
    // The page registers the service worker (/sw.js) and links the web app manifest: offline reading, install.
    ...offlineDirectives,
  },
  scriptSources: ["'self'"],
  allowsForms: true,
};

/** Private pages (self-check, tally): nothing may leave the browser, not even by a form. */
const privatePage: RoutePolicy = {
  name: 'private page: answers never leave the browser',
  directives: {
    'default-src': ["'none'"],
    // Only the favicon, inlined: an image from this site could carry answers to the server's log in its address.
    'img-src': ['data:'],
    'connect-src': ["'none'"],
    'form-action': ["'none'"],
    'base-uri': ["'none'"],
  },
  scriptSources: ["'self'"],
  allowsForms: false,
};

/**
 * One entry a route: the first whose path prefix matches a page's path applies; other pages get the strictest.
 * Adding a route's policy is one entry here.
 */
export const routePolicies: ReadonlyArray<{ path: string; policy: RoutePolicy }> = [
  {
    path: paths.search,
    policy: {
      name: 'search: Pagefind fetches its index and compiles WebAssembly',
      directives: { ...strictest.directives, 'connect-src': ["'self'"] },
      scriptSources: ["'self'", "'wasm-unsafe-eval'"],
      allowsForms: true,
    },
  },
  { path: paths.selfCheck, policy: { ...privatePage, name: 'self-check: answers never leave the browser' } },
  { path: paths.tally, policy: { ...privatePage, name: 'tally: counts never leave the browser' } },
  {
    path: adminPaths.home,
    policy: {
      // Decap CMS (src/pages/admin/) runs in the editor's browser. What it needs beyond the strictest: eval (its
      // configuration validator compiles schemas), inline styles (its CSS-in-JS), images of any https site and
      // blob: (media previews), frames of its own (the preview pane). It talks to this site (the local backend in
      // development) and to the one git host configured: the page adds that host's origin to connect-src
      // (applyPolicy's extra sources, from src/cms/git-host.ts), so no other site is reachable.
      name: 'admin: Decap CMS',
      directives: {
        'default-src': ["'none'"],
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'connect-src': ["'self'"],
        'frame-src': ["'self'"],
        'form-action': ["'self'"],
        'base-uri': ["'none'"],
      },
      scriptSources: ["'self'", "'unsafe-eval'"],
      styleSources: ["'self'", "'unsafe-inline'"],
      allowsForms: true,
      unlisted: true,
    },
  },
];

/** The policy of the page at `pathname` (an address like "/van-ban/x/" or a file like "/404.html"). */
export function policyFor(pathname: string): RoutePolicy {
  return routePolicies.find(({ path }) => pathname === path || pathname.startsWith(path))?.policy ?? strictest;
}

/** Whether the page may load images from this site (if not, the layout inlines the favicon as a data: URL). */
export function allowsOwnImages(policy: RoutePolicy): boolean {
  return policy.directives['img-src']?.includes("'self'") ?? false;
}

/**
 * Applies a route's policy to the page being rendered (called once, by the layout or the page). `extraSources`
 * adds what only the running configuration knows to a directive the policy already has (the CMS's git host).
 */
export function applyPolicy(csp: CspWriter, pathname: string, extraSources: Record<string, string[]> = {}): RoutePolicy {
  const policy = policyFor(pathname);
  for (const name of Object.keys(extraSources)) {
    if (!policy.directives[name]) throw new Error(`the policy of ${pathname} has no ${name} to add sources to`);
  }
  for (const [name, sources] of Object.entries(policy.directives)) {
    const all = [...new Set([...sources, ...(extraSources[name] ?? [])])];
    csp.insertDirective(`${name} ${all.join(' ')}`);
  }
  for (const source of policy.scriptSources) csp.insertScriptResource(source);
  for (const source of policy.styleSources ?? []) csp.insertStyleResource(source);
  return policy;
}

/** The CSP header of a page: its meta CSP (hashes included) plus what only a header can say. */
export function headerCsp(metaCsp: string): string {
  const directives = metaCsp
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (!directives.some((directive) => directive.startsWith('frame-ancestors '))) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** A route's policy as a CSP without Astro's hashes: for a page that carries no meta CSP. */
export function policyCsp(policy: RoutePolicy): string {
  const directives = Object.entries(policy.directives).map(([name, sources]) => `${name} ${sources.join(' ')}`);
  const styles = policy.styleSources ?? ["'self'"];
  return headerCsp([...directives, `script-src ${policy.scriptSources.join(' ')}`, `style-src ${styles.join(' ')}`].join(';'));
}

/** Features the site never uses, turned off for the page and anything it could embed. */
export const disabledFeatures = [
  'accelerometer', 'autoplay', 'bluetooth', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
  'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi', 'payment',
  'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
] as const;

/** Headers every response carries. */
export const commonHeaders: ReadonlyArray<[string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', disabledFeatures.map((feature) => `${feature}=()`).join(', ')],
  // For browsers and responses without a page CSP (frame-ancestors says the same in the CSP).
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** HSTS is the operator's choice (it binds the whole domain to HTTPS for a year): documented, not sent. */
export const hstsHeader: [string, string] = ['Strict-Transport-Security', 'max-age=31536000'];

/** Cache rules by kind of file. */
export const cachePolicy = {
  /** /_astro/: file names carry a content hash, so a file never changes. */
  hashedAssets: 'public, max-age=31536000, immutable',
  /** HTML: revalidated on every visit (a cheap 304), so a new deploy shows at once. */
  html: 'public, max-age=0, must-revalidate',
  /** /pagefind/: the index changes with every deploy; its entry file names the rest. */
  searchIndex: 'public, max-age=300',
  /** The service worker: checked on every visit, so a new build's worker is found at once. */
  serviceWorker: 'no-cache',
  /** Anything else (favicon, feeds, sitemap, robots.txt). */
  other: 'public, max-age=3600',
} as const;

/** The service worker's own policy: it fetches this site's pages and files, and nothing else. */
export const serviceWorkerCsp = "default-src 'none'; connect-src 'self'";

function serviceWorkerHeaders(): Array<[string, string]> {
  return [
    ['Content-Security-Policy', serviceWorkerCsp],
    ['Cache-Control', cachePolicy.serviceWorker],
  ];
}

export const HASHED_ASSETS_DIR = '/_astro/';
export const SEARCH_INDEX_DIR = '/pagefind/';
/** The build writes its nginx map of page CSPs here, inside the output folder (denied to visitors). */
export const NGINX_MAP_FILE = '_nginx/csp-map.conf';

export interface BuiltPage {
  /** The file's address, e.g. "/van-ban/x/index.html", "/404.html". */
  file: string;
  /** The header CSP of the page. */
  csp: string;
}

/** "/van-ban/x/index.html" → "/van-ban/x/"; other files keep their address. */
export function pageAddress(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

function headerBlock(path: string, headers: ReadonlyArray<[string, string]>): string {
  return [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * dist/_headers (Netlify, Cloudflare Pages). Pages under one top-level folder share one rule when their CSP is
 * the same (it is: Astro lists the same hashes on every page), so the file stays small as content grows;
 * a page that differs gets its own rule. Rules never overlap on CSP, because hosts merge overlapping headers.
 */
export function renderHeadersFile(pages: BuiltPage[]): string {
  const blocks: string[] = [
    '# Written by the build from src/lib/security-policy.ts: do not edit.',
    headerBlock('/*', commonHeaders),
    headerBlock(`${HASHED_ASSETS_DIR}*`, [['Cache-Control', cachePolicy.hashedAssets]]),
    headerBlock(`${SEARCH_INDEX_DIR}*`, [['Cache-Control', cachePolicy.searchIndex]]),
    headerBlock(appFiles.serviceWorker, serviceWorkerHeaders()),
  ];
  const byFolder = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const folder = /^\/[^/]+\//.exec(page.file)?.[0] ?? '';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), page]);
  }
  for (const [folder, group] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const pageHeaders = (csp: string): Array<[string, string]> => [
      ['Content-Security-Policy', csp],
      ['Cache-Control', cachePolicy.html],
    ];
    const uniform = folder !== '' && new Set(group.map((page) => page.csp)).size === 1;
    if (uniform) blocks.push(headerBlock(`${folder}*`, pageHeaders(group[0]!.csp)));
    else for (const page of group) blocks.push(headerBlock(pageAddress(page.file), pageHeaders(page.csp)));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The nginx map from a request's final URI (after the index file) to its page's CSP; the default is the strictest. */
export function renderNginxCspMap(pages: BuiltPage[], fallbackCsp: string): string {
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const lines = pages
    .slice()
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((page) => `    ${quote(page.file)} ${quote(page.csp)};`);
  return [
    '# Written by the build from src/lib/security-policy.ts: do not edit. Included by deploy/nginx.conf.',
    '# Keys are page files (long paths, one per page): buckets sized for them.',
    'map_hash_bucket_size 256;',
    `map_hash_max_size ${Math.max(2048, pages.length * 4)};`,
    'map $uri $site_csp {',
    `    default ${quote(fallbackCsp)};`,
    ...lines,
    '}',
    '',
  ].join('\n');
}

/** The pages nginx writes itself when it cannot serve a request: plain HTML, no script, no style, no image. */
function errorPage(title: string, text: string): string {
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><h1>${title}</h1><p>${text} Xin mở lại trang từ <a href="${paths.home}">trang chủ</a>.</p></html>`;
}

/** Where nginx's own error pages live: internal addresses, not files, never reachable by a visitor. */
const NGINX_ERROR_PAGES = '/_nginx/error/';

export const nginxErrorPages = {
  badRequest: errorPage('Yêu cầu không hợp lệ', 'Máy chủ không đọc được yêu cầu vừa gửi tới.'),
  uriTooLong: errorPage('Địa chỉ quá dài', 'Địa chỉ trang quá dài nên máy chủ không mở được.'),
} as const;

export interface NginxSiteOptions {
  /** The folder the site is copied to (the build output). */
  root: string;
  /** listen directives. */
  listen: string[];
}

export const defaultNginxSite: NginxSiteOptions = { root: '/var/www/nq4', listen: ['80', '[::]:80'] };

/** deploy/nginx.conf: an nginx site (http context: the CSP map and one server block). */
export function renderNginxSite(options: NginxSiteOptions = defaultNginxSite): string {
  const header = (name: string, value: string) => `add_header ${name} "${value}" always;`;
  const common = commonHeaders.map(([name, value]) => header(name, value));
  const block = (lines: string[], indent: string) => lines.map((line) => `${indent}${line}`).join('\n');
  const pageHeaders = [...common, header('Content-Security-Policy', '$site_csp'), header('Cache-Control', '$site_cache_control')];
  return `# Generated from src/lib/security-policy.ts by \`npm run deploy:config\`; a test checks it matches.
# An nginx site: include it inside http { } (Debian: copy to /etc/nginx/sites-enabled/). See docs/deploy.md.
# Change root (twice) to where the build output (dist/) is copied; add TLS and, if you choose, HSTS.

# Each page's Content-Security-Policy, written by \`npm run build\` into the output folder.
include ${options.root}/${NGINX_MAP_FILE};

map $sent_http_content_type $site_cache_control {
    default "${cachePolicy.other}";
    ~^text/html "${cachePolicy.html}";
}

server {
${block(options.listen.map((address) => `listen ${address};`), '    ')}
    server_name _;
    root ${options.root};
    index index.html;
    charset utf-8;
    # Redirects keep the visitor's own host and scheme (e.g. behind a TLS proxy): "Location: /van-ban/".
    absolute_redirect off;
    server_tokens off;
    # Every response nginx makes carries the headers, always: its own error pages too, which it writes before any
    # location applies (a request it cannot read: 400; an address too long: 414). A location with an add_header of
    # its own replaces these (nginx does not merge them), so each location below repeats the full set.
${block(pageHeaders, '    ')}
    error_page 404 /404.html;
    # nginx's own error pages, in Vietnamese (494: request headers too large, sent as 400).
    error_page 400 494 ${NGINX_ERROR_PAGES}400;
    error_page 414 ${NGINX_ERROR_PAGES}414;
    # The build writes a gzip -9 copy (.gz) of each text file; anything else is compressed on the fly.
    gzip_static on;
    gzip on;
    gzip_vary on;
    gzip_types text/css text/javascript application/javascript application/json application/xml image/svg+xml text/plain;
    # HSTS is your choice once the whole domain is on HTTPS for good; add the line here and in each location below
    # (a location's own add_header lines replace the server's):
    # ${header(...hstsHeader)}

    location / {
${block(pageHeaders, '        ')}
    }

    # Reached only by error_page (a named location cannot be: a request line nginx could not read has no URI).
    location = ${NGINX_ERROR_PAGES}400 {
        internal;
        default_type text/html;
        return 400 '${nginxErrorPages.badRequest}';
    }

    location = ${NGINX_ERROR_PAGES}414 {
        internal;
        default_type text/html;
        return 414 '${nginxErrorPages.uriTooLong}';
    }

    location ${HASHED_ASSETS_DIR} {
${block([...common, header('Cache-Control', cachePolicy.hashedAssets)], '        ')}
    }

    location ${SEARCH_INDEX_DIR} {
${block([...common, header('Cache-Control', cachePolicy.searchIndex)], '        ')}
    }

    location = ${appFiles.serviceWorker} {
${block([...common, ...serviceWorkerHeaders().map(([name, value]) => header(name, value))], '        ')}
    }

    # Build files for hosts, not for visitors.
    location = /_headers { return 404; }
    location /_nginx/ { return 404; }
}
`;
}
