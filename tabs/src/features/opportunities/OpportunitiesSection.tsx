import type { OpportunityListView } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { opportunityMessages } from '../../i18n/en.opportunities';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { Credits } from './Credits';
import { TeamList } from './Lists';
import { LogOpportunityForm } from './LogOpportunityForm';
import { Recognition } from './Recognition';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The lists each role sees: a contributor their own, a rep also those routed to them, a manager the team's. */
const VIEWS: Record<string, OpportunityListView[]> = {
  contributor: ['mine'],
  rep: ['assigned', 'mine'],
  manager: ['triage', 'pending', 'assigned', 'all'],
};

/** The channel tab's "Opportunities" section. */
function OpportunitiesSection({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const manager = space.myRole === 'manager';
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'opportunities.heading' })}
      </Text>
      <Text as="p" className={styles.muted}>
        {intl.formatMessage({ id: 'opportunities.intro' })}
      </Text>
      <LogOpportunityForm spaces={[{ id: space.id, name: space.name }]} />
      {(VIEWS[space.myRole] ?? ['mine']).map((view) => (
        <TeamList key={view} spaceId={space.id} view={view} manager={manager} />
      ))}
      <Credits spaceId={space.id} title={intl.formatMessage({ id: 'opportunities.credits.heading' })} />
      {manager ? <Recognition spaceId={space.id} /> : null}
    </section>
  );
}

export default withMessages(opportunityMessages)(OpportunitiesSection);
