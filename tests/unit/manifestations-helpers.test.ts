import { describe, expect, it } from 'vitest';
import {
  groupAnchor,
  groupManifestations,
  manifestationAnchor,
  manifestationNumbering,
  quoteFragment,
} from '../../src/lib/manifestations.ts';
import { handbookPartLabel, sortHandbookParts } from '../../src/lib/handbook.ts';

describe('grouping manifestations', () => {
  it('returns groups A, B, C in order, each sorted by number, whatever the input order', () => {
    const input = [
      { number: 20, group: 'C' as const, numberInGroup: 2 },
      { number: 2, group: 'A' as const, numberInGroup: 2 },
      { number: 11, group: 'B' as const, numberInGroup: 2 },
      { number: 1, group: 'A' as const, numberInGroup: 1 },
      { number: 19, group: 'C' as const, numberInGroup: 1 },
    ];
    const grouped = groupManifestations(input);
    expect(grouped.map((g) => g.group)).toEqual(['A', 'B', 'C']);
    expect(grouped.map((g) => g.manifestations.map((m) => m.number))).toEqual([[1, 2], [11], [19, 20]]);
  });

  it('leaves out a group with no manifestations rather than showing an empty heading', () => {
    expect(groupManifestations([{ number: 10, group: 'B', numberInGroup: 1 }]).map((g) => g.group)).toEqual(['B']);
  });

  it('does not reorder the caller’s array', () => {
    const input = [
      { number: 3, group: 'A' as const, numberInGroup: 3 },
      { number: 1, group: 'A' as const, numberInGroup: 1 },
    ];
    groupManifestations(input);
    expect(input.map((m) => m.number)).toEqual([3, 1]);
  });
});

describe('naming manifestations', () => {
  it('shows the site-wide number and the resolution’s number inside the group', () => {
    expect(manifestationNumbering({ number: 4, group: 'A', numberInGroup: 4 })).toBe('Biểu hiện 4 — nhóm A, số 4');
    expect(manifestationNumbering({ number: 22, group: 'C', numberInGroup: 4 })).toBe('Biểu hiện 22 — nhóm C, số 4');
  });

  it('gives the anchors the resolution page, handbook and self-check share', () => {
    expect(manifestationAnchor(27)).toBe('bieu-hien-27');
    expect(groupAnchor('B')).toBe('nhom-b');
  });

  it('puts a fragment in quotation marks once', () => {
    expect(quoteFragment('Móc nối, cấu kết…')).toBe('“Móc nối, cấu kết…”');
    expect(quoteFragment('"chạy thành tích", "chạy khen thưởng"')).toBe('"chạy thành tích", "chạy khen thưởng"');
    expect(quoteFragment('…thờ ơ, vô cảm')).toBe('“…thờ ơ, vô cảm”');
  });
});

describe('handbook parts', () => {
  it('labels a part', () => {
    expect(handbookPartLabel({ part: 3, title: 'Giám sát' })).toBe('Phần 3: Giám sát');
  });

  it('orders the parts 1, 2, 3', () => {
    const entries = [3, 1, 2].map((part) => ({ data: { part: part as 1 | 2 | 3, title: `P${part}` } }));
    expect(sortHandbookParts(entries).map((e) => e.data.part)).toEqual([1, 2, 3]);
  });
});
