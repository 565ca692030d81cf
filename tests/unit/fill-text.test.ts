import { describe, expect, it } from 'vitest';
import { fillText } from '../../src/lib/fill-text.ts';
import { periodLabel, selfCheckPageTexts } from '../../src/ui/self-check-text.ts';

describe('fillText', () => {
  it('puts each value in its numbered place, in any order and more than once', () => {
    expect(fillText('Đã trả lời {1} trên {2} nội dung.', 15, 81)).toBe('Đã trả lời 15 trên 81 nội dung.');
    expect(fillText('{2} sau {1}, lại {2}', 'a', 'b')).toBe('b sau a, lại b');
  });

  it('leaves a place without a value as it is, so a missing value shows instead of vanishing', () => {
    expect(fillText('Bắt đầu ngày {1}, sửa lần cuối ngày {2}.', '01/01/2027')).toBe('Bắt đầu ngày 01/01/2027, sửa lần cuối ngày {2}.');
  });
});

describe("the self-check's page texts", () => {
  const texts = selfCheckPageTexts();

  it('give the same period names as the rest of the site', () => {
    for (const period of [{ year: 2027 }, { year: 2027, half: 1 as const }, { year: 2027, half: 2 as const }]) {
      expect(fillText(texts[`period-${period.half ?? 0}`], period.year)).toBe(periodLabel(period));
    }
  });

  it('say what an import restores and what it would replace, with every count in its place', () => {
    expect(fillText(texts.imported, 15, 1, 2, 'sao-luu.json')).toBe('Đã khôi phục 15 câu trả lời và 1 ghi chú (2 lượt) từ tệp sao-luu.json.');
    expect(fillText(texts['import-question'], 3, 0, 1, 'tep.json', 15, 1, 2)).toBe(
      'Trên trình duyệt này đang có 3 câu trả lời và 0 ghi chú (1 lượt). Khôi phục từ tệp tep.json sẽ thay thế toàn bộ số đó bằng 15 câu trả lời và 1 ghi chú (2 lượt) của tệp. Đồng chí có muốn thay thế không?',
    );
  });

  it('are Vietnamese in NFC, with no place left unnumbered', () => {
    for (const [key, text] of Object.entries(texts)) {
      expect(text, key).toBe(text.normalize('NFC'));
      expect(text.replace(/\{\d\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });
});
