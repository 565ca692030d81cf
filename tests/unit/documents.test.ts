import { describe, expect, it } from 'vitest';
import {
  compareDocuments,
  filterOptions,
  groupByIssuerLevel,
  matchesFilter,
  sortDocuments,
  type DocumentListing,
} from '../../src/lib/documents.ts';
import { documentTypes } from '../../src/lib/vocabulary.ts';

const doc = (slug: string, fields: Partial<DocumentListing> = {}): DocumentListing => ({
  slug,
  title: slug,
  type: 'ke-hoach',
  issuer: 'Quận ủy',
  issuerLevel: 'quan',
  ...fields,
});

const library: DocumentListing[] = [
  doc('nq04', { type: 'nghi-quyet', issuer: 'Ban Chấp hành Trung ương Đảng', issuerLevel: 'trung-uong', date: '2016-10-30' }),
  doc('qd99', { type: 'quyet-dinh', issuer: 'Ban Bí thư', issuerLevel: 'trung-uong', date: '2017-10-03' }),
  doc('qd124', { type: 'quy-dinh', issuer: 'Ban Bí thư', issuerLevel: 'trung-uong', date: '2018-02-02' }),
  doc('qd1374', { type: 'quy-dinh', issuer: 'Ban Thường vụ Thành ủy', issuerLevel: 'thanh-pho', date: '2017-12-01' }),
  doc('pa02', { type: 'phuong-an', issuer: 'Ban Chỉ đạo', date: '2017-10-25' }),
  doc('ke-hoach-b', { title: 'Kế hoạch sinh hoạt điểm' }),
  doc('ke-hoach-a', { title: 'Kế hoạch khảo sát' }),
  doc('cong-van', { type: 'cong-van', title: 'Công văn hướng dẫn' }),
];

describe('sortDocuments', () => {
  it('puts the newest first and undated documents last, those by title in Vietnamese order', () => {
    expect(sortDocuments(library).map((d) => d.slug)).toEqual([
      'qd124', 'qd1374', 'pa02', 'qd99', 'nq04', 'cong-van', 'ke-hoach-a', 'ke-hoach-b',
    ]);
  });

  it('places a document known only by year after the dated ones of that year and before older years', () => {
    const sorted = sortDocuments([doc('old', { date: '2016-05-01' }), doc('year-only', { year: 2017 }), doc('dated', { date: '2017-01-02' }), doc('none')]);
    expect(sorted.map((d) => d.slug)).toEqual(['dated', 'year-only', 'old', 'none']);
  });

  it('sorts Vietnamese titles by letter, with Đ after D', () => {
    const titles = ['Đình', 'Dân', 'Ấp', 'An'].map((title) => doc(title, { title }));
    expect([...titles].sort(compareDocuments).map((d) => d.title)).toEqual(['An', 'Ấp', 'Dân', 'Đình']);
  });

  it('does not change the list it was given', () => {
    const copy = [...library];
    sortDocuments(library);
    expect(library).toEqual(copy);
  });
});

describe('groupByIssuerLevel', () => {
  it('groups central, then city, then district documents, each sorted, and leaves out empty levels', () => {
    const groups = groupByIssuerLevel(library);
    expect(groups.map((g) => [g.level, g.documents.map((d) => d.slug)])).toEqual([
      ['trung-uong', ['qd124', 'qd99', 'nq04']],
      ['thanh-pho', ['qd1374']],
      ['quan', ['pa02', 'cong-van', 'ke-hoach-a', 'ke-hoach-b']],
    ]);
    expect(groupByIssuerLevel(library.filter((d) => d.issuerLevel === 'quan')).map((g) => g.level)).toEqual(['quan']);
  });
});

describe('filterOptions', () => {
  const options = filterOptions(library, documentTypes);

  it('offers only the types some document has, in the schema order, with counts', () => {
    expect(options.types).toEqual([
      { value: 'nghi-quyet', count: 1 },
      { value: 'quyet-dinh', count: 1 },
      { value: 'quy-dinh', count: 2 },
      { value: 'ke-hoach', count: 2 },
      { value: 'cong-van', count: 1 },
      { value: 'phuong-an', count: 1 },
    ]);
  });

  it('offers each issuer once, in Vietnamese alphabetical order', () => {
    expect(options.issuers.map((o) => o.value)).toEqual(['Ban Bí thư', 'Ban Chấp hành Trung ương Đảng', 'Ban Chỉ đạo', 'Ban Thường vụ Thành ủy', 'Quận ủy']);
    expect(options.issuers.find((o) => o.value === 'Quận ủy')!.count).toBe(3);
  });

  it('offers the known years newest first and no year for undated documents', () => {
    expect(options.years).toEqual([
      { value: '2018', count: 1 },
      { value: '2017', count: 3 },
      { value: '2016', count: 1 },
    ]);
  });
});

describe('matchesFilter', () => {
  const pick = (filter: Parameters<typeof matchesFilter>[1]) => library.filter((d) => matchesFilter(d, filter)).map((d) => d.slug);

  it('keeps everything when no filter is chosen', () => {
    expect(pick({})).toHaveLength(library.length);
    expect(pick({ type: '', issuer: '', year: '' })).toHaveLength(library.length);
  });

  it('narrows by type, issuer and year together', () => {
    expect(pick({ type: 'quy-dinh' })).toEqual(['qd124', 'qd1374']);
    expect(pick({ issuer: 'Ban Bí thư' })).toEqual(['qd99', 'qd124']);
    expect(pick({ year: '2017' })).toEqual(['qd99', 'qd1374', 'pa02']);
    expect(pick({ type: 'quy-dinh', year: '2017' })).toEqual(['qd1374']);
    expect(pick({ type: 'nghi-quyet', year: '2018' })).toEqual([]);
  });

  it('matches a year-only document by its year, and never an undated one to a year', () => {
    expect(matchesFilter({ type: 'ke-hoach', issuer: 'Q', year: 2019 }, { year: '2019' })).toBe(true);
    expect(matchesFilter({ type: 'ke-hoach', issuer: 'Q' }, { year: '2019' })).toBe(false);
  });
});
