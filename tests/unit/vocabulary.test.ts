import { describe, expect, it } from 'vitest';
import {
  columnIds,
  columns,
  isFullyQuoted,
  manifestationGroups,
  manifestationNumber,
  provenanceStatuses,
  quotesOfficialWording,
} from '../../src/lib/vocabulary.ts';
import { columnIssue } from '../../src/schemas/columns.ts';
import { manifestation } from '../../src/schemas/manifestations.ts';
import { columnLabels, provenanceLabels } from '../../src/ui/labels.ts';

describe('the vocabulary', () => {
  it('numbers manifestations 1–9 in group A, 10–18 in B, 19–27 in C', () => {
    expect(manifestationGroups.map((group) => [manifestationNumber(group, 1), manifestationNumber(group, 9)])).toEqual([
      [1, 9],
      [10, 18],
      [19, 27],
    ]);
  });

  it('quotes the whole wording only for the two verbatim statuses, and some wording for every status but tom-tat', () => {
    expect(provenanceStatuses.filter(isFullyQuoted)).toEqual(['nguyen-van', 'nguyen-van-mot-nguon']);
    expect(provenanceStatuses.filter(quotesOfficialWording)).toEqual(['nguyen-van', 'nguyen-van-mot-nguon', 'trich-doan']);
    // Every status has its label, so a new status cannot reach a page unnamed.
    expect(Object.keys(provenanceLabels).sort()).toEqual([...provenanceStatuses].sort());
  });

  it('gives the two columns their days (10th and 26th) and their names, in the site order', () => {
    expect(columnIds).toEqual(['di-tich', 'guong-sang']);
    expect(columnIds.map((id) => columns[id].day)).toEqual([10, 26]);
    expect(columnLabels['di-tich']).toBe('Mỗi kỳ một di tích lịch sử, văn hóa, địa chỉ đỏ');
    expect(columnLabels['guong-sang']).toBe('Mỗi kỳ một gương sáng');
  });
});

describe('the schemas build on the vocabulary', () => {
  const issue = { column: 'guong-sang', issue: 1, date: '26/11/2026', title: 'T', subject: 'S', summary: 'M', sample: true };

  it('accepts a column id of the vocabulary and checks its day from there', () => {
    expect(columnIssue.safeParse(issue).success).toBe(true);
    const offDay = columnIssue.safeParse({ ...issue, date: '10/11/2026' });
    expect(offDay.success).toBe(false);
    expect(JSON.stringify(offDay.error?.issues)).toContain('day 26');
  });

  it('refuses a column id the vocabulary does not have', () => {
    expect(columnIssue.safeParse({ ...issue, column: 'khac' }).success).toBe(false);
  });

  it('refuses a manifestation whose group and number in group do not give its number', () => {
    const base = {
      id: '10', number: 10, group: 'B', numberInGroup: 1, shortName: 'Tên', status: 'tom-tat', summary: 'Tóm tắt.',
      items: ['a', 'b', 'c'].map((letter) => ({ id: `10${letter}`, text: `Tôi ${letter}` })),
    };
    expect(manifestation.safeParse(base).success).toBe(true);
    expect(manifestation.safeParse({ ...base, group: 'A' }).success).toBe(false);
  });
});
