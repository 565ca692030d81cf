import { describe, expect, it } from 'vitest';
import {
  columnFeedPath,
  columnPath,
  columnYearAnchor,
  documentPath,
  handbookManifestationPath,
  handbookPartPath,
  issuePath,
  manifestationPath,
  paths,
  searchPath,
  selfCheckManifestationPath,
} from '../../src/lib/paths.ts';

// The expected values are design.md's route table, written out: the contract links and bookmarks rely on.
describe('the paths module', () => {
  it('gives the fixed pages the addresses of design.md', () => {
    expect(paths).toEqual({
      home: '/',
      resolution: '/nghi-quyet/',
      library: '/van-ban/',
      handbook: '/cam-nang/',
      handbookPrint: '/cam-nang/ban-in/',
      selfCheck: '/tu-kiem-tra/',
      search: '/tim-kiem/',
      results: '/ket-qua/',
      privacy: '/rieng-tu/',
      privacyTechnical: '/rieng-tu/ky-thuat/',
      aboutContent: '/ve-noi-dung/',
      tally: '/kiem-phieu/',
      tallyBallot: '/kiem-phieu/phieu/',
      notFound: '/404.html',
    });
  });

  it('addresses manifestation N on the resolution page, in handbook part 1 and in the self-check', () => {
    expect(manifestationPath(7)).toBe('/nghi-quyet/#bieu-hien-7');
    expect(handbookManifestationPath(27)).toBe('/cam-nang/phan-1/#bieu-hien-27');
    expect(selfCheckManifestationPath(1)).toBe('/tu-kiem-tra/#bieu-hien-1');
  });

  it('addresses documents, handbook parts, columns, issues and feeds', () => {
    expect(documentPath('quyet-dinh-99-qd-tw')).toBe('/van-ban/quyet-dinh-99-qd-tw/');
    expect(handbookPartPath(2)).toBe('/cam-nang/phan-2/');
    expect(columnPath('di-tich')).toBe('/chuyen-muc/di-tich/');
    expect(columnFeedPath('guong-sang')).toBe('/chuyen-muc/guong-sang/rss.xml');
    expect(issuePath('di-tich', 'so-01-dia-dao-phu-tho-hoa')).toBe('/chuyen-muc/di-tich/so-01-dia-dao-phu-tho-hoa/');
    expect(columnYearAnchor(2026)).toBe('nam-2026');
  });

  it('puts a search query into the address encoded, diacritics and symbols included', () => {
    expect(searchPath('đảng viên')).toBe('/tim-kiem/?q=%C4%91%E1%BA%A3ng+vi%C3%AAn');
    expect(new URL(searchPath('99-QĐ/TW & 1'), 'https://x.vn').searchParams.get('q')).toBe('99-QĐ/TW & 1');
  });
});
