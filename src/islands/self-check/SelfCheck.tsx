// The private self-check, started by the page's script. The page renders the 81 questions as a static form;
// Preact renders only what is state, in two places the page leaves for it: above the form (notices, progress
// line, task list) and below it (the result, the round, earlier rounds and the data panel). All of it is one
// file built on its own (start.ts), so nothing is fetched after the page has loaded (no request can follow an
// answer, and the page works on when the network drops); what the first screen does not need is drawn when the
// browser is idle (see whenIdle). No Astro island wrapper: its loader, renderer and serialised props cost more than this
// whole page's own code, and the form must never be in Preact's tree.
import { render } from 'preact';
import { DATA_ID, FORM_ID, MOUNT_ABOVE_ID, MOUNT_BELOW_ID } from '../../lib/self-check/anchors.ts';
import { openSelfCheckStore, type SelfCheckStore } from '../../stores/self-check.ts';
import { enhanceForm } from './form-enhancer.ts';
import { rewordedItems } from '../../lib/self-check/scoring.ts';
import Progress from './Progress.tsx';
import StartPanel from './StartPanel.tsx';
import LaterSections from './LaterSections.tsx';
import Overview from './Overview.tsx';
import { mayEraseAfterSevenDays } from './dom.ts';
import { SelfCheckRoot, createShared, readState } from './state.ts';
import type { BannerMessage, CheckManifestation } from './types.ts';

class AboveForm extends SelfCheckRoot<{ overviewOpen: boolean }> {
  override state = { overviewOpen: false };

  override render() {
    const { shared } = this.props;
    const { doc, status, banner, current, answers, summary, round } = readState(shared);
    const { overviewOpen } = this.state;
    const { manifestations, store } = shared;
    const showEvictionNotice = !doc.storageNoticeSeenAt && status.state === 'saved' && mayEraseAfterSevenDays(navigator.userAgent);
    return (
      <>
        <StartPanel
          status={status}
          actions={store.actions}
          answered={summary.answered}
          total={summary.total}
          firstUnanswered={summary.unanswered[0]}
          showEvictionNotice={showEvictionNotice}
          reworded={doc.rounds.length > 0 ? rewordedItems(manifestations, round) : []}
          banner={banner?.place === 'top' ? banner : undefined}
          notify={(message: BannerMessage) => shared.$banner.set(message)}
          onBannerClose={() => shared.$banner.set(undefined)}
        />
        <Progress
          answered={summary.answered}
          total={summary.total}
          current={manifestations.find((m) => m.number === current)}
          overviewOpen={overviewOpen}
          onToggleOverview={() => this.setState({ overviewOpen: !overviewOpen })}
        />
        <Overview manifestations={manifestations} answers={answers} open={overviewOpen} onToggle={(open) => this.setState({ overviewOpen: open })} />
      </>
    );
  }
}

export interface SelfCheckPlaces {
  above: Element;
  form: HTMLElement;
  below: Element;
  manifestations: CheckManifestation[];
  /** For tests: a store opened on their own storage. */
  store?: SelfCheckStore;
}

/** Renders the self-check's state around the static form; returns a function that takes it down again. */
export function mountSelfCheck({ above, form, below, manifestations, store = openSelfCheckStore() }: SelfCheckPlaces): () => void {
  const shared = createShared(store, manifestations);
  const unenhance = enhanceForm(form, shared);
  render(<AboveForm shared={shared} />, above);
  render(<LaterSections shared={shared} />, below);
  return () => {
    unenhance();
    render(null, above);
    render(null, below);
    store.dispose();
  };
}

/** The page's entry: finds its places and data by their ids, and marks the form ready for tests and benchmarks. */
export function startSelfCheck(): void {
  const above = document.getElementById(MOUNT_ABOVE_ID);
  const below = document.getElementById(MOUNT_BELOW_ID);
  const form = document.getElementById(FORM_ID);
  const data = document.getElementById(DATA_ID);
  if (!above || !form || !below || !data) throw new Error(`The self-check page lacks #${MOUNT_ABOVE_ID}, #${FORM_ID}, #${MOUNT_BELOW_ID} or #${DATA_ID}`);
  // A task of its own, after the one that ran the scripts: two shorter tasks instead of one long one.
  setTimeout(() => {
    mountSelfCheck({ above, form, below, manifestations: JSON.parse(data.textContent ?? '[]') as CheckManifestation[] });
    form.setAttribute('data-sc-ready', '');
  }, 0);
}
