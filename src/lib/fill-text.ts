// Fills a text's numbered places ("{1}", "{2}" …) with values: one way for the page's texts and the script's.

/** `fillText('Đã trả lời {1} trên {2} nội dung.', 15, 81)` → "Đã trả lời 15 trên 81 nội dung." */
export function fillText(text: string, ...values: (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (place, index: string) => (values[Number(index) - 1] ?? place).toString());
}
