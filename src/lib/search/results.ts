// Turns what Pagefind returns for one page into what a result shows: clean title, excerpt with
// the matched words highlighted in the original text, and the section that matches best.
import { SEARCH_FIELDS } from './fields.ts';
import { stripFoldTwins } from './fold.ts';
import { escapeHtml } from '../html.ts';
import { EXCERPT_WORDS, bestPassageStart, buildExcerpt, splitWords, type ExcerptQuery } from './excerpt.ts';
import { answeredWords, wordForms } from './match.ts';

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

/** How a query named a page: by its document number or by its date. */
export type PinnedBy = 'number' | 'date';

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
  /** The query named this page by its number or its date: that is what matched, and is highlighted. */
  matchedBy?: PinnedBy;
}

const HEADING = /^h[1-6]$/i;
const SECTION_LABEL_WORDS = 12;

export interface BestSection {
  /** Id to link to: of anchors starting at the same word, the outermost (a section rather than its heading). */
  id: string;
  /** What to call it: the heading among those anchors, else the element's title or first words. */
  label: string;
  /** Its words: [first position, position of the next part). */
  range: [number, number];
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
  const next = parts[parts.indexOf(best) + 1];
  return { id: best[0]!.id, label: sectionLabel(named), range: [best[0]!.location, next ? next[0]!.location : Infinity] };
}

/**
 * The section holding the passage that best answers the query (most distinct words, then side by side in
 * order, then match weight, headings weighing more), so "chủ nghĩa cá nhân" links to the manifestation
 * named so rather than to the one where "chủ", "nghĩa" and "nhân" are most often found.
 */
function passageSection(anchors: PagefindAnchor[], matched: PagefindLocation[], tokens: string[], query: ExcerptQuery): BestSection | null {
  const starts = [...new Set(anchors.map((anchor) => anchor.location))].sort((a, b) => a - b);
  const partAfter = (at: number) => starts.find((start) => start > at) ?? Infinity;
  const hits = [...matched]
    .sort((a, b) => a.location - b.location)
    .map((l) => ({ at: l.location, weight: l.weight, which: answeredWords(wordForms(tokens[l.location] ?? ''), query.words, query.typing) }));
  const at = bestPassageStart(hits, EXCERPT_WORDS, partAfter);
  return bestSection(anchors, [{ weight: 1, balanced_score: 1, location: at }]);
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

/**
 * Where the page's headings lie, in words: each heading anchor's text from its position, and the
 * title where the text opens with it (the page's h1 carries no anchor).
 */
export function headingRanges(fragment: Pick<PagefindFragment, 'content' | 'anchors' | 'meta'>, tokens = splitWords(fragment.content)): Array<[number, number]> {
  const count = (text: string) => splitWords(text.trim()).filter(Boolean).length;
  const ranges: Array<[number, number]> = fragment.anchors
    // A short captioned anchor (a <p id> caption) is shown whole as the section label, so it counts as a heading too.
    .filter((anchor) => anchor.text && (HEADING.test(anchor.element) || count(anchor.text) <= SECTION_LABEL_WORDS))
    .map((anchor) => [anchor.location, anchor.location + count(anchor.text!)]);
  const title = splitWords(stripFoldTwins(fragment.meta.title ?? '').trim()).filter(Boolean);
  let at = 0;
  while (at < tokens.length && !tokens[at]) at++;
  const opensWithTitle = title.length > 0 && title.every((word, i) => wordForms(tokens[at + i] ?? '').whole === wordForms(word).whole);
  if (opensWithTitle) ranges.push([at, at + title.length]);
  return ranges;
}

/**
 * Everything one result shows, from the fragment Pagefind loaded for it. With the query given, the
 * excerpt is the passage holding its words (excerpt.ts); without, Pagefind's own, cleaned. A document
 * the query names by its number or date (pinnedBy) links to its top and shows its opening: that is what matched.
 */
export function toSearchHit(fragment: PagefindFragment, places: readonly SitePlace[], query?: ExcerptQuery, pinnedBy?: PinnedBy): SearchHit {
  const byNumber = pinnedBy !== undefined;
  const tokens = query ? splitWords(fragment.content) : [];
  // The section follows the words that truly matched (whole words), not Pagefind's prefixes, when there are some.
  const matched = query ? fragment.weighted_locations.filter((l) => answeredWords(wordForms(tokens[l.location] ?? ''), query.words, query.typing).length > 0) : [];
  const section = byNumber ? null : matched.length > 0 && query ? passageSection(fragment.anchors, matched, tokens, query) : bestSection(fragment.anchors, fragment.weighted_locations);
  const pageUrl = fragment.url.split('#')[0]!;
  const title = stripFoldTwins(fragment.meta.title ?? '').trim() || pageUrl;
  const excerptHtml = query
    ? buildExcerpt(
        {
          content: fragment.content,
          headings: headingRanges(fragment, tokens),
          candidates: fragment.weighted_locations.map((l) => l.location),
          within: section?.range,
          opening: byNumber,
        },
        query,
      )
    : safeExcerptHtml(fragment.excerpt);
  const hit: SearchHit = {
    url: pageUrl,
    kind: '',
    targetUrl: section ? `${pageUrl}#${encodeURIComponent(section.id)}` : pageUrl,
    title,
    excerptHtml,
  };
  if (section && section.label && section.label !== title) hit.section = section.label;
  hit.kind = kindOf(pageUrl, fragment.filters[SEARCH_FIELDS.kind]?.[0], places);
  const date = fragment.meta[SEARCH_FIELDS.date];
  const number = fragment.meta[SEARCH_FIELDS.number];
  if (date) hit.date = date;
  if (number) hit.number = number;
  if ((pinnedBy === 'number' && number) || (pinnedBy === 'date' && date)) hit.matchedBy = pinnedBy;
  const issuer = fragment.meta[SEARCH_FIELDS.issuer];
  if (issuer) hit.issuer = issuer;
  return hit;
}
