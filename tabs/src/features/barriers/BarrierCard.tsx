import type { BarrierResponse } from '@coachboard/api/domain';
import { Badge, Card, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { BarrierActions } from './BarrierActions';
import { ago } from './format';

const useStyles = makeStyles({
  card: { minWidth: 0, gap: tokens.spacingVerticalXS },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  text: { margin: 0, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  links: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const STATUS_COLOR = {
  open: 'warning',
  inProgress: 'informative',
  removed: 'success',
  wontFix: 'subtle',
} as const;

/** Props of {@link BarrierCard}. */
export interface BarrierCardProps {
  spaceId: string;
  barrier: BarrierResponse;
  /** Whether the caller manages the team (offers "Put on the sales meeting agenda"). */
  manager: boolean;
}

/** One barrier: what blocks, who raised it, how long it is open, its resolution, and the next step. */
export function BarrierCard({ spaceId, barrier, manager }: BarrierCardProps) {
  const intl = useIntl();
  const styles = useStyles();
  const titleId = useId();
  const category = intl.formatMessage({ id: `barriers.category.${barrier.category}` });
  const active = barrier.status === 'open' || barrier.status === 'inProgress';
  const lastReopen = [...barrier.history].reverse().find((e) => e.kind === 'reopened');
  return (
    <Card className={styles.card} size="small" aria-labelledby={titleId} data-barrier-id={barrier.id}>
      <div className={styles.head}>
        <Badge appearance="tint" color={STATUS_COLOR[barrier.status]}>
          {intl.formatMessage({
            id: barrier.confirmedAt ? 'barriers.status.confirmed' : `barriers.status.${barrier.status}`,
          })}
        </Badge>
        {barrier.urgency === 'high' ? (
          <Badge appearance="tint" color="danger">
            {intl.formatMessage(
              { id: 'barriers.urgency.label' },
              { urgency: intl.formatMessage({ id: 'barriers.urgency.high' }) },
            )}
          </Badge>
        ) : null}
        <Badge appearance="outline" color="subtle">
          {intl.formatMessage({ id: `barriers.visibility.${barrier.visibility}` })}
        </Badge>
      </div>
      <Text as="p" id={titleId} weight="semibold" className={styles.text}>
        {barrier.text}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage(
          { id: active ? 'barriers.card.meta' : 'barriers.card.metaClosed' },
          { raiser: barrier.raiserName, category, age: ago(intl, barrier.raisedAt) },
        )}
      </Text>
      {barrier.impact ? (
        <Text as="p" size={200} className={styles.text}>
          {intl.formatMessage({ id: 'barriers.card.impact' }, { impact: barrier.impact })}
        </Text>
      ) : null}
      {active && lastReopen?.note ? (
        <Text as="p" size={200} className={styles.text}>
          {intl.formatMessage({ id: 'barriers.card.reopenNote' }, { note: lastReopen.note })}
        </Text>
      ) : null}
      {!active && barrier.resolution ? (
        <Text as="p" size={200} className={styles.text}>
          {intl.formatMessage(
            { id: barrier.status === 'wontFix' ? 'barriers.card.reason' : 'barriers.card.resolution' },
            { text: barrier.resolution },
          )}
        </Text>
      ) : null}
      {barrier.resources.length > 0 ? (
        <ul className={styles.links} aria-label={intl.formatMessage({ id: 'barriers.card.resources' })}>
          {barrier.resources.map((r) => (
            <li key={r.url}>
              <Link href={r.url} target="_blank" rel="noopener noreferrer">
                {r.label ?? r.url}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <BarrierActions spaceId={spaceId} barrier={barrier} manager={manager} />
    </Card>
  );
}
