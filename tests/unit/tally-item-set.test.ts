// Whose items a ballot carries: a reference form with no committee heading while they are the Ban biên tập's.
import { describe, expect, it } from 'vitest';
import { itemSetHeading, itemSetNote } from '../../src/islands/tally/text.ts';
import { siteConfig } from '../../src/site.config.ts';

describe('item set status', () => {
  it('says "mẫu tham khảo" and gives no heading while the items are the editors’ (the default)', () => {
    expect(siteConfig.itemSet).toEqual({ setBy: 'editors' });
    expect(itemSetHeading(siteConfig.itemSet, 'Đảng bộ quận Tân Phú')).toBeUndefined();
    expect(itemSetNote(siteConfig.itemSet, 'Quận ủy Tân Phú')).toMatch(/^Mẫu tham khảo, .*Ban biên tập.*không phải mẫu phiếu do cấp ủy ban hành\.$/);
  });

  it('carries the committee’s name and document once the committee adopts a set', () => {
    const adopted = { setBy: 'committee', document: 'Số 01-HD/QU', date: '01/01/2027' } as const;
    expect(itemSetHeading(adopted, 'Đảng bộ quận Tân Phú')).toBe('Đảng bộ quận Tân Phú');
    expect(itemSetNote(adopted, 'Quận ủy Tân Phú')).toBe('Bộ nội dung khảo sát do Quận ủy Tân Phú ban hành theo văn bản Số 01-HD/QU, ngày 01/01/2027.');
  });
});
