import { useT } from '../i18n/i18n';

export const selfColor = '#8a9bb0';
export const finalColor = '#1c7ed6';

interface RadarProps {
  /** the chart's name for screen readers; the page shows the same numbers in a table */
  title: string;
  labels: string[];
  series: { values: number[]; color: string; name: string }[];
  size?: number;
}

/** Radar chart of the aspect indices on the 0–5 scale, in plain SVG (no chart library). */
export function RadarChart({ title, labels, series, size = 360 }: RadarProps) {
  const c = size / 2;
  const radius = size * 0.32;
  const point = (i: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / labels.length;
    const r = (radius * value) / 5;
    return [c + r * Math.cos(angle), c + r * Math.sin(angle)] as const;
  };
  const polygon = (values: number[]) => values.map((v, i) => point(i, v).join(',')).join(' ');
  return (
    <svg viewBox={`0 0 ${size} ${size}`} width="100%" style={{ maxWidth: size }} role="img" aria-label={title} data-testid="radar-chart">
      {[1, 2, 3, 4, 5].map((ring) => (
        <polygon key={ring} points={polygon(labels.map(() => ring))} fill="none" stroke="#d0d6dc" />
      ))}
      {labels.map((_, i) => {
        const [x, y] = point(i, 5);
        return <line key={i} x1={c} y1={c} x2={x} y2={y} stroke="#d0d6dc" />;
      })}
      {series.map((s) => (
        <polygon key={s.name} points={polygon(s.values)} fill={s.color} fillOpacity={0.15} stroke={s.color} strokeWidth={2} data-series={s.name} data-values={s.values.join(' ')} />
      ))}
      {labels.map((label, i) => {
        const [x, y] = point(i, 6.2);
        return (
          <text key={label} x={x} y={y} fontSize={10} textAnchor="middle" dominantBaseline="middle">
            {label}
          </text>
        );
      })}
    </svg>
  );
}

interface BarProps {
  /** the chart's name for screen readers; the page shows the same numbers in a table */
  title: string;
  items: { label: string; before: number | null; after: number | null }[];
  height?: number;
}

/** Paired bars per indicator: self-assessed level and the level after verification. */
export function BarChart({ title, items, height = 180 }: BarProps) {
  const slot = 16;
  const width = items.length * slot + 24;
  // 8 units of room above level 5 for its axis label
  const y = (v: number) => 8 + height - (height * v) / 5;
  return (
    <svg viewBox={`0 0 ${width} ${height + 24}`} width="100%" role="img" aria-label={title} data-testid="bar-chart">
      {[0, 1, 2, 3, 4, 5].map((level) => (
        <g key={level}>
          <line x1={20} x2={width} y1={y(level)} y2={y(level)} stroke="#eef0f2" />
          <text x={14} y={y(level) + 3} fontSize={8} textAnchor="end">
            {level}
          </text>
        </g>
      ))}
      {items.map((item, i) => {
        const x = 24 + i * slot;
        return (
          <g key={item.label}>
            {item.before !== null && <rect x={x} y={y(item.before)} width={6} height={y(0) - y(item.before)} fill={selfColor} />}
            {item.after !== null && <rect x={x + 6} y={y(item.after)} width={6} height={y(0) - y(item.after)} fill={finalColor} />}
            <text x={x + 6} y={height + 18} fontSize={7} textAnchor="middle">
              {item.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ChartLegend() {
  const t = useT();
  return (
    <svg width={320} height={16} role="img" aria-label={`${t('evaluations.pdf.legendSelf')}, ${t('evaluations.pdf.legendFinal')}`}>
      <rect x={0} y={3} width={10} height={10} fill={selfColor} />
      <text x={14} y={12} fontSize={11}>
        {t('evaluations.pdf.legendSelf')}
      </text>
      <rect x={160} y={3} width={10} height={10} fill={finalColor} />
      <text x={174} y={12} fontSize={11}>
        {t('evaluations.pdf.legendFinal')}
      </text>
    </svg>
  );
}
