import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '44rem', minWidth: 0 },
  heading: { margin: 0 },
  chart: { width: '100%', height: 'auto' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  s0: { fill: tokens.colorBrandBackground },
  s1: { fill: tokens.colorPaletteMarigoldBorderActive },
  s2: { fill: tokens.colorNeutralForeground3 },
  key: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  swatch: { width: '12px', height: '12px' },
  keyItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  cell: { whiteSpace: 'nowrap' },
});

/** One group of bars: a label and one value per series. */
export interface BarRow {
  label: string;
  values: number[];
}

const WIDTH = 480;
const LABEL = 150;
const BAR = 10;

/**
 * A horizontal bar chart in plain SVG (up to three series per row, each with its own colour and a
 * key in words), followed by `table`, the same data for screen readers and exact reading.
 */
export function BarChart({
  heading,
  rows,
  series,
  max,
  table,
}: {
  heading: string;
  rows: readonly BarRow[];
  series: readonly string[];
  max?: number;
  table: ReactNode;
}) {
  const styles = useStyles();
  const headingId = useId();
  const top = max ?? Math.max(1, ...rows.flatMap((r) => r.values));
  const group = series.length * (BAR + 2) + 8;
  const height = rows.length * group + 8;
  const fills = [styles.s0, styles.s1, styles.s2];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {series.length > 1 ? (
        <div className={styles.key} aria-hidden="true">
          {series.map((name, i) => (
            <span key={name} className={styles.keyItem}>
              <svg className={styles.swatch} viewBox="0 0 12 12">
                <rect width={12} height={12} className={fills[i]} />
              </svg>
              {name}
            </span>
          ))}
        </div>
      ) : null}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className={styles.chart} aria-hidden="true" focusable="false">
        <line x1={LABEL} x2={LABEL} y1={0} y2={height} className={styles.axis} />
        {rows.map((row, i) => (
          <g key={`${row.label}-${i}`}>
            <text x={LABEL - 6} y={i * group + group / 2 + 4} textAnchor="end" className={styles.label}>
              {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
            </text>
            {row.values.map((v, j) => (
              <rect
                key={j}
                x={LABEL}
                y={i * group + 4 + j * (BAR + 2)}
                width={Math.max(v > 0 ? 2 : 0, ((WIDTH - LABEL - 8) * v) / top)}
                height={BAR}
                className={fills[j]}
              />
            ))}
          </g>
        ))}
      </svg>
      <div className={styles.scroll}>{table}</div>
    </section>
  );
}

/** A compact table with a caption-less header row; cells are already formatted. */
export function DataTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={label}>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c}>{c}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={i}>
            {row.map((cell, j) => (
              <TableCell key={j} className={styles.cell}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
