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
  it('follow only the words that hold đ, which Pagefind does not fold itself', () => {
    expect(addFoldTwins('Mỗi đảng viên, Đảng bộ quận')).toBe('Mỗi đảng ^~dang viên, Đảng ^~dang bộ quận');
    expect(addFoldTwins('Phai nhạt lý tưởng')).toBe('Phai nhạt lý tưởng');
  });

  it('keep the line breaks and spacing of the text', () => {
    expect(addFoldTwins('  đi\n  về ')).toBe('  đi ^~di\n  về ');
  });

  it('are removed again from excerpts, the highlight moving to the original word', () => {
    const excerpt = 'Mỗi đảng <mark>^~dang</mark> <mark>viên</mark> phải rèn luyện, đạo. ^~dao.';
    expect(stripFoldTwins(excerpt)).toBe('Mỗi <mark>đảng</mark> <mark>viên</mark> phải rèn luyện, đạo.');
  });

  it('keep the full stop Pagefind adds after a heading whose last word has a twin', () => {
    expect(stripFoldTwins('Địa ^~dia <mark>đạo</mark> <mark>^~dao.</mark> Mỗi')).toBe('Địa <mark>đạo.</mark> Mỗi');
    expect(stripFoldTwins('Địa đạo ^~dao. Mỗi')).toBe('Địa đạo. Mỗi');
  });

  it('are removed from titles, and an excerpt cut just after a word keeps that word unmarked twice', () => {
    expect(stripFoldTwins('Đảng ^~dang viên gương mẫu')).toBe('Đảng viên gương mẫu');
    expect(stripFoldTwins('<mark>^~dang</mark> viên')).toBe('viên');
    expect(stripFoldTwins('<mark>Đảng</mark> <mark>^~dang</mark> bộ')).toBe('<mark>Đảng</mark> bộ');
  });
});
