// The top of the self-check once the island runs: only the notices that apply, "Tiếp tục", "Làm mà không lưu",
// a quick erase, and the task list. Each notice says what happened and what to do.
import type { PersistedStatus } from '../../stores/persisted-document.ts';
import { pageText } from './page-text.ts';
import Banner from './Banner.tsx';
import { ExportButton } from './ExportButton.tsx';
import EraseControl from './EraseControl.tsx';
import { focusItem } from './dom.ts';
import { RESULT_HEADING_ID, itemAnchor } from '../../lib/self-check/anchors.ts';
import type { CheckItem } from '../../lib/self-check/scoring.ts';
import Reworded from './Reworded.tsx';
import type { BannerMessage, Notify, SelfCheckActions } from './types.ts';

interface Props {
  status: PersistedStatus;
  actions: SelfCheckActions;
  answered: number;
  total: number;
  firstUnanswered?: string;
  /** True when this browser may erase storage on its own and the member has not acknowledged it yet. */
  showEvictionNotice: boolean;
  /** Items of the current round answered before their current wording took effect. */
  reworded: CheckItem[];
  banner?: BannerMessage;
  notify: Notify;
  onBannerClose: () => void;
}

export default function StartPanel(props: Props) {
  const { status, actions, answered, total, firstUnanswered, notify } = props;
  const message = status.state === 'saved' ? undefined : pageText(status.state, status.unsaved);
  const atRisk = status.state !== 'saved' && status.state !== 'newer' && status.state !== 'damaged';
  const memoryOnly = status.state === 'memory-only';
  return (
    <div class="sc-start no-print">
      <div class="sc-alert" role="alert">
        {message && (
          <div class="notice sc-storage">
            <p>{message}</p>
            {atRisk && answered > 0 && <ExportButton actions={actions} notify={notify} place="top" />}
          </div>
        )}
        {status.setAsideKey && <p class="notice">{pageText('set-aside')}</p>}
        {status.migrated && <p class="notice">{pageText('migrated')}</p>}
        {status.futureTimes ? <p class="notice">{pageText('future-times', status.futureTimes)}</p> : null}
      </div>
      <Reworded items={props.reworded} intro={pageText('reworded', props.reworded.length)} links />
      {props.showEvictionNotice && (
        <div class="notice sc-storage-notice">
          <p>{pageText('storage-notice')}</p>
          <button type="button" class="secondary" onClick={actions.acknowledgeStorageNotice}>
            {pageText('storage-notice-seen')}
          </button>
        </div>
      )}
      {props.banner && <Banner message={props.banner} onClose={props.onBannerClose} />}
      <div class="sc-actions">
        {firstUnanswered && answered > 0 && (
          <a
            class="sc-continue"
            href={`#${itemAnchor(firstUnanswered)}`}
            onClick={(event) => {
              event.preventDefault();
              focusItem(firstUnanswered);
            }}
          >
            {pageText('continue')} <span class="sc-continue__where">{pageText('continue-where', firstUnanswered)}</span>
          </a>
        )}
        {!firstUnanswered && (
          <a class="sc-continue" href={`#${RESULT_HEADING_ID}`}>
            {pageText('all-answered', total)}
          </a>
        )}
        <button type="button" class="secondary" aria-pressed={memoryOnly} onClick={() => actions.setMemoryOnly(!memoryOnly)}>
          {pageText('memory-only-button')}
        </button>
        <EraseControl actions={actions} notify={notify} place="top" label="erase-top" />
      </div>
    </div>
  );
}
