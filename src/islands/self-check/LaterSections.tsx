// Below the form: the result, the round, earlier rounds, and backup, restore and erase. Not needed to start
// answering, so it is loaded right after the page has started (SelfCheck.tsx), not before.
import DataPanel from './DataPanel.tsx';
import EarlierRounds from './EarlierRounds.tsx';
import Result from './Result.tsx';
import RoundPanel from './RoundPanel.tsx';
import { useSelfCheckState, type SelfCheckShared } from './state.ts';
import type { BannerMessage } from './types.ts';

export default function LaterSections({ shared }: { shared: SelfCheckShared }) {
  const { doc, status, round, summary, banner } = useSelfCheckState(shared);
  const { actions } = shared.store;
  const notify = (message: BannerMessage) => shared.$banner.set(message);
  const close = () => shared.$banner.set(undefined);
  const bannerAt = (place: 'round' | 'data') => (banner?.place === place ? banner : undefined);
  return (
    <>
      <Result manifestations={shared.manifestations} round={round} previous={doc.rounds[doc.rounds.length - 2]} summary={summary} actions={actions} />
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
  );
}
