// Below the form: the result, the round, earlier rounds, and backup, restore and erase. Not needed to start
// answering, so they are drawn when the browser is idle after start: the result first, the panels at the next
// idle moment, so neither is one long task.
import DataPanel from './DataPanel.tsx';
import EarlierRounds from './EarlierRounds.tsx';
import Result from './Result.tsx';
import RoundPanel from './RoundPanel.tsx';
import { whenIdle } from '../../stores/idle.ts';
import { DATA_HEADING_ID, EARLIER_HEADING_ID, RESULT_HEADING_ID, ROUND_HEADING_ID } from '../../lib/self-check/anchors.ts';
import { SelfCheckRoot, readState } from './state.ts';
import type { BannerMessage } from './types.ts';

const SECTION_IDS = [RESULT_HEADING_ID, ROUND_HEADING_ID, EARLIER_HEADING_ID, DATA_HEADING_ID];

/** 0: nothing yet; 1: the result; 2: the result and the panels. */
type Drawn = { drawn: 0 | 1 | 2 };

export default class LaterSections extends SelfCheckRoot<Drawn> {
  override state: Drawn = { drawn: 0 };

  override componentDidMount(): void {
    super.componentDidMount();
    whenIdle(() => {
      this.setState({ drawn: 1 });
      whenIdle(() => {
        this.setState({ drawn: 2 });
        // A link to one of these sections (e.g. from /rieng-tu/) lands once it exists.
        const target = SECTION_IDS.find((id) => `#${id}` === location.hash);
        if (target) requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView());
      });
    });
  }

  override render() {
    if (this.state.drawn === 0) return null;
    const { shared } = this.props;
    const { doc, status, round, summary, banner } = readState(shared);
    const { actions } = shared.store;
    const notify = (message: BannerMessage) => shared.$banner.set(message);
    const close = () => shared.$banner.set(undefined);
    const bannerAt = (place: 'round' | 'data') => (banner?.place === place ? banner : undefined);
    return (
      <>
        <Result manifestations={shared.manifestations} round={round} previous={doc.rounds[doc.rounds.length - 2]} summary={summary} actions={actions} />
        {this.state.drawn === 2 && (
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
            <DataPanel actions={actions} manifestations={shared.manifestations} doc={doc} setAsideKeys={actions.setAsideKeys()} banner={bannerAt('data')} notify={notify} onBannerClose={close} />
          </>
        )}
      </>
    );
  }
}
