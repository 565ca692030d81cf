// What both of the self-check's roots (above and below the form) share: one store, one banner, and a base class
// that re-renders a root when any of them changes. Classes, not hooks: the page then ships without Preact's hooks
// module (issue 8's budget for all the page's JavaScript).
import { atom, type WritableAtom } from 'nanostores';
import { Component } from 'preact';
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

/** The state as it is now, with what every part derives from it. */
export function readState({ store, manifestations, $banner, $current }: SelfCheckShared): SelfCheckState {
  const doc = store.$document.get();
  const round = currentRound(doc);
  const answers = answersOf(round);
  return { doc, status: store.$status.get(), banner: $banner.get(), current: $current.get(), round, answers, summary: summarise(manifestations, answers) };
}

/** A root of the self-check: renders from `readState` and again whenever the store, the banner or the current manifestation changes. */
export abstract class SelfCheckRoot<S = object> extends Component<{ shared: SelfCheckShared }, S> {
  private stops: (() => void)[] = [];

  override componentDidMount(): void {
    const { store, $banner, $current } = this.props.shared;
    // Preact batches these: a change of the document and its status in one step renders once.
    this.stops = [store.$document, store.$status, $banner, $current].map(($atom) => $atom.listen(() => this.forceUpdate()));
  }

  override componentWillUnmount(): void {
    this.stops.forEach((stop) => stop());
  }
}
