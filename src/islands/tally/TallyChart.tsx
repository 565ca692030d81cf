// The same horizontal bar chart as /ket-qua/ (lib/chart.ts geometry), drawn on the page from the count.
import { barChartLayout, type BarDatum } from '../../lib/chart.ts';

export function TallyChart({ id, title, data }: { id: string; title: string; data: BarDatum[] }) {
  if (data.length === 0) return null;
  const layout = barChartLayout(data);
  const description = `Biểu đồ cột ngang. ${data.map((d) => `${d.label}: ${d.valueText}`).join('; ')}.`;
  return (
    <svg class="tally-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={layout.height} xmlns="http://www.w3.org/2000/svg">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.bars.map((bar) => (
        <g key={bar.label}>
          <text class="tally-chart__label" x="0" y={bar.labelY}>{bar.label}</text>
          <rect class="tally-chart__bar" x="0" y={bar.barY} width={`${bar.widthPercent}%`} height={layout.barHeight} />
          <text class="tally-chart__value" x={`${bar.widthPercent}%`} dx="6" y={bar.valueY}>{bar.valueText}</text>
        </g>
      ))}
    </svg>
  );
}
