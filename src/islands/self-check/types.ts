// What every part of the island receives: the store's actions, and a way to show a banner.
import type { SelfCheckActions } from '../../stores/self-check.ts';
import type { CheckManifestation } from '../../lib/self-check/scoring.ts';

export type { SelfCheckActions, CheckManifestation };

export type Notify = (banner: BannerMessage) => void;

export interface BannerMessage {
  kind: 'success' | 'problem';
  text: string;
  /** Where the banner shows: next to the control that was used. */
  place: 'top' | 'round' | 'data';
}
