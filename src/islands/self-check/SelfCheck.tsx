// The private self-check, started by the page's script. The page renders the 81 questions as a static form;
// Preact renders only what is state, in two places the page leaves for it: above the form (notices, progress
// line, task list) and below it (the result, the round, earlier rounds and the data panel). What the first
// screen needs comes with the page; the task list and everything below the form follow as soon as the browser
// is idle (see whenIdle). No Astro island wrapper: its loader, renderer and serialised props cost
// more than this whole page's own code, and the form must never be in Preact's tree.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  DATA_HEADING_ID,
  DATA_ID,
  EARLIER_HEADING_ID,
  FORM_ID,
  MOUNT_ABOVE_ID,
  MOUNT_BELOW_ID,
  RESULT_HEADING_ID,
  ROUND_HEADING_ID,
} from '../../lib/self-check/anchors.ts';
import { openSelfCheckStore, type SelfCheckStore } from '../../stores/self-check.ts';
import { enhanceForm } from './form-enhancer.ts';
import Progress from './Progress.tsx';
import StartPanel from './StartPanel.tsx';
import { mayEraseAfterSevenDays, whenIdle } from './dom.ts';
import { createShared, useSelfCheckState, type SelfCheckShared } from './state.ts';
import type { BannerMessage, CheckManifestation } from './types.ts';

function AboveForm({ shared }: { shared: SelfCheckShared }) {
  const { doc, status, banner, current, answers, summary } = useSelfCheckState(shared);
  const [overviewOpen, setOverviewOpen] = useState(false);
  const [Overview, setOverview] = useState<typeof import('./Overview.tsx').default | undefined>(undefined);
  useEffect(() => whenIdle(() => void loadLater().then((module) => setOverview(() => module.Overview))), []);
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
        resultId={RESULT_HEADING_ID}
        showEvictionNotice={showEvictionNotice}
        banner={banner?.place === 'top' ? banner : undefined}
        notify={(message: BannerMessage) => shared.$banner.set(message)}
        onBannerClose={() => shared.$banner.set(undefined)}
      />
      <Progress
        answered={summary.answered}
        total={summary.total}
        current={manifestations.find((m) => m.number === current)}
        overviewOpen={overviewOpen}
        onToggleOverview={() => setOverviewOpen(!overviewOpen)}
      />
      {Overview && <Overview manifestations={manifestations} answers={answers} open={overviewOpen} onToggle={setOverviewOpen} />}
    </>
  );
}

let later: Promise<typeof import('./LaterSections.tsx')> | undefined;
/** The task list and everything below the form, in one file, fetched once. */
const loadLater = () => (later ??= import('./LaterSections.tsx'));

const LATER_IDS = [RESULT_HEADING_ID, ROUND_HEADING_ID, EARLIER_HEADING_ID, DATA_HEADING_ID];

function BelowForm({ shared }: { shared: SelfCheckShared }) {
  const [Later, setLater] = useState<typeof import('./LaterSections.tsx').default | undefined>(undefined);
  useEffect(() => {
    whenIdle(() =>
      void loadLater().then((module) => {
        setLater(() => module.default);
        // A link to one of these sections (e.g. from /rieng-tu/) lands once it exists.
        const target = LATER_IDS.find((id) => `#${id}` === location.hash);
        if (target) requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView());
      }),
    );
  }, []);
  return Later ? <Later shared={shared} /> : null;
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
  render(<BelowForm shared={shared} />, below);
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
