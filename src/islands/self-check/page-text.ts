// Reads a text the page wrote into its template (components/self-check/SelfCheckTexts.astro), once.
import { COUNT_MARK, TEXTS_ID } from '../../lib/self-check/anchors.ts';
import type { PageTextKey } from '../../ui/self-check-text.ts';

let texts: Map<string, string> | undefined;

export function pageText(key: PageTextKey, count?: number): string {
  if (!texts) {
    const template = document.getElementById(TEXTS_ID) as HTMLTemplateElement | null;
    texts = new Map([...(template?.content.querySelectorAll<HTMLElement>('[data-text]') ?? [])].map((p) => [p.dataset.text ?? '', p.textContent ?? '']));
  }
  const text = texts.get(key) ?? '';
  return count === undefined ? text : text.replace(COUNT_MARK, String(count));
}
