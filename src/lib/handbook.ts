// Names and order of the handbook's parts (their addresses: lib/paths.ts). Pure: no DOM, no Astro.

/** The printed handbook's own title (facts.md). */
export const HANDBOOK_TITLE = 'Giám sát cán bộ, công chức và đảng viên theo Nghị quyết Trung ương 4 (khóa XII)';

export interface HandbookPartLike {
  part: 1 | 2 | 3;
  title: string;
}

/** "Phần 2: Vai trò của nhân dân …", as headings and links show it. */
export function handbookPartLabel(p: HandbookPartLike): string {
  return `Phần ${p.part}: ${p.title}`;
}

/** Parts 1, 2, 3 in order, whatever order the collection returned. */
export function sortHandbookParts<T extends { data: HandbookPartLike }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.part - b.data.part);
}
