// Below the form: the result, the round, earlier rounds, and backup, restore and erase; and the task list. Not
// needed to start answering, so they are loaded, as one file, right after the page has started (SelfCheck.tsx).
// The result is drawn first, the panels at the next idle moment, so neither is one long task.
import { useEffect, useState } from 'preact/hooks';
import DataPanel from './DataPanel.tsx';
import EarlierRounds from './EarlierRounds.tsx';
import Result from './Result.tsx';
import RoundPanel from './RoundPanel.tsx';
import { whenIdle } from './dom.ts';
import { useSelfCheckState, type SelfCheckShared } from './state.ts';
import type { BannerMessage } from './types.ts';

export { default as Overview } from './Overview.tsx';

export default function LaterSections({ shared }: { shared: SelfCheckShared }) {
  const { doc, status, round, summary, banner } = useSelfCheckState(shared);
  const { actions } = shared.store;
  const notify = (message: BannerMessage) => shared.$banner.set(message);
  const close = () => shared.$banner.set(undefined);
  const bannerAt = (place: 'round' | 'data') => (banner?.place === place ? banner : undefined);
  const [panels, setPanels] = useState(false);
  useEffect(() => whenIdle(() => setPanels(true)), []);
  return (
    <>
      <Result manifestations={shared.manifestations} round={round} previous={doc.rounds[doc.rounds.length - 2]} summary={summary} actions={actions} />
      {panels && (
        <>
          <RoundPanel
            doc={doc}
            round={round}
            saving={status.state === 'saved' || status.state === 'unsaved'}
            actions={actions}
            banner={bannerAt('round')}
            notify={notify}
            onBannerClose={close}
          />
          <EarlierRounds manifestations={shared.manifestations} rounds={doc.rounds.slice(0, -1)} />
          <DataPanel actions={actions} doc={doc} setAsideKeys={actions.setAsideKeys()} banner={bannerAt('data')} notify={notify} onBannerClose={close} />
        </>
      )}
    </>
  );
}
