import type { SpaceResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { barrierMessages } from '../../i18n/en.barriers';
import { withMessages } from '../../i18n/withMessages';
import { targetDomId } from '../notifications';
import { BarrierList } from './BarrierList';
import { ErrorLine } from './ErrorLine';
import { RaiseBarrierForm } from './RaiseBarrierForm';
import { useMyBarriers } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  entry: { alignSelf: 'flex-start' },
});

/** Props of {@link PersonalBarriers}. */
export interface PersonalBarriersProps {
  /** Every team I am in: where I can raise a barrier. */
  spaces: readonly SpaceResponse[];
}

/**
 * "My barriers" in the personal tab: for managers the open barriers of their teams (oldest first)
 * above their own; for everyone the barriers they raised and where each stands, and "Raise a barrier".
 */
function PersonalBarriers({ spaces }: PersonalBarriersProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const mine = useMyBarriers();
  const [raising, setRaising] = useState(false);
  const writable = spaces.filter((s) => !s.archivedAt);
  return (
    <section className={styles.root} aria-labelledby={headingId} id={targetDomId('barriers')}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'barriers.personal.heading' })}
      </Text>
      {raising ? (
        <RaiseBarrierForm spaces={writable} onCancel={() => setRaising(false)} />
      ) : writable.length > 0 ? (
        <Button className={styles.entry} icon={<Add20Regular />} onClick={() => setRaising(true)}>
          {intl.formatMessage({ id: 'barriers.raise.open' })}
        </Button>
      ) : null}
      {mine.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'barriers.loading' })} /> : null}
      <ErrorLine error={mine.error} />
      {mine.data?.spaces.map((s) => (
        <div key={s.spaceId} className={styles.root}>
          {s.manager ? (
            <>
              <Text as="h3" size={400} weight="semibold" className={styles.heading}>
                {intl.formatMessage({ id: 'barriers.personal.open' }, { team: s.spaceName })}
              </Text>
              {s.open.length === 0 ? (
                <Text as="p" className={styles.muted}>
                  {intl.formatMessage({ id: 'barriers.noneOpen' })}
                </Text>
              ) : (
                <BarrierList spaceId={s.spaceId} items={s.open} manager openable={() => true} />
              )}
            </>
          ) : null}
          {s.mine.length > 0 ? (
            <>
              <Text as="h3" size={400} weight="semibold" className={styles.heading}>
                {intl.formatMessage({ id: 'barriers.personal.mine' }, { team: s.spaceName })}
              </Text>
              <BarrierList
                spaceId={s.spaceId}
                items={s.mine}
                manager={s.manager}
                openable={(id) => !s.open.some((b) => b.id === id)}
              />
            </>
          ) : null}
        </div>
      ))}
      {mine.data && mine.data.spaces.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {intl.formatMessage({ id: 'barriers.none' })}
        </Text>
      ) : null}
    </section>
  );
}

export default withMessages(barrierMessages)(PersonalBarriers);
