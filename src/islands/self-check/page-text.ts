// Reads a text the page wrote into its template (components/self-check/SelfCheckTexts.astro), and fills its places.
import { TEXTS_ID } from '../../lib/self-check/anchors.ts';
import { fillText } from '../../lib/fill-text.ts';
import type { Period } from '../../lib/self-check/document.ts';
import type { PageTextKey } from '../../ui/self-check-text.ts';

let texts: Map<string, string> | undefined;

export function pageText(key: PageTextKey, ...values: (string | number)[]): string {
  if (!texts) {
    const template = document.getElementById(TEXTS_ID) as HTMLTemplateElement | null;
    texts = new Map([...(template?.content.querySelectorAll<HTMLElement>('[data-text]') ?? [])].map((p) => [p.dataset.text ?? '', p.textContent ?? '']));
  }
  return fillText(texts.get(key) ?? '', ...values);
}

/** A round's period: "Năm 2026", "6 tháng đầu năm 2026" (the page's words for ui/self-check-text.ts's periodLabel). */
export const periodName = (period: Period) => pageText(`period-${period.half ?? 0}`, period.year);

/** The same inside a sentence: "năm 2026". */
export const periodPhrase = (period: Period) => periodName(period).toLowerCase();
