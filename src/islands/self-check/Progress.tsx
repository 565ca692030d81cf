// The sticky bar while answering: "15/81" and the current manifestation, one line, above the questions.
import { OVERVIEW_ID } from '../../lib/self-check/anchors.ts';
import type { CheckManifestation } from './types.ts';

interface Props {
  answered: number;
  total: number;
  current?: CheckManifestation;
  onOpenOverview: () => void;
}

export default function Progress({ answered, total, current, onOpenOverview }: Props) {
  return (
    <div class="sc-bar no-print">
      <p class="sc-bar__count">
        <strong>
          {answered}/{total}
        </strong>{' '}
        <span class="sc-bar__label">đã trả lời</span>
      </p>
      <p class="sc-bar__current">{current ? `Biểu hiện ${current.number}: ${current.shortName}` : ''}</p>
      <a
        class="sc-bar__list"
        href={`#${OVERVIEW_ID}`}
        onClick={(event) => {
          event.preventDefault();
          onOpenOverview();
        }}
      >
        Danh sách
      </a>
    </div>
  );
}
