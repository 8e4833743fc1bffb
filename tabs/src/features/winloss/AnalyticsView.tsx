import type { WinlossAnalyticsResponse } from '@coachboard/api/domain';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/en';
import { BarChart, DataTable } from './Charts';

type Counts = WinlossAnalyticsResponse['outcomes'];

/** Every chart of the section, each followed by a table of the same figures. */
export function AnalyticsView({ analytics }: { analytics: WinlossAnalyticsResponse }) {
  const intl = useIntl();
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const pct = (n: number): string => intl.formatNumber(n, { style: 'percent', maximumFractionDigits: 0 });
  const num = (n: number): string => intl.formatNumber(n);
  const outcomeNames = [t('winloss.outcome.won'), t('winloss.outcome.lost'), t('winloss.outcome.noDecision')];
  const counts = (c: Counts): number[] => [c.won, c.lost, c.noDecision];
  return (
    <>
      <BarChart
        heading={t('winloss.chart.gap')}
        series={[t('winloss.chart.reps'), t('winloss.chart.customers')]}
        max={1}
        rows={analytics.gap.reasons.map((r) => ({ label: r.label, values: [r.repShare, r.customerShare] }))}
        table={
          <DataTable
            label={t('winloss.chart.gap')}
            columns={[
              t('winloss.col.reason'),
              t('winloss.chart.reps'),
              t('winloss.chart.customers'),
              t('winloss.col.gap'),
            ]}
            rows={analytics.gap.reasons.map((r) => [r.label, pct(r.repShare), pct(r.customerShare), pct(r.gap)])}
          />
        }
      />
      <BarChart
        heading={t('winloss.chart.trend')}
        series={[t('winloss.col.winRate')]}
        max={1}
        rows={analytics.trend.map((q) => ({ label: q.quarter, values: [q.winRate] }))}
        table={
          <DataTable
            label={t('winloss.chart.trend')}
            columns={[t('winloss.col.quarter'), ...outcomeNames, t('winloss.col.winRate'), t('winloss.col.topLoss')]}
            rows={analytics.trend.map((q) => [
              q.quarter,
              ...counts(q.counts).map(num),
              pct(q.winRate),
              q.topLossReason ?? '–',
            ])}
          />
        }
      />
      <BarChart
        heading={t('winloss.chart.reasons')}
        series={outcomeNames}
        rows={analytics.reasonsByOutcome.map((r) => ({ label: r.label, values: counts(r.counts) }))}
        table={
          <DataTable
            label={t('winloss.chart.reasons')}
            columns={[t('winloss.col.reason'), ...outcomeNames, t('winloss.col.primary')]}
            rows={analytics.reasonsByOutcome.map((r) => [r.label, ...counts(r.counts).map(num), num(r.primary)])}
          />
        }
      />
      <BarChart
        heading={t('winloss.chart.segments')}
        series={outcomeNames}
        rows={analytics.reasonsBySegment.map((r) => ({
          label: `${r.segment || '–'} · ${r.label}`,
          values: counts(r.counts),
        }))}
        table={
          <DataTable
            label={t('winloss.chart.segments')}
            columns={[t('winloss.col.segment'), t('winloss.col.reason'), ...outcomeNames]}
            rows={analytics.reasonsBySegment.map((r) => [r.segment || '–', r.label, ...counts(r.counts).map(num)])}
          />
        }
      />
      <BarChart
        heading={t('winloss.chart.winRate')}
        series={[t('winloss.col.winRate')]}
        max={1}
        rows={analytics.winRate.map((r) => ({ label: `${r.segment || '–'} · ${r.quarter}`, values: [r.winRate] }))}
        table={
          <DataTable
            label={t('winloss.chart.winRate')}
            columns={[t('winloss.col.segment'), t('winloss.col.quarter'), ...outcomeNames, t('winloss.col.winRate')]}
            rows={analytics.winRate.map((r) => [
              r.segment || '–',
              r.quarter,
              ...counts(r.counts).map(num),
              pct(r.winRate),
            ])}
          />
        }
      />
    </>
  );
}
