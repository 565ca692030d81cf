// A question asked before a step that cannot be undone (erase, replace by an import): "yes" takes the focus when
// it appears, so a keyboard or screen-reader user lands on the choice.
import { Component, createRef } from 'preact';

interface Props {
  /** The question's id, which names the group for assistive technology. */
  id: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

export default class Confirm extends Component<Props> {
  private yesButton = createRef<HTMLButtonElement>();

  override componentDidMount(): void {
    this.yesButton.current?.focus();
  }

  override render({ id, question, yes, no, onYes, onNo }: Props) {
    return (
      <div class="notice sc-confirm" role="group" aria-labelledby={id}>
        <p id={id}>{question}</p>
        <button type="button" ref={this.yesButton} onClick={onYes}>
          {yes}
        </button>{' '}
        <button type="button" class="secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    );
  }
}
