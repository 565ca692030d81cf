import { describe, expect, it } from 'vitest';
import { normalizeQuery, readSearchState, sameSearchState, writeSearchState } from '../../src/lib/search/query.ts';

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
});
