import type { MeetingResponse } from '@coachboard/api/domain';
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
import { useId } from 'react';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  heading: { margin: 0 },
  bar: { fill: tokens.colorBrandBackground },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  chart: { width: '100%', height: 'auto' },
});

const WIDTH = 400;
const HEIGHT = 160;
const TOP = 20;
const BOTTOM = 24;

/** Props of {@link SellingRatioChart}. */
export interface SellingRatioChartProps {
  /** Ended meetings with a summary, oldest first. */
  meetings: MeetingResponse[];
}

/** The actual selling-time ratio of the last meetings: a bar chart and the same data as a table. */
export function SellingRatioChart({ meetings }: SellingRatioChartProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const rows = meetings.flatMap((m) =>
    m.summary
      ? [
          {
            id: m.id,
            date: intl.formatDate(m.scheduledStart, { dateStyle: 'medium' }),
            ratio: m.summary.actualSellingRatio,
          },
        ]
      : [],
  );
  if (rows.length === 0) return null;
  const slot = WIDTH / rows.length;
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.chart.heading' })}
      </Text>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart} aria-hidden="true" focusable="false">
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className={styles.axis} />
        {rows.map((row, i) => {
          const h = Math.max(1, row.ratio * plot);
          const x = i * slot + slot * 0.2;
          return (
            <g key={row.id}>
              <rect x={x} y={HEIGHT - BOTTOM - h} width={slot * 0.6} height={h} className={styles.bar} />
              <text x={x + slot * 0.3} y={HEIGHT - BOTTOM - h - 4} textAnchor="middle" className={styles.label}>
                {`${Math.round(row.ratio * 100)}%`}
              </text>
              <text x={x + slot * 0.3} y={HEIGHT - 6} textAnchor="middle" className={styles.label}>
                {row.date}
              </text>
            </g>
          );
        })}
      </svg>
      <Table size="extra-small" aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{intl.formatMessage({ id: 'meetings.chart.date' })}</TableHeaderCell>
            <TableHeaderCell>{intl.formatMessage({ id: 'meetings.chart.ratio' })}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell>{row.date}</TableCell>
              <TableCell>{`${Math.round(row.ratio * 100)}%`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
