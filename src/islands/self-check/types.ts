// What every part of the island receives: the store's actions, and a way to show a banner.
import type { SelfCheckActions } from '../../stores/self-check.ts';
import type { CheckManifestation as ScoredManifestation } from '../../lib/self-check/scoring.ts';

export type { SelfCheckActions };

/** A manifestation as the island gets it: what scoring needs, plus names and links the page built at build time. */
export interface CheckManifestation extends ScoredManifestation {
  /** "Suy thoái về tư tưởng chính trị": the name of its group. */
  groupLabel: string;
  /** Its text on the resolution page, and in the handbook. */
  href: string;
  handbookHref: string;
}

export type Notify = (banner: BannerMessage) => void;

export interface BannerMessage {
  kind: 'success' | 'problem';
  text: string;
  /** Where the banner shows: next to the control that was used. */
  place: 'top' | 'round' | 'data';
}
