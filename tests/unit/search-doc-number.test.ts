import { describe, expect, it } from 'vitest';
import { dateKey, documentNumberKeys, documentNumberQueryKey, parseDocumentNumber } from '../../src/lib/search/doc-number.ts';

describe('official document numbers', () => {
  it('are read into serial, type code and issuer', () => {
    expect(parseDocumentNumber('99-QĐ/TW')).toEqual({ serial: '99', code: 'qd', issuer: 'tw' });
    expect(parseDocumentNumber('08-QĐi/TW')).toEqual({ serial: '8', code: 'qdi', issuer: 'tw' });
    expect(parseDocumentNumber('02-PA/BCĐ')).toEqual({ serial: '2', code: 'pa', issuer: 'bcd' });
    expect(parseDocumentNumber('chưa cập nhật')).toBeNull();
  });

  it('are also read in the State style, number first and the issuer after a hyphen', () => {
    expect(parseDocumentNumber('15/KH-UBND')).toEqual({ serial: '15', code: 'kh', issuer: 'ubnd' });
    expect(documentNumberKeys('15/KH-UBND', 'Kế hoạch')).toContain(documentNumberQueryKey('15-KH/UBND'));
  });

  it('stop the build when a number cannot be read, rather than leave the document out of number search', () => {
    expect(() => documentNumberKeys('số mười lăm', 'Công văn')).toThrow(/cannot read the document number "số mười lăm"/);
  });
});

describe('a query naming a document by its number', () => {
  const keysOf99 = documentNumberKeys('99-QĐ/TW', 'Quyết định');

  it.each(['99-QĐ/TW', '99-QD/TW', '99/QĐ-TW', '99 qd tw', 'số 99-QĐ/TW', '99QĐ/TW', ' 99-qđ/tw '])('finds the full key for "%s"', (query) => {
    expect(keysOf99).toContain(documentNumberQueryKey(query));
    expect(documentNumberQueryKey(query)).toBe(keysOf99[0]);
  });

  it.each(['QĐ 99', 'QD99', 'qđ số 99', '99 QĐ', 'QĐ-99'])('finds the number-and-code key for "%s"', (query) => {
    expect(keysOf99).toContain(documentNumberQueryKey(query));
  });

  it.each(['quyet dinh 99', 'Quyết định 99', 'quyết định số 99', '99 quyết định'])('finds the number-and-kind key for "%s"', (query) => {
    expect(keysOf99).toContain(documentNumberQueryKey(query));
  });

  it('reads a leading zero and the QĐi code of the Central Committee', () => {
    const keys = documentNumberKeys('08-QĐi/TW', 'Quy định');
    expect(keys).toContain(documentNumberQueryKey('08-QĐi/TW'));
    expect(keys).toContain(documentNumberQueryKey('quy dinh 8'));
    expect(keys).toContain(documentNumberQueryKey('QĐi 08'));
    expect(documentNumberKeys('04-NQ/TW', 'Nghị quyết')).toContain(documentNumberQueryKey('nghị quyết 04'));
  });

  it('reads a number and kind followed by other words: "Quy định 124 của Ban Bí thư"', () => {
    expect(documentNumberKeys('124-QĐ/TW', 'Quy định')).toContain(documentNumberQueryKey('Quy định 124 của Ban Bí thư'));
  });

  it('tells "quyết định 124" from "quy định 124"', () => {
    const rule = documentNumberKeys('124-QĐ/TW', 'Quy định');
    expect(rule).toContain(documentNumberQueryKey('quy định 124'));
    expect(rule).not.toContain(documentNumberQueryKey('quyết định 124'));
  });

  it('does not read ordinary words as a document number', () => {
    expect(documentNumberQueryKey('dang vien')).toBeNull();
    expect(documentNumberQueryKey('27 biểu hiện')).toBeNull();
    expect(documentNumberQueryKey('124 của Ban Bí thư')).toBeNull();
    expect(documentNumberQueryKey('khu phố 5')).toBeNull();
    expect(documentNumberQueryKey('99 người')).toBeNull();
  });

  it.each(['QĐ-TW 99', 'QĐ/TW 99', 'qd tw 99', 'QĐ-TW số 99', 'qđ-tw: 99'])('reads the symbol written before the serial: "%s"', (query) => {
    expect(documentNumberQueryKey(query)).toBe(keysOf99[0]);
  });

  it('reads "QĐ số 99" as code and serial, not "số" as an issuer', () => {
    expect(documentNumberQueryKey('QĐ số 99')).toBe(documentNumberQueryKey('QĐ 99'));
  });

  it.each(['99', 'số 99', 'so 99', 'Số: 99', ' 099 '])('reads a bare serial, which every document numbered 99 carries: "%s"', (query) => {
    expect(keysOf99).toContain(documentNumberQueryKey(query));
    expect(documentNumberKeys('99/KH-UBND', 'Kế hoạch')).toContain(documentNumberQueryKey(query));
  });

  it('gives a bare serial a key no other serial starts with, as Pagefind matches the start of a word', () => {
    const key = documentNumberQueryKey('9')!;
    for (const other of [...keysOf99, ...documentNumberKeys('90-QĐ/TW', 'Quyết định'), ...documentNumberKeys('9-QĐ/TW', 'Quy định')]) {
      if (other.startsWith(key)) expect(other).toBe(key);
    }
    expect(documentNumberKeys('08-QĐi/TW', 'Quy định')).toContain(documentNumberQueryKey('8'));
    expect(documentNumberKeys('04-NQ/TW', 'Nghị quyết')).toContain(documentNumberQueryKey('04'));
  });
});

describe('a query that is a date', () => {
  it.each(['03/10/2017', '3/10/2017', 'ngày 03-10-2017', 'ngay 3.10.2017'])('finds the pages of that day: "%s"', (query) => {
    expect(documentNumberQueryKey(query)).toBe(dateKey('2017-10-03'));
  });

  it('is not read from a date among other words or in another shape', () => {
    expect(documentNumberQueryKey('quyết định ngày 03/10/2017 của Ban Bí thư')).not.toBe(dateKey('2017-10-03'));
    expect(documentNumberQueryKey('03/10-2017')).not.toBe(dateKey('2017-10-03'));
  });
});
