import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Flag20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { barrierMessages } from '../../i18n/en.barriers';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { RaiseBarrierForm } from './RaiseBarrierForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  entry: { justifyContent: 'flex-start' },
  done: { margin: 0, color: tokens.colorPaletteGreenForeground1 },
});

/** "Raise a barrier" in the meeting side panel: one compact button that opens the short form. */
function BarrierEntry({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [raised, setRaised] = useState(false);
  if (space.archivedAt) return null;
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: 'barriers.entry.region' })}>
      {open ? (
        <RaiseBarrierForm
          spaces={[space]}
          onRaised={() => {
            setOpen(false);
            setRaised(true);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <Button
          className={styles.entry}
          icon={<Flag20Regular />}
          onClick={() => {
            setOpen(true);
            setRaised(false);
          }}
        >
          {intl.formatMessage({ id: 'barriers.raise.open' })}
        </Button>
      )}
      {raised ? (
        <Text as="p" role="status" size={200} className={styles.done}>
          {intl.formatMessage({ id: 'barriers.raise.done' })}
        </Text>
      ) : null}
    </section>
  );
}

export default withMessages(barrierMessages)(BarrierEntry);
