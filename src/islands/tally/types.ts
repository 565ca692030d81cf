// What the tally islands receive from the page.
export type { PaperSettings } from '../../lib/tally/item-set.ts';

export interface BallotItem {
  number: number;
  shortName: string;
  items: { id: string; text: string }[];
}
