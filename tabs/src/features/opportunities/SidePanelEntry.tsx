import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LightbulbFilament20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { opportunityMessages } from '../../i18n/en.opportunities';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { LogOpportunityForm } from './LogOpportunityForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  entry: { justifyContent: 'flex-start' },
});

/** "Pass on an opportunity" in the meeting side panel: one compact button that opens the short form. */
function SidePanelEntry({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: 'opportunities.heading' })}>
      <Button
        className={styles.entry}
        appearance="secondary"
        size="small"
        icon={<LightbulbFilament20Regular />}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {intl.formatMessage({ id: open ? 'opportunities.log.close' : 'opportunities.log.open' })}
      </Button>
      {open ? <LogOpportunityForm spaces={[{ id: space.id, name: space.name }]} /> : null}
    </section>
  );
}

export default withMessages(opportunityMessages)(SidePanelEntry);
