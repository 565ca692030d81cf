// "Xóa toàn bộ dữ liệu", asked first: used near the top of the page and in the data panel.
import { Component, createRef } from 'preact';
import Confirm from './Confirm.tsx';
import { pageText } from './page-text.ts';
import type { EraseOutcome } from '../../stores/persisted-document.ts';
import type { Notify, SelfCheckActions } from './types.ts';

/** "Đã xóa" only when storage, read back, holds nothing; otherwise each thing that is left, then what to do. */
function eraseText(outcome: EraseOutcome): string {
  if (outcome.ok) return pageText('erased');
  return [
    outcome.unknown && pageText('erase-unknown'),
    outcome.documentLeft && pageText('erase-left-document'),
    outcome.setAsideLeft > 0 && pageText('erase-left-set-aside', outcome.setAsideLeft),
    pageText('erase-what-to-do'),
  ]
    .filter(Boolean)
    .join(' ');
}

interface Props {
  actions: SelfCheckActions;
  notify: Notify;
  place: 'top' | 'data';
  label: 'erase-top' | 'erase-data';
}

export default class EraseControl extends Component<Props, { confirming: boolean }> {
  override state = { confirming: false };
  private eraseButton = createRef<HTMLButtonElement>();
  /** Set when the member confirmed: the banner that follows takes the focus, not the erase button. */
  private erased = false;

  // Declined: the focus goes back to the erase button.
  override componentDidUpdate(_: Props, previous: { confirming: boolean }): void {
    if (!this.state.confirming && previous.confirming && !this.erased) this.eraseButton.current?.focus();
    this.erased = false;
  }

  override render({ actions, notify, place, label }: Props) {
    if (!this.state.confirming) {
      return (
        <button type="button" class="secondary sc-erase" ref={this.eraseButton} onClick={() => this.setState({ confirming: true })}>
          {pageText(label)}
        </button>
      );
    }
    return (
      <Confirm
        id={`xoa-hoi-${place}`}
        question={pageText('erase-question')}
        yes={pageText('erase-yes')}
        no={pageText('erase-no')}
        onYes={() => {
          const outcome = actions.eraseAll();
          this.erased = true;
          this.setState({ confirming: false });
          notify({ kind: outcome.ok ? 'success' : 'problem', place, text: eraseText(outcome) });
        }}
        onNo={() => this.setState({ confirming: false })}
      />
    );
  }
}
