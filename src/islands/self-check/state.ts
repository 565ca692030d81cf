// What both of the self-check's roots (above and below the form) share: one store, one banner, and a hook that
// re-renders a root when either changes.
import { atom, type WritableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import { answersOf, currentRound, type Answer, type Round, type SelfCheckDocument } from '../../lib/self-check/document.ts';
import { summarise, type Summary } from '../../lib/self-check/scoring.ts';
import type { SelfCheckStore } from '../../stores/self-check.ts';
import type { PersistedStatus } from '../../stores/persisted-document.ts';
import type { BannerMessage, CheckManifestation } from './types.ts';

export interface SelfCheckShared {
  store: SelfCheckStore;
  manifestations: CheckManifestation[];
  /** One banner at a time, shown next to the control that was used (top, round or data panel). */
  $banner: WritableAtom<BannerMessage | undefined>;
  /** The manifestation the member is at: answered or focused last, or crossing mid-screen. */
  $current: WritableAtom<number | undefined>;
}

export function createShared(store: SelfCheckStore, manifestations: CheckManifestation[]): SelfCheckShared {
  return { store, manifestations, $banner: atom<BannerMessage | undefined>(undefined), $current: atom<number | undefined>(undefined) };
}

export interface SelfCheckState {
  doc: SelfCheckDocument;
  status: PersistedStatus;
  banner: BannerMessage | undefined;
  current: number | undefined;
  round: Round;
  answers: Record<string, Answer>;
  summary: Summary;
}

export function useSelfCheckState({ store, manifestations, $banner, $current }: SelfCheckShared): SelfCheckState {
  const read = () => ({ doc: store.$document.get(), status: store.$status.get(), banner: $banner.get(), current: $current.get() });
  const [snapshot, setSnapshot] = useState(read);
  useEffect(() => {
    const sync = () =>
      setSnapshot((previous) => {
        const next = read();
        const same = next.doc === previous.doc && next.status === previous.status && next.banner === previous.banner && next.current === previous.current;
        return same ? previous : next;
      });
    const stops = [store.$document, store.$status, $banner, $current].map(($atom) => $atom.listen(sync));
    // A change between the first render and this effect is not missed.
    sync();
    return () => stops.forEach((stop) => stop());
  }, [store, $banner, $current]);
  const round = currentRound(snapshot.doc);
  const answers = answersOf(round);
  return { ...snapshot, round, answers, summary: summarise(manifestations, answers) };
}
