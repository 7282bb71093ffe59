import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { Locale } from '../../i18n/format';
import { formatIndex } from '../../shared/format-index';

/**
 * The home page's charts, in their own chunk (home-page.tsx loads this file lazily, so other
 * pages do not download recharts). Each chart is an image with a label; the panel beside it
 * shows the same numbers as a table, which is the chart's text alternative.
 */
interface Bar {
  label: string;
  value: number;
}

/** Agency names shortened for the axis; the table beside the chart has them whole. */
function shorten(name: string, max = 24) {
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}

/** Horizontal bars, one per agency: long names read better down the side than along the bottom. */
export function AgencyBarChart({ bars, label, unit = '', max }: { bars: Bar[]; label: string; unit?: string; max?: number }) {
  return (
    <div role="img" aria-label={label} data-testid="home-chart">
      <BarChart
        h={Math.max(120, bars.length * 30 + 40)}
        data={bars.map((b) => ({ ...b, label: shorten(b.label) }))}
        dataKey="label"
        orientation="vertical"
        series={[{ name: 'value', label, color: 'blue.7' }]}
        valueFormatter={(v) => `${v}${unit}`}
        withTooltip={false}
        withBarValueLabel
        yAxisProps={{ width: 150, tick: { fontSize: 10 }, interval: 0 }}
        xAxisProps={{ domain: [0, max ?? 'auto'] }}
        gridAxis="x"
      />
    </div>
  );
}

/** The SPBE index per year on its 0–5 scale. */
export function IndexBarChart({ bars, label, locale }: { bars: Bar[]; label: string; locale: Locale }) {
  return (
    <div role="img" aria-label={label} data-testid="home-chart">
      <BarChart
        h={180}
        data={bars}
        dataKey="label"
        series={[{ name: 'value', label, color: 'blue.7' }]}
        withTooltip={false}
        withBarValueLabel
        valueFormatter={(v) => formatIndex(v, locale)}
        yAxisProps={{ domain: [0, 5] }}
        gridAxis="y"
      />
    </div>
  );
}
