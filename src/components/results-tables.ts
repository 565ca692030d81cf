// The tables of content/ket-qua/ (one file each) in the reading order of /ket-qua/, which the CMS's list follows too.
import { getCollection } from 'astro:content';

const ORDER = ['khao-sat-bieu-hien', 'to-chuc-co-so-dang-2019', 'dang-vien-2019', 'hai-long-hanh-chinh-2018', 'kiem-tra-quan-uy', 'kiem-tra-ubkt', 'tinh-gian-bien-che', 'lotus-notes-2018'];
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

/** Every table, the survey first; tables not named in ORDER follow by file name. */
export async function loadResultsTables() {
  const tables = await getCollection('results');
  return [...tables].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
