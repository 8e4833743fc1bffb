import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { barrierMessages } from '../../i18n/en.barriers';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { BarrierBoard } from './BarrierBoard';
import { BarrierList } from './BarrierList';
import { ErrorLine } from './ErrorLine';
import { RaiseBarrierForm } from './RaiseBarrierForm';
import { useBarriers } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  entry: { alignSelf: 'flex-start' },
});

/** What a member who does not manage sees: their own barriers and the team-visible ones. */
function VisibleBarriers({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const list = useBarriers(spaceId);
  if (list.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'barriers.loading' })} />;
  if (list.isError) return <ErrorLine error={list.error} />;
  if (list.data.items.length === 0) {
    return (
      <Text as="p" className={styles.muted}>
        {intl.formatMessage({ id: 'barriers.none' })}
      </Text>
    );
  }
  return <BarrierList spaceId={spaceId} items={list.data.items} manager={false} />;
}

/**
 * The channel tab's "Barriers" section: the managers' board (open barriers oldest first, by
 * category, time to remove); others see their own and team-visible barriers. Anyone raises one.
 */
function BarriersSection({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const [raising, setRaising] = useState(false);
  const manager = space.myRole === 'manager';
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'barriers.heading' })}
      </Text>
      {raising ? (
        <RaiseBarrierForm spaces={[space]} onRaised={() => setRaising(false)} onCancel={() => setRaising(false)} />
      ) : (
        <Button className={styles.entry} icon={<Add20Regular />} onClick={() => setRaising(true)}>
          {intl.formatMessage({ id: 'barriers.raise.open' })}
        </Button>
      )}
      {manager ? <BarrierBoard spaceId={space.id} /> : <VisibleBarriers spaceId={space.id} />}
    </section>
  );
}

export default withMessages(barrierMessages)(BarriersSection);
