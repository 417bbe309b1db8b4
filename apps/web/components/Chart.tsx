import { nice, ticks } from 'd3-array';

export interface Series {
  label: string;
  points: { x: number; y: number }[];
  color?: string;
  dashed?: boolean;
  /** Draw as steps (no interpolation), e.g. charge along a route. */
  step?: boolean;
}

interface Props {
  title: string;
  series: Series[];
  xLabel: string;
  yLabel: string;
  xFormat?: (x: number) => string;
  yFormat?: (y: number) => string;
  yMin?: number;
  /** A vertical marker, e.g. the chosen speed. */
  markX?: number;
  height?: number;
}

/** Axis labels and table cells default to whole numbers. */
const whole = (n: number) => n.toFixed(0);

/**
 * A linear scale on a domain widened to round numbers, with round ticks: d3-array's `nice` and `ticks`, the
 * same ones d3-scale's linear scale uses, without d3-scale's time and colour code (a 13 kB smaller page).
 */
function linear([lo, hi]: [number, number], [r0, r1]: [number, number]) {
  const [d0, d1] = nice(lo, hi, 10);
  const at = (v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
  return Object.assign(at, { ticks: (count: number) => ticks(d0, d1, count) });
}

const COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'];

/**
 * A line chart in SVG with d3's round domains and ticks. The numbers are also in a data table for screen
 * readers and for anyone who prefers them.
 */
export function Chart({
  title,
  series,
  xLabel,
  yLabel,
  xFormat = whole,
  yFormat = whole,
  yMin = 0,
  markX,
  height = 240,
}: Props) {
  const width = 520;
  const m = { top: 12, right: 18, bottom: 48, left: 64 };
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return null;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const x = linear([Math.min(...xs), Math.max(...xs)], [m.left, width - m.right]);
  const y = linear([Math.min(yMin, ...ys), Math.max(...ys) * 1.05], [height - m.bottom, m.top]);
  const path = (s: Series) =>
    s.points
      .map((p, i) => {
        if (i === 0) return `M${x(p.x)},${y(p.y)}`;
        return s.step ? `H${x(p.x)}V${y(p.y)}` : `L${x(p.x)},${y(p.y)}`;
      })
      .join('');
  const summary = series
    .map(
      (s) =>
        `${s.label}: ${yFormat(s.points[0]!.y)} at ${xFormat(s.points[0]!.x)} to ${yFormat(s.points.at(-1)!.y)} at ${xFormat(s.points.at(-1)!.x)}`,
    )
    .join('; ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${summary}`}>
        <g className="grid">
          {y.ticks(5).map((t) => (
            <line key={t} x1={m.left} x2={width - m.right} y1={y(t)} y2={y(t)} />
          ))}
        </g>
        <g className="axis">
          {x.ticks(6).map((t) => (
            <text key={t} x={x(t)} y={height - m.bottom + 16} textAnchor="middle">
              {xFormat(t)}
            </text>
          ))}
          {y.ticks(5).map((t) => (
            <text key={t} x={m.left - 6} y={y(t) + 4} textAnchor="end">
              {yFormat(t)}
            </text>
          ))}
          <text x={(m.left + width - m.right) / 2} y={height - 6} textAnchor="middle">
            {xLabel}
          </text>
          <text
            transform={`translate(12 ${(height - m.bottom + m.top) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {yLabel}
          </text>
        </g>
        {markX !== undefined ? (
          <line
            x1={x(markX)}
            x2={x(markX)}
            y1={m.top}
            y2={height - m.bottom}
            stroke="var(--fg-soft)"
            strokeDasharray="4 4"
          />
        ) : null}
        {series.map((s, i) => (
          <path
            key={s.label}
            d={path(s)}
            fill="none"
            stroke={s.color ?? COLORS[i % COLORS.length]}
            strokeWidth={2.5}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            strokeLinejoin="round"
          />
        ))}
      </svg>
      {series.length > 1 ? (
        <div className="legend" aria-hidden="true">
          {series.map((s, i) => (
            <span key={s.label}>
              <i style={{ background: s.color ?? COLORS[i % COLORS.length] }} />
              {s.label}
            </span>
          ))}
        </div>
      ) : null}
      <details>
        <summary>Data table</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{xLabel}</th>
                {series.map((s) => (
                  <th scope="col" key={s.label} className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series[0]!.points.map((p, i) => (
                <tr key={`${p.x}-${i}`}>
                  <td>{xFormat(p.x)}</td>
                  {series.map((s) => (
                    <td key={s.label} className="num">
                      {s.points[i] ? yFormat(s.points[i]!.y) : '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
