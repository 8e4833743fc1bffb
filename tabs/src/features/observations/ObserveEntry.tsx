import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Eye20Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { observationMessages } from '../../i18n/en.observations';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { useLiveObservation } from './queries';

// The observation view (timer, notes per competency) loads only when a manager opens it.
const ObserveCall = lazy(() => import('./ObserveCall'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  entry: { justifyContent: 'flex-start' },
});

/**
 * "Observe this call" in the meeting side panel, for the team's managers: one button that opens
 * the observation view; while a call is being observed it says whom, so a reload resumes it.
 */
function ObserveEntry({ space, members }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const live = useLiveObservation(space.id);
  const observing = live.data?.live;
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: 'observations.observe.region' })}>
      {open ? (
        <Suspense fallback={null}>
          <ObserveCall spaceId={space.id} members={members} onClose={() => setOpen(false)} />
        </Suspense>
      ) : (
        <Button
          className={styles.entry}
          appearance={observing ? 'primary' : 'secondary'}
          icon={<Eye20Regular />}
          onClick={() => setOpen(true)}
        >
          {observing
            ? intl.formatMessage({ id: 'observations.observe.resume' }, { name: observing.repName })
            : intl.formatMessage({ id: 'observations.observe.open' })}
        </Button>
      )}
    </section>
  );
}

/** Shown to managers only: "Observe this call" with the observation texts, which load with it. */
function ManagersOnly(props: SpaceData) {
  return props.space.myRole === 'manager' ? <ObserveEntry {...props} /> : null;
}

export default withMessages(observationMessages)(ManagersOnly);
