// The few things the island does to the page outside Preact's tree.
import { answerInputId } from '../../lib/self-check/anchors.ts';

/** Moves focus to an item's first radio, so keyboard and screen-reader users land on the question. */
export function focusItem(itemId: string): void {
  const input = document.getElementById(answerInputId(itemId, 'co'));
  input?.scrollIntoView({ block: 'center' });
  input?.focus();
}

/** Safari (and every browser on iPhone and iPad) may erase a site's storage after 7 days without a visit. */
export function mayEraseAfterSevenDays(userAgent: string): boolean {
  if (/iPhone|iPad|iPod/.test(userAgent)) return true;
  return /Macintosh/.test(userAgent) && /Safari/.test(userAgent) && !/Chrome|Chromium|Edg|Firefox|OPR/.test(userAgent);
}

