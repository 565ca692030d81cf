import { describe, expect, it } from 'vitest';
import { addFoldTwins, foldForSearch, foldVietnamese, stripFoldTwins } from '../../src/lib/search/fold.ts';

describe('Vietnamese folding', () => {
  it('drops tone and vowel marks and turns đ into d, keeping case', () => {
    expect(foldVietnamese('Đảng viên')).toBe('Dang vien');
    expect(foldVietnamese('Địa đạo Phú Thọ Hòa')).toBe('Dia dao Phu Tho Hoa');
    expect(foldForSearch('QUYẾT ĐỊNH')).toBe('quyet dinh');
  });

  it('folds text typed in decomposed form the same as precomposed text', () => {
    expect(foldForSearch('đảng'.normalize('NFD'))).toBe(foldForSearch('đảng'));
  });
});

describe('folded twins', () => {
  it('are joined to the words that hold đ, which Pagefind does not fold itself, and to no other word', () => {
    expect(addFoldTwins('Mỗi đảng viên, Đảng bộ quận')).toBe('Mỗi đảng\u00AD^~dang~^ viên, Đảng\u00AD^~dang~^ bộ quận');
    expect(addFoldTwins('Phai nhạt lý tưởng')).toBe('Phai nhạt lý tưởng');
  });

  it('sit inside the punctuation around a word and hold only letters and digits', () => {
    expect(addFoldTwins('(Đảng),')).toBe('(Đảng\u00AD^~dang~^),');
    expect(addFoldTwins('“đạo đức”')).toBe('“đạo\u00AD^~dao~^ đức\u00AD^~duc~^”');
    expect(addFoldTwins('99-QĐ/TW:')).toBe('99-QĐ/TW\u00AD^~99qdtw~^:');
  });

  it('keep the line breaks and spacing of the text, non-breaking spaces included', () => {
    expect(addFoldTwins('  đi\n  về ')).toBe('  đi\u00AD^~di~^\n  về ');
    expect(addFoldTwins('Đảng&nbsp;bộ')).toBe('Đảng\u00AD^~dang~^&nbsp;bộ');
    expect(addFoldTwins('Đảng\u00A0bộ')).toBe('Đảng\u00AD^~dang~^\u00A0bộ');
  });

  it('are removed again from excerpts and titles, the highlight and punctuation staying on the original word', () => {
    expect(stripFoldTwins('Mỗi <mark>đảng\u00AD^~dang~^</mark> <mark>viên</mark>, Địa\u00AD^~dia~^ đạo\u00AD^~dao~^.')).toBe(
      'Mỗi <mark>đảng</mark> <mark>viên</mark>, Địa đạo.',
    );
    expect(stripFoldTwins('Số 99-QĐ/TW\u00AD^~99qdtw~^: Quyết định\u00AD^~dinh~^')).toBe('Số 99-QĐ/TW: Quyết định');
  });

  it('round-trip: stripping the twins gives back the original text', () => {
    const text = 'Đảng bộ quận Tân Phú (đảng viên), “Địa đạo” 02-PA/BCĐ; đ';
    expect(stripFoldTwins(addFoldTwins(text))).toBe(text);
  });
});
