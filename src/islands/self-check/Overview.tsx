// The task list of the 27 manifestations (GOV.UK pattern): each one's state, and a link that jumps to it.
// Opened from the progress line's "Danh sách", right under it, so it costs the first screen nothing.
import { Component, createRef } from 'preact';
import { OVERVIEW_ID, itemAnchor } from '../../lib/self-check/anchors.ts';
import type { Answer } from '../../lib/self-check/document.ts';
import { taskStates } from '../../lib/self-check/scoring.ts';
import { pageText } from './page-text.ts';
import type { CheckManifestation } from './types.ts';
import { focusItem } from './dom.ts';

interface Props {
  manifestations: CheckManifestation[];
  answers: Record<string, Answer>;
  open: boolean;
  onToggle: (open: boolean) => void;
}

export default class Overview extends Component<Props> {
  private heading = createRef<HTMLHeadingElement>();

  override componentDidUpdate(previous: Props): void {
    if (this.props.open && !previous.open) this.heading.current?.focus();
  }

  override render({ manifestations, answers, open, onToggle }: Props) {
    if (!open) return null;
    const states = taskStates(manifestations, answers);
    const done = [...states.values()].filter((state) => state === 'da-xong').length;
    return (
      <section id={OVERVIEW_ID} class="sc-overview no-print" aria-labelledby="tong-quan-tieu-de">
        <h2 id="tong-quan-tieu-de" tabindex={-1} ref={this.heading}>
          {pageText('list-heading', manifestations.length, done)}
        </h2>
        <ul class="sc-tasks">
          {manifestations.map((m) => {
            const state = states.get(m.number) ?? 'chua-lam';
            // Jumps to the first item still open, or to the first one when all are answered.
            const target = m.items.find((item) => answers[item.id] === undefined) ?? m.items[0];
            return (
              <li class="sc-task" key={m.number}>
                <a
                  href={target ? `#${itemAnchor(target.id)}` : undefined}
                  aria-describedby={`trang-thai-${m.number}`}
                  onClick={(event) => {
                    event.preventDefault();
                    if (target) focusItem(target.id);
                  }}
                >
                  {m.number}. {m.shortName}
                </a>
                <strong id={`trang-thai-${m.number}`} class={`sc-tag sc-tag--${state}`}>
                  {pageText(state)}
                </strong>
              </li>
            );
          })}
        </ul>
        <button type="button" class="secondary" onClick={() => onToggle(false)}>
          {pageText('list-close')}
        </button>
      </section>
    );
  }
}
