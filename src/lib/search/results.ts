// Turns what Pagefind returns for one page into what a result shows: clean title, excerpt with
// the matched words highlighted in the original text, and the section that matches best.
import { SEARCH_FIELDS } from './fields.ts';
import { stripFoldTwins } from './fold.ts';
import { escapeHtml } from '../html.ts';

/** An element with an id on the indexed page, as Pagefind reports it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  /** Word position where the element starts. */
  location: number;
}

export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** The part of Pagefind's fragment data this site reads. */
export interface PagefindFragment {
  url: string;
  /** The indexed text, words separated by spaces (twins included). */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  weighted_locations: PagefindLocation[];
}

export interface SearchHit {
  /** Page address. */
  url: string;
  /** Address of the best matching section, or the page when the match is above every section. */
  targetUrl: string;
  title: string;
  /** Label of the best matching section, when there is one. */
  section?: string;
  /** The page's kind, or the site section it is in when it declares none. */
  kind: string;
  /** ISO date "yyyy-mm-dd". */
  date?: string;
  number?: string;
  issuer?: string;
  /** Safe HTML: escaped text with <mark> around matched words. */
  excerptHtml: string;
}

const HEADING = /^h[1-6]$/i;
const SECTION_LABEL_WORDS = 12;

export interface BestSection {
  /** Id to link to: of anchors starting at the same word, the outermost (a section rather than its heading). */
  id: string;
  /** What to call it: the heading among those anchors, else the element's title or first words. */
  label: string;
}

/** The part of the page that holds the most match weight; null when the match lies before every anchor. */
export function bestSection(anchors: PagefindAnchor[], locations: PagefindLocation[]): BestSection | null {
  if (anchors.length === 0 || locations.length === 0) return null;
  // Anchors starting at the same word (a section and its heading) form one part; document order is outer first.
  const parts: PagefindAnchor[][] = [];
  for (const anchor of [...anchors].sort((a, b) => a.location - b.location)) {
    const last = parts.at(-1);
    if (last && last[0]!.location === anchor.location) last.push(anchor);
    else parts.push([anchor]);
  }
  const scores = new Map<PagefindAnchor[] | null, number>();
  for (const hit of locations) {
    let owner: PagefindAnchor[] | null = null;
    for (const part of parts) {
      if (part[0]!.location > hit.location) break;
      owner = part;
    }
    scores.set(owner, (scores.get(owner) ?? 0) + Math.max(hit.balanced_score, hit.weight));
  }
  let best: PagefindAnchor[] | null = null;
  let bestScore = -Infinity;
  for (const [part, score] of scores) {
    if (score > bestScore) {
      best = part;
      bestScore = score;
    }
  }
  if (!best) return null;
  const named = best.find((anchor) => HEADING.test(anchor.element)) ?? best[0]!;
  return { id: best[0]!.id, label: sectionLabel(named) };
}

/** A short readable label for a section: its title or heading, else its first words. */
export function sectionLabel(anchor: PagefindAnchor): string {
  const text = stripFoldTwins(anchor.title || anchor.text || '').trim();
  if (anchor.title || HEADING.test(anchor.element)) return text.replace(/\.$/, '');
  const words = text.split(/\s+/);
  return words.length > SECTION_LABEL_WORDS ? `${words.slice(0, SECTION_LABEL_WORDS).join(' ')}…` : text;
}

const unescapeAngles = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Pagefind's excerpt without twins, re-escaped so that only <mark> survives as markup. */
export function safeExcerptHtml(excerpt: string): string {
  return stripFoldTwins(excerpt)
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(unescapeAngles(part))))
    .join('');
}

/** A part of the site by its address prefix, with the name a result shows for pages in it. */
export interface SitePlace {
  href: string;
  label: string;
}

/**
 * What kind of page a result is: its search kind (a filter value) when the page declares one, else
 * the label of the longest place (site section, or "/" for the home page) whose address it starts with.
 */
export function kindOf(url: string, declared: string | undefined, places: readonly SitePlace[]): string {
  if (declared) return declared;
  const place = places.filter((p) => url.startsWith(p.href)).sort((a, b) => b.href.length - a.href.length)[0];
  return place?.label ?? '';
}

/** Everything one result shows, from the fragment Pagefind loaded for it. */
export function toSearchHit(fragment: PagefindFragment, places: readonly SitePlace[]): SearchHit {
  const section = bestSection(fragment.anchors, fragment.weighted_locations);
  const pageUrl = fragment.url.split('#')[0]!;
  const title = stripFoldTwins(fragment.meta.title ?? '').trim() || pageUrl;
  const hit: SearchHit = {
    url: pageUrl,
    kind: '',
    targetUrl: section ? `${pageUrl}#${encodeURIComponent(section.id)}` : pageUrl,
    title,
    excerptHtml: safeExcerptHtml(fragment.excerpt),
  };
  if (section && section.label && section.label !== title) hit.section = section.label;
  hit.kind = kindOf(pageUrl, fragment.filters[SEARCH_FIELDS.kind]?.[0], places);
  const date = fragment.meta[SEARCH_FIELDS.date];
  const number = fragment.meta[SEARCH_FIELDS.number];
  if (date) hit.date = date;
  if (number) hit.number = number;
  const issuer = fragment.meta[SEARCH_FIELDS.issuer];
  if (issuer) hit.issuer = issuer;
  return hit;
}
