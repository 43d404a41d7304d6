// The charts of the statistics pages: Chart.js, loaded on these pages only
// (StatisticsView imports this module lazily), so the booking wizard's bundle
// never carries it. Only what a bar chart needs is registered, which keeps the
// chunk small.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  /** null: hidden by the small-count rule, not drawn */
  values: (number | null)[];
  color: string;
}

interface Props {
  /** What the chart shows, read out instead of the drawing; the table beside it has the figures. */
  title: string;
  labels: string[];
  series: BarSeries[];
}

/** Horizontal stacked bars, one per row of the table beside it. */
export default function BarChart({ title, labels, series }: Props) {
  const height = Math.max(160, 48 + labels.length * 28);
  return (
    <div className="statistics-chart" style={{ height }}>
      <Bar
        role="img"
        aria-label={title}
        data={{ labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color })) }}
        options={{
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
          plugins: { legend: { position: 'bottom' } },
        }}
      />
    </div>
  );
}
