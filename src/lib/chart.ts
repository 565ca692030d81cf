// Geometry of a horizontal bar chart drawn at build time as inline SVG.
// Each row is a label line above its bar, so long Vietnamese labels fit a narrow phone;
// bar lengths are percentages of the chart's width, so the chart needs no scaling and its text stays readable.

export interface BarDatum {
  label: string;
  value: number;
  /** The value as readers see it, e.g. "1,83%". */
  valueText: string;
}

export interface BarLayout extends BarDatum {
  /** Baseline of the label text, in px from the top. */
  labelY: number;
  barY: number;
  /** Bar length as a percentage of the chart's width; 0 for a zero value. */
  widthPercent: number;
  /** Baseline of the value text, drawn just after the bar's end. */
  valueY: number;
}

export interface ChartLayout {
  height: number;
  barHeight: number;
  bars: BarLayout[];
}

export interface ChartOptions {
  /** Longest bar, in percent of the width; the rest leaves room for the value text. */
  maxWidthPercent?: number;
  labelHeight?: number;
  barHeight?: number;
  gap?: number;
}

export function barChartLayout(data: readonly BarDatum[], options: ChartOptions = {}): ChartLayout {
  const { maxWidthPercent = 70, labelHeight = 24, barHeight = 22, gap = 16 } = options;
  if (data.length === 0) throw new Error('A chart needs at least one bar');
  for (const datum of data) {
    if (!Number.isFinite(datum.value) || datum.value < 0) throw new Error(`Bar "${datum.label}" has value ${datum.value}; only zero or more can be drawn`);
  }
  const max = Math.max(...data.map((datum) => datum.value));
  const rowHeight = labelHeight + barHeight + gap;
  const bars = data.map((datum, index) => {
    const top = index * rowHeight;
    const barY = top + labelHeight;
    return {
      ...datum,
      labelY: top + labelHeight - 6,
      barY,
      widthPercent: max === 0 ? 0 : Math.round((datum.value / max) * maxWidthPercent * 100) / 100,
      valueY: barY + barHeight - 5,
    };
  });
  return { height: data.length * rowHeight - gap, barHeight, bars };
}
