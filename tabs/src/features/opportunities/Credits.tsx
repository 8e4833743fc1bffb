import { Checkbox, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { useCreditSettings, useCredits } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  balance: { margin: 0 },
});

/** My balance and ledger history in one team, and whether I show on its recognition board. */
export function Credits({ spaceId, title }: { spaceId: string; title: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const credits = useCredits(spaceId);
  const settings = useCreditSettings(spaceId);
  if (credits.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'opportunities.loading' })} />;
  if (credits.isError) return <ErrorLine error={credits.error} />;
  const { balance, entries, points, optIn } = credits.data;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      <Text as="p" weight="semibold" className={styles.balance} data-testid="opportunity-balance">
        {intl.formatMessage({ id: 'opportunities.credits.balance' }, { points: balance })}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage({ id: 'opportunities.credits.points' }, points)}
      </Text>
      {entries.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {intl.formatMessage({ id: 'opportunities.credits.none' })}
        </Text>
      ) : (
        <ul className={styles.list}>
          {entries.map((e) => (
            <li key={e.id}>
              <Text size={200}>
                {intl.formatMessage(
                  { id: 'opportunities.credits.entry' },
                  {
                    points: e.points,
                    what: e.what,
                    why: e.why,
                    by: e.byName,
                    date: intl.formatDate(e.at, { dateStyle: 'medium' }),
                  },
                )}
                {e.reversedBy ? ` (${intl.formatMessage({ id: 'opportunities.credits.reversed' })})` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Checkbox
        checked={optIn}
        disabled={settings.optIn.isPending}
        onChange={(_, d) => settings.optIn.mutate(Boolean(d.checked))}
        label={intl.formatMessage({ id: 'opportunities.credits.optIn' })}
      />
      <ErrorLine error={settings.optIn.error} />
    </section>
  );
}
