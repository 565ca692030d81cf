// Printing one paper of the tally page: the paper's name goes on <html data-print>, which print.css-rules of
// tally.css read to show that paper alone; it is cleared after printing.
export type Paper = 'bien-ban' | 'bao-cao' | 'cong-don';

export function printPaper(paper: Paper): void {
  const root = document.documentElement;
  root.dataset.print = paper;
  window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  window.print();
}
