import type { SpaceResponse } from '@coachboard/api/domain';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { opportunityMessages } from '../../i18n/en.opportunities';
import { withMessages } from '../../i18n/withMessages';
import { targetDomId } from '../notifications';
import { Credits } from './Credits';
import { ErrorLine } from './ErrorLine';
import { OpportunityList } from './Lists';
import { LogOpportunityForm } from './LogOpportunityForm';
import { useMyOpportunities } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link PersonalOpportunities}. */
export interface PersonalOpportunitiesProps {
  spaces: readonly SpaceResponse[];
}

/**
 * The personal tab's opportunities, at its top: what waits for me (routed to me, or to triage in the
 * teams I manage), the quick form, what I passed on and where it stands, and my points per team.
 */
function PersonalOpportunities({ spaces }: PersonalOpportunitiesProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const mine = useMyOpportunities();
  const managerOf = (spaceId: string) => spaces.some((s) => s.id === spaceId && s.myRole === 'manager');
  const works = spaces.some((s) => s.myRole !== 'contributor');
  const waitingIds = new Set((mine.data?.waiting ?? []).map((o) => o.id));
  return (
    <section className={styles.root} aria-labelledby={headingId} id={targetDomId('opportunities')}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'opportunities.heading' })}
      </Text>
      {mine.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'opportunities.loading' })} /> : null}
      <ErrorLine error={mine.error} />
      {mine.data && (works || mine.data.waiting.length > 0) ? (
        <OpportunityList
          heading={intl.formatMessage({ id: 'opportunities.list.waiting' })}
          items={mine.data.waiting}
          empty={intl.formatMessage({ id: 'opportunities.list.waitingNone' })}
          managerOf={managerOf}
          showTeam={spaces.length > 1}
          openable={() => true}
        />
      ) : null}
      <Text as="p" className={styles.muted}>
        {intl.formatMessage({ id: 'opportunities.intro' })}
      </Text>
      <LogOpportunityForm spaces={spaces} />
      {mine.data ? (
        <OpportunityList
          heading={intl.formatMessage({ id: 'opportunities.list.mine' })}
          items={mine.data.mine}
          empty={intl.formatMessage({ id: 'opportunities.list.mineNone' })}
          managerOf={managerOf}
          showTeam={spaces.length > 1}
          openable={(id) => !waitingIds.has(id)}
        />
      ) : null}
      {spaces.map((s) => (
        <Credits
          key={s.id}
          spaceId={s.id}
          title={
            spaces.length > 1
              ? `${intl.formatMessage({ id: 'opportunities.credits.heading' })} · ${s.name}`
              : intl.formatMessage({ id: 'opportunities.credits.heading' })
          }
        />
      ))}
    </section>
  );
}

export default withMessages(opportunityMessages)(PersonalOpportunities);
