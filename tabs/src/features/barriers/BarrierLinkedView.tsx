import { Badge, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { barrierMessages } from '../../i18n/en.barriers';
import { withMessages } from '../../i18n/withMessages';
import type { LinkedContentProps } from '../linkedContent';
import { BarrierCard } from './BarrierCard';
import { ErrorLine } from './ErrorLine';
import { ago } from './format';
import { useBarrier } from './queries';

const useStyles = makeStyles({
  stage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, overflowWrap: 'anywhere' },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * A barrier linked from an agenda item: on the stage what blocks and for how long, readable from
 * across a room; in the side panel its card, with the status controls for the managers.
 */
function BarrierLinkedView({ spaceId, id, density }: LinkedContentProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const barrier = useBarrier(spaceId, id);
  if (barrier.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'barriers.loading' })} />;
  if (barrier.isError) return <ErrorLine error={barrier.error} />;
  const b = barrier.data;
  if (density === 'panel') return <BarrierCard spaceId={spaceId} barrier={b} manager={b.can.changeStatus} />;
  return (
    <article className={styles.stage} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={900} weight="semibold" className={styles.text}>
        {b.text}
      </Text>
      <div>
        <Badge size="extra-large" appearance="tint">
          {intl.formatMessage({ id: `barriers.status.${b.status}` })}
        </Badge>
      </div>
      <Text as="p" size={600} className={styles.muted}>
        {intl.formatMessage(
          { id: 'barriers.card.meta' },
          {
            raiser: b.raiserName,
            category: intl.formatMessage({ id: `barriers.category.${b.category}` }),
            age: ago(intl, b.raisedAt),
          },
        )}
      </Text>
      {b.impact ? (
        <Text as="p" size={600} className={styles.text}>
          {intl.formatMessage({ id: 'barriers.card.impact' }, { impact: b.impact })}
        </Text>
      ) : null}
    </article>
  );
}

export default withMessages(barrierMessages)(BarrierLinkedView);
