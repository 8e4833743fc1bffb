import type { BarrierStatsResponse } from '@coachboard/api/domain';
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
import { useIntl } from 'react-intl';
import { duration } from './format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { margin: 0 },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '16rem' },
  details: { minWidth: 0 },
});

/**
 * The space's time to remove in one line (the 90-day median and the trend), with the weekly figures
 * as a table one click away.
 */
export function BarrierStats({ stats }: { stats: BarrierStatsResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const median = stats.medianHoursToRemove;
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.line}>
        {median === null
          ? intl.formatMessage({ id: 'barriers.stats.noMedian' })
          : intl.formatMessage(
              { id: 'barriers.stats.median' },
              { value: duration(intl, median), count: stats.removedLast90Days },
            )}{' '}
        {intl.formatMessage({ id: `barriers.stats.trend.${stats.trend}` })}
      </Text>
      <details className={styles.details}>
        <summary>{intl.formatMessage({ id: 'barriers.stats.table' })}</summary>
        <div className={styles.scroll}>
          <Table size="extra-small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{intl.formatMessage({ id: 'barriers.stats.week' })}</TableHeaderCell>
                <TableHeaderCell>{intl.formatMessage({ id: 'barriers.stats.removed' })}</TableHeaderCell>
                <TableHeaderCell>{intl.formatMessage({ id: 'barriers.stats.medianCol' })}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {stats.weeks.map((w) => (
                <TableRow key={w.weekStart}>
                  <TableCell>
                    {intl.formatDate(`${w.weekStart}T00:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' })}
                  </TableCell>
                  <TableCell>{w.removed}</TableCell>
                  <TableCell>
                    {w.medianHours === null
                      ? intl.formatMessage({ id: 'barriers.stats.none' })
                      : duration(intl, w.medianHours)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </div>
  );
}
