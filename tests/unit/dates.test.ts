import { describe, expect, it } from 'vitest';
import { formatVietnameseDate, fromIsoDate, parseVietnameseDate, toIsoDate } from '../../src/lib/dates.ts';

describe('Vietnamese dates', () => {
  it('reads dd/mm/yyyy', () => {
    expect(parseVietnameseDate('30/10/2016')).toEqual({ year: 2016, month: 10, day: 30 });
    expect(parseVietnameseDate('3/2/2018')).toEqual({ year: 2018, month: 2, day: 3 });
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(parseVietnameseDate('30/02/2017')).toBeNull();
    expect(parseVietnameseDate('29/02/2017')).toBeNull();
    expect(parseVietnameseDate('31/04/2018')).toBeNull();
    expect(parseVietnameseDate('10/13/2018')).toBeNull();
    expect(parseVietnameseDate('2017-10-25')).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseVietnameseDate('29/02/2020')).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it('round-trips through the ISO form and back to the reader form', () => {
    const date = parseVietnameseDate('3/10/2017')!;
    expect(toIsoDate(date)).toBe('2017-10-03');
    expect(formatVietnameseDate(fromIsoDate(toIsoDate(date)))).toBe('03/10/2017');
  });
});
