/** What a page tells the search index about itself: its kind (a filter), date, issuer and document number. */
export interface SearchMeta {
  /** Filter value shown to users, e.g. "Quyết định", "Cẩm nang", "Gương sáng". */
  kind: string;
  /** ISO date "yyyy-mm-dd" when the page has one; gives the year filter and sorting. */
  date?: string;
  /** Official document number such as "99-QĐ/TW", so typed variants can find it. */
  number?: string;
  /** Issuing body of a document, e.g. "Ban Bí thư": kept as meta while the metadata table stays out of the index. */
  issuer?: string;
}
