import { describe, expect, it } from 'vitest';
import { formatEntry, parseEntry } from '../../src/lib/tally/entry.ts';

const ids = Array.from({ length: 27 }, (_, i) => ['a', 'b', 'c'].map((l) => `${i + 1}${l}`)).flat();

describe('typed ballot', () => {
  it('reads ids separated by spaces, commas, semicolons or +, in any case, and sorts them', () => {
    expect(parseEntry('14b 1a,3C; 2a+27c', ids, true)).toEqual({ ids: ['1a', '2a', '3c', '14b', '27c'], problems: [], none: false, empty: false });
  });

  it('reads "4ab" as 4a and 4b, "0" as a ballot with no "Có", and an empty field as empty', () => {
    expect(parseEntry('4ab 9c', ids, true).ids).toEqual(['4a', '4b', '9c']);
    expect(parseEntry(' 0 ', ids, true)).toMatchObject({ none: true, ids: [] });
    expect(parseEntry('   ', ids, true)).toMatchObject({ empty: true, ids: [], none: false });
  });

  it('names an unknown id, a duplicate and a bad format, in Vietnamese', () => {
    const parsed = parseEntry('28a 1a 1A 3d x2 ab', ids, true);
    expect(parsed.ids).toEqual(['1a']);
    expect(parsed.problems.map((p) => [p.kind, p.token])).toEqual([
      ['unknown', '28a'],
      ['duplicate', '1a'],
      ['unknown', '3d'],
      ['format', 'x2'],
      ['format', 'ab'],
    ]);
    expect(parsed.problems[0]!.message).toBe('Phiếu không có nội dung “28a” (chỉ có 1a đến 27c).');
    expect(parsed.problems[1]!.message).toBe('“1a” được gõ hai lần.');
    expect(parsed.problems[3]!.message).toBe('“x2” không đúng dạng mã nội dung: số thứ tự biểu hiện rồi chữ cái, ví dụ 14b.');
  });

  it('waits while the last number still lacks its letter, but not once the ballot is entered', () => {
    expect(parseEntry('1a 14', ids)).toMatchObject({ ids: ['1a'], problems: [], pending: '14' });
    expect(parseEntry('1a 14 ', ids).problems.map((p) => p.token)).toEqual(['14']);
    expect(parseEntry('1a 14', ids, true).problems.map((p) => p.kind)).toEqual(['format']);
  });

  it('writes a ballot back as it would be typed', () => {
    expect(formatEntry(['14b', '1a', '3c'])).toBe('1a 3c 14b');
    expect(formatEntry([])).toBe('0');
  });
});
