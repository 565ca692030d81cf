// Every address of the site (design.md's route table), in one module: pages, components, islands, feeds,
// scripts and tests build links here and nowhere else. Directory URLs with a trailing slash, ASCII slugs.
import { manifestationAnchor } from './manifestations.ts';
import type { ColumnId } from './vocabulary.ts';

/** The fixed pages. */
export const paths = {
  home: '/',
  resolution: '/nghi-quyet/',
  library: '/van-ban/',
  handbook: '/cam-nang/',
  handbookPrint: '/cam-nang/ban-in/',
  selfCheck: '/tu-kiem-tra/',
  search: '/tim-kiem/',
  results: '/ket-qua/',
  privacy: '/rieng-tu/',
  /** The privacy page's technical details (stored fields, the security policy), for IT staff. */
  privacyTechnical: '/rieng-tu/ky-thuat/',
  /** "Về nội dung và nguồn": where the content comes from and what its labels mean. */
  aboutContent: '/ve-noi-dung/',
  tally: '/kiem-phieu/',
  tallyBallot: '/kiem-phieu/phieu/',
  notFound: '/404.html',
} as const;

/** Sections of "Về nội dung và nguồn" that the short provenance labels link to. */
export type AboutContentSection = 'nguon' | 'bieu-hien' | 'van-ban' | 'khao-sat' | 'cam-nang' | 'chuyen-muc' | 'so-lieu';

/** One section of "Về nội dung và nguồn". */
export function aboutContentPath(section: AboutContentSection): string {
  return withAnchor(paths.aboutContent, section);
}

/** True for the address Astro renders the not-found page at ("/404", "/404/", "/404.html"). */
export function isNotFoundPath(pathname: string): boolean {
  return /^\/404(?:\/|\.html)?$/.test(pathname);
}

/** The query parameter /tim-kiem/ reads on load. */
export const SEARCH_QUERY_PARAM = 'q';

/** Fragment id of a year's heading in a column's archive ("nam-2026"). */
export function columnYearAnchor(year: number): string {
  return `nam-${year}`;
}

/** A page address with a fragment. */
export function withAnchor(path: string, anchor: string): string {
  return `${path}#${anchor}`;
}

/** Manifestation N on the resolution page. */
export function manifestationPath(number: number): string {
  return withAnchor(paths.resolution, manifestationAnchor(number));
}

/** Manifestation N in handbook part 1. */
export function handbookManifestationPath(number: number): string {
  return withAnchor(handbookPartPath(1), manifestationAnchor(number));
}

/** Manifestation N's three items in the self-check. */
export function selfCheckManifestationPath(number: number): string {
  return withAnchor(paths.selfCheck, manifestationAnchor(number));
}

/** One document of the library; the slug is its file name in content/van-ban/. */
export function documentPath(slug: string): string {
  return `${paths.library}${slug}/`;
}

/** A part (1–3) of the handbook. */
export function handbookPartPath(part: number): string {
  return `${paths.handbook}phan-${part}/`;
}

/** A column's index page. */
export function columnPath(column: ColumnId): string {
  return `/chuyen-muc/${column}/`;
}

/** A column's RSS feed. */
export function columnFeedPath(column: ColumnId): string {
  return `${columnPath(column)}rss.xml`;
}

/** One issue of a column; the slug is its file name in content/chuyen-muc/<column>/. */
export function issuePath(column: ColumnId, slug: string): string {
  return `${columnPath(column)}${slug}/`;
}

/** The search page running a query on load. */
export function searchPath(query: string): string {
  return `${paths.search}?${new URLSearchParams({ [SEARCH_QUERY_PARAM]: query })}`;
}

/** The editors' CMS (src/pages/admin/, src/cms/): linked from no page, left out of search and the sitemap. */
export const adminPaths = { home: '/admin/', config: '/admin/config.yml', setup: '/admin/setup.js', previewStyle: '/admin/preview.css', adminStyle: '/admin/admin.css', decapScript: '/admin/decap/decap-cms.js' } as const;

/** Files that make the site work offline and installable (src/integrations/service-worker.ts, src/pages/manifest.json.ts). */
export const appFiles = {
  /** At the root, so its scope is the whole site without a Service-Worker-Allowed header. */
  serviceWorker: '/sw.js',
  manifest: '/manifest.json',
  iconsDir: '/icons/',
} as const;

/** An icon of the web app manifest: "any" (rounded, as the favicon) or "maskable" (full bleed, for the launcher's mask). */
export function appIconPath(size: number, purpose: 'any' | 'maskable'): string {
  return `${appFiles.iconsDir}${purpose === 'maskable' ? 'maskable' : 'icon'}-${size}.png`;
}
