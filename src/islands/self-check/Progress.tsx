// The sticky bar while answering: "15/81" and the current manifestation, one line, above the questions.
import { OVERVIEW_ID } from '../../lib/self-check/anchors.ts';
import { pageText } from './page-text.ts';
import type { CheckManifestation } from './types.ts';

interface Props {
  answered: number;
  total: number;
  current?: CheckManifestation;
  overviewOpen: boolean;
  onToggleOverview: () => void;
}

export default function Progress({ answered, total, current, overviewOpen, onToggleOverview }: Props) {
  return (
    <div class="sc-bar no-print">
      <p class="sc-bar__count">
        <strong>
          {answered}/{total}
        </strong>{' '}
        <span class="visually-hidden">{pageText('answered-count')}</span>
      </p>
      <p class="sc-bar__current">{current ? pageText('current', current.number, current.shortName) : ''}</p>
      <button type="button" class="sc-bar__list secondary" aria-expanded={overviewOpen} aria-controls={overviewOpen ? OVERVIEW_ID : undefined} onClick={onToggleOverview}>
        {pageText('list-open')}
      </button>
    </div>
  );
}
