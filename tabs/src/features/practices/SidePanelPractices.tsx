import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { practiceMessages } from '../../i18n/en.practices';
import { withMessages } from '../../i18n/withMessages';
import { PracticeList } from './PracticeList';
import { useSkills } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  toggle: { justifyContent: 'flex-start' },
});

/**
 * The side panel's practices: closed until asked for, then the exchange in one column with "I'll
 * try this" on each card. Loaded lazily so it stays out of the side panel's first render.
 */
function SidePanelPractices({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const regionId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: 'practices.section' })}>
      <Text as="h2" className={styles.heading} size={400} weight="semibold">
        <Button
          appearance="subtle"
          className={styles.toggle}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen((o) => !o)}
        >
          {intl.formatMessage({ id: 'practices.section' })}
        </Button>
      </Text>
      <div id={regionId}>{open ? <OpenPractices spaceId={spaceId} /> : null}</div>
    </section>
  );
}

function OpenPractices({ spaceId }: { spaceId: string }) {
  const skills = useSkills(spaceId);
  return <PracticeList spaceId={spaceId} skills={skills.data ?? []} density="compact" />;
}

/** SidePanelPractices with the practices texts, which load with it. */
export default withMessages(practiceMessages)(SidePanelPractices);
