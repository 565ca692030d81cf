import { describe, expect, it } from 'vitest';
import { barChartLayout } from '../../src/lib/chart.ts';
import { formatNumber, formatPercent } from '../../src/lib/numbers.ts';

const datum = (label: string, value: number) => ({ label, value, valueText: String(value) });

describe('barChartLayout', () => {
  it('gives the largest value the longest bar and the others bars in proportion', () => {
    const { bars } = barChartLayout([datum('a', 116), datum('b', 58), datum('c', 29)], { maxWidthPercent: 80 });
    expect(bars.map((bar) => bar.widthPercent)).toEqual([80, 40, 20]);
  });

  it('draws a zero value as no bar, and an all-zero chart without dividing by zero', () => {
    expect(barChartLayout([datum('a', 10), datum('b', 0)]).bars[1]!.widthPercent).toBe(0);
    expect(barChartLayout([datum('a', 0), datum('b', 0)]).bars.map((bar) => bar.widthPercent)).toEqual([0, 0]);
  });

  it('stacks rows without overlap: each label above its own bar, each row below the last', () => {
    const layout = barChartLayout([datum('a', 1), datum('b', 2), datum('c', 3)], { labelHeight: 20, barHeight: 10, gap: 5 });
    for (const [index, bar] of layout.bars.entries()) {
      expect(bar.labelY).toBeLessThanOrEqual(bar.barY);
      expect(bar.valueY).toBeGreaterThan(bar.barY);
      expect(bar.valueY).toBeLessThanOrEqual(bar.barY + layout.barHeight);
      const next = layout.bars[index + 1];
      if (next) expect(next.labelY - 20 + 6).toBeGreaterThanOrEqual(bar.barY + layout.barHeight);
    }
    const last = layout.bars.at(-1)!;
    expect(layout.height).toBe(last.barY + layout.barHeight);
  });

  it('keeps the values it was given, for the text alternative', () => {
    const { bars } = barChartLayout([{ label: 'Hài lòng', value: 99.51, valueText: '99,51%' }]);
    expect(bars[0]).toMatchObject({ label: 'Hài lòng', value: 99.51, valueText: '99,51%' });
  });

  it('refuses what a bar cannot show', () => {
    expect(() => barChartLayout([])).toThrow(/at least one bar/);
    expect(() => barChartLayout([datum('a', -1)])).toThrow(/"a"/);
    expect(() => barChartLayout([datum('a', Number.NaN)])).toThrow();
  });
});

describe('Vietnamese number style', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(7178)).toBe('7.178');
    expect(formatNumber(12926)).toBe('12.926');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(443)).toBe('443');
  });

  it('writes decimals with a comma and the percent sign after', () => {
    expect(formatPercent(1.83)).toBe('1,83%');
    expect(formatPercent(0.4)).toBe('0,40%');
    expect(formatPercent(99.51)).toBe('99,51%');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
  });

  it('signs a negative number and never prints "-0"', () => {
    expect(formatNumber(-1500)).toBe('−1.500');
    expect(formatNumber(-0.001, 2)).toBe('0,00');
  });
});
