// A site of given documents in the built site's own page shell, with its search page and scripts, ready for
// Pagefind to index: the search benchmark's generated corpora and the browser test of documents sharing a number.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIsoDate } from '../src/lib/dates.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { documentPath, paths } from '../src/lib/paths.ts';
import { searchMetaHtml } from '../src/lib/search/fields.ts';

export interface CorpusDocument {
  slug: string;
  title: string;
  /** The kind's label, as the site shows it ("Quy định"). */
  kind: string;
  /** ISO date. */
  date: string;
  number?: string;
  sections: Array<{ id: string; heading: string; paragraphs: string[] }>;
}

/** What the built site's search page needs beside the documents: its scripts, the page itself and the icon. */
export const SEARCH_PAGE_PARTS = ['_astro', paths.search, 'favicon.svg'];

/** The main content a document page of the site has, with the search metadata SearchMeta.astro emits and its metadata table left out of the index. */
export function documentMain(doc: CorpusDocument): string {
  const sections = doc.sections
    .map((s) => `<h2 id="${s.id}">${escapeHtml(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`)
    .join('');
  return (
    `${searchMetaHtml({ kind: doc.kind, date: doc.date, number: doc.number })}<h1>${escapeHtml(doc.title)}</h1>` +
    `<dl data-pagefind-ignore><dt>Số hiệu</dt><dd>${escapeHtml(doc.number ?? 'chưa cập nhật')}</dd><dt>Loại văn bản</dt><dd>${escapeHtml(doc.kind)}</dd>` +
    `<dt>Ngày ban hành</dt><dd>${formatIsoDate(doc.date)}</dd></dl>${sections}`
  );
}

/**
 * Writes into dir (which must be empty or new) the built site's search page and scripts from siteDir and one page
 * per document, in the shell of the built site's page for shellSlug (a document's slug).
 */
export function writeCorpusSite(siteDir: string, dir: string, documents: readonly CorpusDocument[], shellSlug = 'quyet-dinh-99-qd-tw'): void {
  mkdirSync(dir, { recursive: true });
  for (const part of SEARCH_PAGE_PARTS) cpSync(join(siteDir, part), join(dir, part), { recursive: true });
  const shell = readFileSync(join(siteDir, documentPath(shellSlug), 'index.html'), 'utf8');
  const [before, after] = shell.split(/<main[^>]*>[\s\S]*<\/main>/);
  if (before === undefined || after === undefined) throw new Error('document page shell has no <main>');
  const mainTag = /<main[^>]*>/.exec(shell)![0];
  for (const doc of documents) {
    const page = `${before.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(doc.title)}</title>`)}${mainTag}${documentMain(doc)}</main>${after}`;
    mkdirSync(join(dir, documentPath(doc.slug)), { recursive: true });
    writeFileSync(join(dir, documentPath(doc.slug), 'index.html'), page);
  }
}
