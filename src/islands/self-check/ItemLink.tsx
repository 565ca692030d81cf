// A link to an item's question that moves the focus there (keyboard and screen-reader users land on it).
import { itemAnchor } from '../../lib/self-check/anchors.ts';
import { focusItem } from './dom.ts';

export default function ItemLink({ itemId, label }: { itemId: string; label: string }) {
  return (
    <a
      href={`#${itemAnchor(itemId)}`}
      onClick={(event) => {
        event.preventDefault();
        focusItem(itemId);
      }}
    >
      {label}
    </a>
  );
}
