// The column issues this build shows: every page, feed and the home page read them from here,
// so "published" is decided once (lib/columns.ts, with the build's today and preview mode).
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ColumnId } from '../lib/vocabulary.ts';
import { publication } from '../site.config.ts';
import { published } from '../lib/columns.ts';

export type IssueEntry = CollectionEntry<'columnIssues'>;

/** Every issue of the column, published or not (to say when a column's first issue is due). */
export async function allColumnIssues(column?: ColumnId): Promise<IssueEntry[]> {
  return getCollection('columnIssues', (entry) => column === undefined || entry.data.column === column);
}

/** The issues a reader may see now: in `npm run build`, no drafts and nothing dated after today. */
export async function publishedIssues(column?: ColumnId): Promise<IssueEntry[]> {
  return published(await allColumnIssues(column), publication);
}
