// Items reworded since the member answered them: by id and current text, as links to the question where it can
// still be answered again (the current round), as plain text in an earlier, read-only round.
import type { CheckItem } from '../../lib/self-check/scoring.ts';
import ItemLink from './ItemLink.tsx';

export default function Reworded({ items, intro, links }: { items: CheckItem[]; intro: string; links?: boolean }) {
  if (items.length === 0) return null;
  return (
    <div class="notice sc-reworded">
      <p>{intro}</p>
      <ul>
        {items.map(({ id, text }) => (
          <li key={id}>{links ? <ItemLink itemId={id} label={`${id}. ${text}`} /> : `${id}. ${text}`}</li>
        ))}
      </ul>
    </div>
  );
}
