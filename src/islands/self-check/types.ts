// What every part of the island receives: the store's actions, and links built by the page.
import type { SelfCheckActions } from '../../stores/self-check.ts';
import type { CheckManifestation } from '../../lib/self-check/scoring.ts';

export type { SelfCheckActions, CheckManifestation };

/** Addresses the page builds (from the site's routes) and hands to the island. */
export interface SelfCheckLinks {
  /** A manifestation on the resolution page. */
  resolution: (manifestationNumber: number) => string;
  /** A manifestation in the handbook. */
  handbook: (manifestationNumber: number) => string;
  privacy: string;
}

/** Serializable form of the links (functions cannot cross into an island's props). */
export interface SelfCheckLinkBases {
  /** Followed by the manifestation's fragment ("#bieu-hien-4"). */
  resolution: string;
  handbook: string;
  privacy: string;
}

export type Notify = (banner: BannerMessage) => void;

export interface BannerMessage {
  kind: 'success' | 'problem';
  text: string;
  /** Where the banner shows: next to the control that was used. */
  place: 'top' | 'round' | 'data';
}
