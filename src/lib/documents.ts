// Ordering, grouping and filtering of the document library; shared by the /van-ban/ page and its filter script.
import { issuerLevels, type DocumentType, type IssuerLevel } from './vocabulary.ts';

/** The fields of a document that the library list needs. */
export interface DocumentListing {
  slug: string;
  title: string;
  type: DocumentType;
  number?: string;
  issuer: string;
  issuerLevel: IssuerLevel;
  /** ISO "yyyy-mm-dd" when the exact date is known. */
  date?: string;
  /** Year of issue when only the year is known. */
  year?: number;
}

const collator = new Intl.Collator('vi');

/** The year a document was issued, from its date or its known year; undefined when neither is known. */
export function documentYear(doc: Pick<DocumentListing, 'date' | 'year'>): number | undefined {
  return doc.date ? Number(doc.date.slice(0, 4)) : doc.year;
}

/** Newest first; documents with only a year follow the dated ones of that year; undated ones come last, by title. */
export function compareDocuments(a: DocumentListing, b: DocumentListing): number {
  const yearA = documentYear(a);
  const yearB = documentYear(b);
  if (yearA !== yearB) {
    if (yearA === undefined) return 1;
    if (yearB === undefined) return -1;
    return yearB - yearA;
  }
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return collator.compare(a.title, b.title);
}

export function sortDocuments<T extends DocumentListing>(docs: readonly T[]): T[] {
  return [...docs].sort(compareDocuments);
}

export interface DocumentGroup<T> {
  level: IssuerLevel;
  documents: T[];
}

/** Groups by issuer level (central, city, district), each group sorted, empty groups left out. */
export function groupByIssuerLevel<T extends DocumentListing>(docs: readonly T[]): DocumentGroup<T>[] {
  return issuerLevels.map((level) => ({
    level,
    documents: sortDocuments(docs.filter((doc) => doc.issuerLevel === level)),
  })).filter((group) => group.documents.length > 0);
}

export interface FilterOption {
  value: string;
  count: number;
}

export interface FilterOptions {
  types: FilterOption[];
  issuers: FilterOption[];
  /** Years newest first, as strings so they can be <option> values. */
  years: FilterOption[];
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The choices the filter offers: only values some document has, each with how many documents have it. */
export function filterOptions(docs: readonly DocumentListing[], typeOrder: readonly DocumentType[]): FilterOptions {
  const types = countBy(docs.map((doc) => doc.type));
  const issuers = countBy(docs.map((doc) => doc.issuer));
  const years = countBy(docs.flatMap((doc) => {
    const year = documentYear(doc);
    return year === undefined ? [] : [String(year)];
  }));
  return {
    types: typeOrder.filter((type) => types.has(type)).map((type) => ({ value: type, count: types.get(type)! })),
    issuers: [...issuers].sort(([a], [b]) => collator.compare(a, b)).map(([value, count]) => ({ value, count })),
    years: [...years].sort(([a], [b]) => Number(b) - Number(a)).map(([value, count]) => ({ value, count })),
  };
}

/** Empty string or missing means "any". */
export interface DocumentFilter {
  type?: string;
  issuer?: string;
  year?: string;
}

/** Takes plain strings as well as listings, so the page script can pass values read back from data attributes. */
export function matchesFilter(doc: { type: string; issuer: string; date?: string; year?: number }, filter: DocumentFilter): boolean {
  if (filter.type && doc.type !== filter.type) return false;
  if (filter.issuer && doc.issuer !== filter.issuer) return false;
  if (filter.year && String(documentYear(doc) ?? '') !== filter.year) return false;
  return true;
}
