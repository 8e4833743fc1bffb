import type { MyRoleplaysResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { formatRating } from './feedbackForm';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0 },
  chart: { display: 'block', width: '100%', maxWidth: '28rem', height: 'auto' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axis: { fill: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
  observers: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: 2 },
  observerPoint: { fill: tokens.colorBrandForeground1 },
  self: { fill: 'none', stroke: tokens.colorNeutralForeground1, strokeWidth: 2, strokeDasharray: '5 4' },
  selfPoint: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground1, strokeWidth: 2 },
  legend: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '24px', height: '10px' },
  table: { borderCollapse: 'collapse', width: '100%' },
  caption: { textAlign: 'start', paddingBlockEnd: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInlineEnd: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
});

/** Props of {@link CriterionTrend}. */
export interface CriterionTrendProps {
  series: MyRoleplaysResponse['criteria'][number];
  /** Scenario titles by role-play id, to name each point. */
  titles: ReadonlyMap<string, string>;
}

const WIDTH = 320;
const HEIGHT = 120;
const LEFT = 20;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 10;

const yOf = (rating: number) => TOP + ((4 - rating) / 3) * (HEIGHT - TOP - BOTTOM);

/** x of point `index` of `count`, evenly spaced; a single point sits in the middle. */
const xOf = (index: number, count: number) =>
  count <= 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + (index / (count - 1)) * (WIDTH - LEFT - RIGHT);

/**
 * One criterion over my role-plays, oldest first: my own rating (dashed, hollow squares) and the
 * observers' average (solid, dots) on the 1–4 scale, with the same numbers in a table for screen
 * readers and for reading exact values.
 */
export function CriterionTrend({ series, titles }: CriterionTrendProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { points } = series;
  const line = (pick: (p: (typeof points)[number]) => number | null) =>
    points
      .map((p, i) => ({ x: xOf(i, points.length), rating: pick(p) }))
      .filter((p): p is { x: number; rating: number } => p.rating !== null);
  const selfPoints = line((p) => p.selfRating);
  const observerPoints = line((p) => p.observerRating);
  const path = (pts: readonly { x: number; rating: number }[]) => pts.map((p) => `${p.x},${yOf(p.rating)}`).join(' ');
  const observerValue = (value: number | null) =>
    value === null
      ? intl.formatMessage({ id: 'roleplays.mine.notRated' })
      : intl.formatMessage(
          { id: 'roleplays.mine.observerValue' },
          { value: intl.formatNumber(value, { maximumFractionDigits: 1 }) },
        );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h4" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {series.label}
      </Text>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {[1, 2, 3, 4].map((rating) => (
          <g key={rating}>
            <line className={styles.grid} x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(rating)} y2={yOf(rating)} />
            <text className={styles.axis} x={LEFT - 8} y={yOf(rating) + 3} textAnchor="end">
              {rating}
            </text>
          </g>
        ))}
        {selfPoints.length > 1 ? <polyline className={styles.self} points={path(selfPoints)} /> : null}
        {observerPoints.length > 1 ? <polyline className={styles.observers} points={path(observerPoints)} /> : null}
        {observerPoints.map((p) => (
          <circle key={`o${p.x}`} className={styles.observerPoint} cx={p.x} cy={yOf(p.rating)} r={4} />
        ))}
        {selfPoints.map((p) => (
          <rect key={`s${p.x}`} className={styles.selfPoint} x={p.x - 4} y={yOf(p.rating) - 4} width={8} height={8} />
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.legendItem}>
          <svg className={styles.swatch} viewBox="0 0 24 10" focusable="false">
            <line className={styles.self} x1={0} x2={24} y1={5} y2={5} />
          </svg>
          <Text size={200}>{intl.formatMessage({ id: 'roleplays.mine.legend.self' })}</Text>
        </li>
        <li className={styles.legendItem}>
          <svg className={styles.swatch} viewBox="0 0 24 10" focusable="false">
            <line className={styles.observers} x1={0} x2={24} y1={5} y2={5} />
          </svg>
          <Text size={200}>{intl.formatMessage({ id: 'roleplays.mine.legend.observers' })}</Text>
        </li>
      </ul>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Text size={200}>
            {intl.formatMessage({ id: 'roleplays.mine.trendCaption' }, { criterion: series.label })}
          </Text>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              <Text size={200} weight="semibold">
                {intl.formatMessage({ id: 'roleplays.mine.col.roleplay' })}
              </Text>
            </th>
            <th scope="col" className={styles.cell}>
              <Text size={200} weight="semibold">
                {intl.formatMessage({ id: 'roleplays.mine.col.self' })}
              </Text>
            </th>
            <th scope="col" className={styles.cell}>
              <Text size={200} weight="semibold">
                {intl.formatMessage({ id: 'roleplays.mine.col.observers' })}
              </Text>
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.roleplayId}>
              <th scope="row" className={styles.cell}>
                <Text size={200} weight="regular">
                  {intl.formatMessage(
                    { id: 'roleplays.mine.point' },
                    {
                      date: intl.formatDate(p.playedAt, { dateStyle: 'medium' }),
                      title: titles.get(p.roleplayId) ?? '',
                    },
                  )}
                </Text>
              </th>
              <td className={styles.cell}>
                <Text size={200}>
                  {p.selfRating === null
                    ? intl.formatMessage({ id: 'roleplays.mine.notRated' })
                    : formatRating(intl, p.selfRating)}
                </Text>
              </td>
              <td className={styles.cell}>
                <Text size={200}>{observerValue(p.observerRating)}</Text>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
