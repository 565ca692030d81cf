// The private self-check island. The page renders the 81 questions as a static form (the children here);
// this island opens the store in the browser, enhances that form and renders only what is state:
// notices, progress, the task list, the result and the data panel. Every part gets the same `actions`.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { answersOf, currentRound, type SelfCheckDocument } from '../../lib/self-check/document.ts';
import { summarise, taskStates } from '../../lib/self-check/scoring.ts';
import { openSelfCheckStore, type SelfCheckStore } from '../../stores/self-check.ts';
import type { PersistedStatus } from '../../stores/persisted-document.ts';
import DataPanel from './DataPanel.tsx';
import FormEnhancer from './FormEnhancer.tsx';
import Overview from './Overview.tsx';
import Progress from './Progress.tsx';
import Result, { EarlierRounds, RESULT_HEADING_ID } from './Result.tsx';
import RoundPanel from './RoundPanel.tsx';
import StartPanel from './StartPanel.tsx';
import { mayEraseAfterSevenDays } from './dom.ts';
import type { BannerMessage, CheckManifestation } from './types.ts';

interface Props {
  manifestations: CheckManifestation[];
  /** The static form, rendered by the page. */
  children?: ComponentChildren;
}

interface Opened {
  store: SelfCheckStore;
  doc: SelfCheckDocument;
  status: PersistedStatus;
}

export default function SelfCheck({ manifestations, children }: Props) {
  // Nothing is read until the island runs in the browser: the first render matches the server's exactly.
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  const [current, setCurrent] = useState<number | undefined>(undefined);
  const [overviewOpen, setOverviewOpen] = useState(false);
  const [banner, setBanner] = useState<BannerMessage | undefined>(undefined);
  useEffect(() => {
    const store = openSelfCheckStore();
    const sync = () => setOpened({ store, doc: store.$document.get(), status: store.$status.get() });
    const stops = [store.$document.listen(sync), store.$status.listen(sync)];
    sync();
    return () => {
      stops.forEach((stop) => stop());
      store.dispose();
    };
  }, []);

  const onCurrent = useCallback((n: number) => setCurrent(n), []);

  if (!opened) {
    // Same places as below, empty: the static form keeps its position in the tree when the state arrives.
    return (
      <div class="self-check">
        {null}
        {null}
        {null}
        {null}
        {children}
      </div>
    );
  }
  const { store, doc, status } = opened;
  const { actions } = store;
  const round = currentRound(doc);
  const answers = answersOf(round);
  const summary = summarise(manifestations, answers);
  const states = taskStates(manifestations, answers);
  const done = [...states.values()].filter((state) => state === 'da-xong').length;
  const currentManifestation = manifestations.find((m) => m.number === current);
  const showEvictionNotice = !doc.storageNoticeSeenAt && status.state === 'saved' && mayEraseAfterSevenDays(navigator.userAgent);
  const toggleOverview = () => setOverviewOpen(!overviewOpen);
  const closeBanner = () => setBanner(undefined);
  const bannerAt = (place: BannerMessage['place']) => (banner?.place === place ? banner : undefined);

  return (
    <div class="self-check">
      <StartPanel
        status={status}
        actions={actions}
        answered={summary.answered}
        total={summary.total}
        firstUnanswered={summary.unanswered[0]}
        resultId={RESULT_HEADING_ID}
        showEvictionNotice={showEvictionNotice}
        banner={bannerAt('top')}
        notify={setBanner}
        onBannerClose={closeBanner}
      />
      <Progress answered={summary.answered} total={summary.total} current={currentManifestation} overviewOpen={overviewOpen} onToggleOverview={toggleOverview} />
      <Overview manifestations={manifestations} states={states} answers={answers} done={done} open={overviewOpen} onToggle={setOverviewOpen} />
      <FormEnhancer manifestations={manifestations} answers={answers} actions={actions} onCurrent={onCurrent} />
      {children}
      <Result manifestations={manifestations} round={round} previous={doc.rounds[doc.rounds.length - 2]} summary={summary} actions={actions} />
      <RoundPanel
        doc={doc}
        round={round}
        saving={status.state === 'saved' || status.state === 'unsaved'}
        actions={actions}
        banner={bannerAt('round')}
        notify={setBanner}
        onBannerClose={closeBanner}
      />
      <EarlierRounds manifestations={manifestations} rounds={doc.rounds.slice(0, -1)} />
      <DataPanel
        actions={actions}
        doc={doc}
        setAsideKeys={actions.setAsideKeys()}
        banner={bannerAt('data')}
        notify={setBanner}
        onBannerClose={closeBanner}
      />
    </div>
  );
}
