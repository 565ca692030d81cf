// "Xóa toàn bộ dữ liệu", asked first: used near the top of the page and in the data panel.
import { Component, createRef } from 'preact';
import Confirm from './Confirm.tsx';
import { pageText } from './page-text.ts';
import type { Notify, SelfCheckActions } from './types.ts';

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
          const erased = actions.eraseAll();
          this.erased = true;
          this.setState({ confirming: false });
          notify(erased ? { kind: 'success', place, text: pageText('erased') } : { kind: 'problem', place, text: pageText('erase-refused') });
        }}
        onNo={() => this.setState({ confirming: false })}
      />
    );
  }
}
