// Who set the items a ballot carries: the Ban biên tập (the site's own breakdown of the 27 manifestations, the
// default), or the committee, by a document. Papers carry the committee's name only in the second case. Pure.
export type ItemSet = { setBy: 'editors' } | { setBy: 'committee'; document: string; date: string };

/** What the papers print above their title, decided at build time from the site's configuration. */
export interface PaperSettings {
  itemSet: ItemSet;
  organisation: string;
  committee: string;
}
