import { describe, expect, it } from 'vitest';
import { normalizeQuery, readSearchState, sameSearchState, searchableWhileTyping, writeSearchState, yearInQuery } from '../../src/lib/search/query.ts';

describe('search state in the address', () => {
  it('round-trips query, kind and year', () => {
    const state = { query: 'đảng viên', kind: 'Quyết định', year: '2017' };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('reads what the header form sends', () => {
    expect(readSearchState('?q=dang+vien')).toEqual({ query: 'dang vien' });
  });

  it('ignores a year that is not a year and writes nothing for an empty search', () => {
    expect(readSearchState('?q=x&nam=abc')).toEqual({ query: 'x' });
    expect(writeSearchState({ query: '  ' })).toBe('');
  });

  it('treats queries that differ only in spacing or Unicode form as the same', () => {
    expect(normalizeQuery('  đảng \n viên ')).toBe('đảng viên');
    expect(normalizeQuery('viên'.normalize('NFD'))).toBe('viên');
    expect(sameSearchState({ query: 'a  b' }, { query: 'a b' })).toBe(true);
    expect(sameSearchState({ query: 'a', kind: 'Quy định' }, { query: 'a' })).toBe(false);
  });

  it('removes invisible characters: a zero-width space, joiner, soft hyphen or BOM inside "Đảng viên" changes nothing', () => {
    expect(normalizeQuery('Đả\u200Bng vi\u200Dên')).toBe('Đảng viên');
    expect(normalizeQuery('\uFEFFĐảng\u00AD viên\u2060')).toBe('Đảng viên');
    expect(normalizeQuery('đảng\u0000\u0007 viên')).toBe('đảng viên');
    expect(normalizeQuery('đảng\tviên')).toBe('đảng viên');
  });

  it('removes a BOM, a direction mark or a word joiner inside a word rather than splitting it', () => {
    expect(normalizeQuery('Đả\uFEFFng vi\u200Eên')).toBe('Đảng viên');
    expect(normalizeQuery('\u202Bđảng\u202C vi\u2060ên\u200F')).toBe('đảng viên');
  });

  it('makes any odd spacing one space: no-break, ideographic, thin, figure spaces, line separators', () => {
    expect(normalizeQuery('đảng\u00A0viên\u3000quận\u2009Tân\u2007Phú\u2028x')).toBe('đảng viên quận Tân Phú x');
  });

  it('reads full-width digits and letters as the usual ones', () => {
    expect(normalizeQuery('ＱĐ １２４')).toBe('QĐ 124');
  });

  it('keeps at most 200 characters, never half a character, and writes only that into the address', () => {
    const long = 'đảng viên '.repeat(1000);
    expect(Array.from(normalizeQuery(long)).length).toBeLessThanOrEqual(200);
    expect(normalizeQuery('😀'.repeat(300))).toBe('😀'.repeat(200));
    const address = writeSearchState({ query: long });
    expect(new URLSearchParams(address).get('q')).toBe(normalizeQuery(long));
    expect(readSearchState(`?q=${encodeURIComponent('x'.repeat(10_000))}`).query).toBe('x'.repeat(200));
    expect(readSearchState(`?q=${encodeURIComponent('Đả\u200Bng')}`).query).toBe('Đảng');
  });
});

describe('searching while the reader types', () => {
  it('waits while the last word is a single letter, which would match every word starting with it', () => {
    for (const typed of ['d', 'Đ', 'dang v', 'kê khai tài s', 'QĐ 9', 'đảng viên ​v']) expect(searchableWhileTyping(typed), typed).toBe(false);
  });

  it('searches two letters on, a number, and an emptied box (which clears the results)', () => {
    for (const typed of ['di', 'dang vi', 'QĐ 99', 'nêu gương ', '', '   ']) expect(searchableWhileTyping(typed), typed).toBe(true);
  });
});

describe('a year typed beside other words', () => {
  it('is read apart from them', () => {
    expect(yearInQuery('quy định 2017')).toEqual({ year: '2017', rest: 'quy định' });
    expect(yearInQuery('2018  ke hoach')).toEqual({ year: '2018', rest: 'ke hoach' });
  });

  it('is no year alone, out of range, or inside another number', () => {
    expect(yearInQuery('2017')).toBeNull();
    expect(yearInQuery('quy định 1374')).toBeNull();
    expect(yearInQuery('ngày 03/10/2017')).toBeNull();
  });
});
