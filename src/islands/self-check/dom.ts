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

/**
 * Runs `task` once the browser is idle after the page has started (at most 1 s later): the self-check draws what
 * the first screen does not need this way, so starting is not one long task.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 1);
}
