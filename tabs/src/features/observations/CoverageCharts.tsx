import type { Competency, CoverageResponse } from '@coachboard/api/domain';
import {
  makeStyles,
  mergeClasses,
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
import { formatDay, formatPercent } from './format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem', minWidth: 0 },
  heading: { margin: 0 },
  bar: { fill: tokens.colorBrandBackground },
  goal: { stroke: tokens.colorStatusWarningBorderActive, strokeWidth: 2, strokeDasharray: '6 4' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  chart: { width: '100%', height: 'auto' },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  cell: { whiteSpace: 'nowrap' },
  r1: { backgroundColor: tokens.colorPaletteRedBackground2 },
  r2: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  r3: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  r4: { backgroundColor: tokens.colorPaletteGreenBackground3 },
});

const WIDTH = 480;
const HEIGHT = 160;
const TOP = 16;
const BOTTOM = 24;

/** The weekly coverage of the last 12 weeks against the goal: bars, the goal as a line, and a table. */
export function CoverageTrendChart({ coverage }: { coverage: CoverageResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const goal = coverage.goalPercent / 100;
  const top = Math.max(goal * 1.25, ...coverage.weeks.map((w) => w.ratio));
  const plot = HEIGHT - TOP - BOTTOM;
  const slot = WIDTH / coverage.weeks.length;
  const y = (ratio: number): number => HEIGHT - BOTTOM - (top > 0 ? (ratio / top) * plot : 0);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'observations.trend.heading' })}
      </Text>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart} aria-hidden="true" focusable="false">
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className={styles.axis} />
        {coverage.weeks.map((week, i) => {
          const h = Math.max(week.minutes > 0 ? 2 : 0, HEIGHT - BOTTOM - y(week.ratio));
          const x = i * slot + slot * 0.2;
          return (
            <g key={week.weekStart}>
              <rect x={x} y={HEIGHT - BOTTOM - h} width={slot * 0.6} height={h} className={styles.bar} />
              {i % 3 === 0 || i === coverage.weeks.length - 1 ? (
                <text x={x + slot * 0.3} y={HEIGHT - 6} textAnchor="middle" className={styles.label}>
                  {intl.formatDate(`${week.weekStart}T12:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' })}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={0} x2={WIDTH} y1={y(goal)} y2={y(goal)} className={styles.goal} />
        <text x={WIDTH - 4} y={y(goal) - 4} textAnchor="end" className={styles.label}>
          {intl.formatMessage({ id: 'observations.trend.goal' }, { goal: coverage.goalPercent })}
        </text>
      </svg>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{intl.formatMessage({ id: 'observations.trend.week' })}</TableHeaderCell>
              <TableHeaderCell>{intl.formatMessage({ id: 'observations.trend.minutes' })}</TableHeaderCell>
              <TableHeaderCell>{intl.formatMessage({ id: 'observations.trend.coverage' })}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {coverage.weeks.map((week) => (
              <TableRow key={week.weekStart}>
                <TableCell className={styles.cell}>{formatDay(intl, week.weekStart)}</TableCell>
                <TableCell>{intl.formatNumber(week.minutes)}</TableCell>
                <TableCell>{formatPercent(intl, week.ratio)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

/** Props of {@link CompetencyHeatMap}. */
export interface CompetencyHeatMapProps {
  coverage: CoverageResponse;
  competencies: readonly Competency[];
}

/**
 * Reps by competency over the last 12 weeks: how often each was observed and the latest rating the
 * manager shared (coloured by rating, with the rating in words so colour is never the only cue).
 */
export function CompetencyHeatMap({ coverage, competencies }: CompetencyHeatMapProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const seen = new Set(coverage.heatMap.flatMap((row) => row.cells.map((c) => c.competency)));
  const columns = competencies.filter((c) => seen.has(c.key));
  if (columns.length === 0) return null;
  const names = new Map(coverage.reps.map((r) => [r.repId, r.name]));
  const tone = [styles.r1, styles.r2, styles.r3, styles.r4];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'observations.heatMap.heading' })}
      </Text>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{intl.formatMessage({ id: 'observations.heatMap.rep' })}</TableHeaderCell>
              {columns.map((c) => (
                <TableHeaderCell key={c.key}>{c.label}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {coverage.heatMap.map((row) => (
              <TableRow key={row.repId}>
                <TableCell className={styles.cell}>{names.get(row.repId) ?? ''}</TableCell>
                {columns.map((c) => {
                  const cell = row.cells.find((x) => x.competency === c.key);
                  const rating = cell?.rating ?? null;
                  return (
                    <TableCell key={c.key} className={mergeClasses(styles.cell, rating !== null && tone[rating - 1])}>
                      {cell
                        ? intl.formatMessage(
                            { id: rating === null ? 'observations.heatMap.seen' : 'observations.heatMap.rated' },
                            { count: cell.count, rating: rating ?? 0 },
                          )
                        : '–'}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
