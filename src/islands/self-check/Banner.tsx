// GOV.UK notification banner: a visible message next to the control that was used, focused when it appears.
import { Component, createRef } from 'preact';
import { pageText } from './page-text.ts';
import type { BannerMessage } from './types.ts';

interface Props {
  message: BannerMessage;
  onClose: () => void;
}

export default class Banner extends Component<Props> {
  private box = createRef<HTMLDivElement>();

  override componentDidMount(): void {
    this.box.current?.focus();
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.message !== this.props.message) this.box.current?.focus();
  }

  override render({ message, onClose }: Props) {
    const success = message.kind === 'success';
    return (
      <div ref={this.box} class={`sc-banner ${success ? 'sc-banner--success' : 'sc-banner--problem'}`} role={success ? 'status' : 'alert'} tabindex={-1}>
        <p class="sc-banner__title">{pageText(success ? 'banner-success' : 'banner-problem')}</p>
        <p class="sc-banner__text">{message.text}</p>
        <button type="button" class="secondary" onClick={onClose}>
          {pageText('banner-close')}
        </button>
      </div>
    );
  }
}
