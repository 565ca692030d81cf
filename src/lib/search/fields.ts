// The fields a page gives the search index, and their markup: one definition for the site's pages
// (SearchMeta.astro), the results (which read them back) and the benchmark's generated pages.
import type { SearchMeta } from './meta.ts';
import { escapeHtml } from '../html.ts';
import { dateKey, documentNumberKeys } from './doc-number.ts';

/** Pagefind filter and meta names. */
export const SEARCH_FIELDS = {
  kind: 'kind',
  year: 'year',
  date: 'date',
  /** Sort key: the ISO date, so documents sharing a number come newest first. */
  sortDate: 'date',
  number: 'number',
  issuer: 'issuer',
  /** Lookup keys of a numbered document and of a dated page, searchable as meta (see doc-number.ts). */
  numberKeys: 'numkeys',
} as const;

/**
 * The hidden block a page carries for the index: kind and year as filters, date, issuer, number and
 * the number's lookup keys as meta, the date as sort key. Filters and meta still apply inside data-pagefind-ignore, which keeps
 * their text out of the indexed content and the excerpts.
 */
export function searchMetaHtml(meta: SearchMeta): string {
  const f = SEARCH_FIELDS;
  const parts = [`<span data-pagefind-filter="${f.kind}">${escapeHtml(meta.kind)}</span>`];
  if (meta.date) {
    parts.push(`<span data-pagefind-filter="${f.year}">${meta.date.slice(0, 4)}</span>`);
    parts.push(`<span data-pagefind-meta="${f.date}">${escapeHtml(meta.date)}</span>`);
  }
  if (meta.issuer) parts.push(`<span data-pagefind-meta="${f.issuer}">${escapeHtml(meta.issuer)}</span>`);
  // Pagefind drops a page without the sort key from a sorted search: an undated document sorts as oldest.
  if (meta.date || meta.number) parts.push(`<span data-pagefind-sort="${f.sortDate}">${escapeHtml(meta.date ?? '0000-00-00')}</span>`);
  if (meta.number) parts.push(`<span data-pagefind-meta="${f.number}">${escapeHtml(meta.number)}</span>`);
  const keys = [...(meta.number ? documentNumberKeys(meta.number, meta.kind) : []), ...(meta.date ? [dateKey(meta.date)] : [])];
  if (keys.length > 0) parts.push(`<span data-pagefind-meta="${f.numberKeys}:${keys.join(' ')}"></span>`);
  return `<div hidden data-pagefind-ignore>${parts.join('')}</div>`;
}
