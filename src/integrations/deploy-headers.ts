import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paths } from '../lib/paths.ts';
import { headerCsp, NGINX_MAP_FILE, pageAddress, policyCsp, policyFor, renderHeadersFile, renderNginxCspMap, type BuiltPage } from '../lib/security-policy.ts';
import { htmlFiles, readPage } from './site-files.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const NOINDEX = /<meta name="robots" content="[^"]*noindex/i;

/** The addresses of pages that are not public (robots noindex), shared with the sitemap's filter. */
export function unlistedPages(): Set<string> {
  return new Set<string>();
}

/**
 * Reads each built page's meta CSP and writes the same policy as headers: dist/_headers and the nginx map.
 * Also collects into `unlisted` the pages marked noindex or whose route is unlisted (the CMS), so the sitemap
 * (which runs after) leaves them out.
 */
export function deployHeaders(unlisted: Set<string> = unlistedPages()): AstroIntegration {
  return {
    name: 'site:deploy-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = await builtPages(siteDir, unlisted);
        await writeFile(join(siteDir, '_headers'), renderHeadersFile(pages));
        const fallback = pages.find((page) => page.file === paths.notFound)?.csp ?? policyCsp(policyFor(paths.notFound));
        const mapFile = join(siteDir, NGINX_MAP_FILE);
        await mkdir(dirname(mapFile), { recursive: true });
        await writeFile(mapFile, renderNginxCspMap(pages, fallback));
        logger.info(`Security headers written for ${pages.length} pages (_headers, ${NGINX_MAP_FILE})`);
      },
    },
  };
}

/** Every HTML page with its header CSP: its meta CSP plus frame-ancestors, or its route's policy when it has no meta. */
export async function builtPages(siteDir: string, unlisted?: Set<string>): Promise<BuiltPage[]> {
  const pages: BuiltPage[] = [];
  for (const file of await htmlFiles(siteDir)) {
    const address = `/${file}`;
    const html = await readPage(siteDir, file);
    const meta = META_CSP.exec(html)?.[1];
    if (NOINDEX.test(html) || policyFor(address).unlisted) unlisted?.add(pageAddress(address));
    pages.push({ file: address, csp: meta ? headerCsp(decodeEntities(meta)) : policyCsp(policyFor(address)) });
  }
  return pages;
}

function decodeEntities(value: string): string {
  return value.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
