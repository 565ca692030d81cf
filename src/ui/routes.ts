// One list of the site's sections with their Vietnamese names: the header navigation, breadcrumbs and tests
// read it. The addresses come from lib/paths.ts; the columns' entries from the vocabulary.
import { columnPath, paths } from '../lib/paths.ts';
import { columnIds } from '../lib/vocabulary.ts';
import { columnShortLabels } from './labels.ts';

export interface Section {
  href: string;
  label: string;
}

export const sections: Section[] = [
  { href: paths.resolution, label: 'Nghị quyết' },
  { href: paths.library, label: 'Văn bản' },
  { href: paths.handbook, label: 'Cẩm nang giám sát' },
  ...columnIds.map((column) => ({ href: columnPath(column), label: columnShortLabels[column] })),
  { href: paths.selfCheck, label: 'Tự kiểm tra' },
  { href: paths.results, label: 'Kết quả' },
  { href: paths.search, label: 'Tìm kiếm' },
  { href: paths.privacy, label: 'Quyền riêng tư' },
];

export const homeCrumb: Section = { href: paths.home, label: 'Trang chủ' };

/** The section whose page is at this address (paths.handbook → "Cẩm nang giám sát"). */
export function sectionAt(href: string): Section {
  const section = sections.find((s) => s.href === href);
  if (!section) throw new Error(`no section of the site is at ${href}`);
  return section;
}
