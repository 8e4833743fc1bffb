import { can } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { winlossMessages } from '../../i18n/en.winloss';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { AnalyticsView } from './AnalyticsView';
import { LossThemes } from './LossThemes';
import { TaxonomyEditor } from './TaxonomyEditor';
import { ValuePropNotes } from './ValuePropNotes';
import { useWinlossAnalytics } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  heading: { margin: 0 },
});

/** The channel tab's "Win/loss" section: what reps and customers say, and loss themes made practice. */
function WinlossSection({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const analytics = useWinlossAnalytics(space.id);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'winloss.section.heading' })}
      </Text>
      {analytics.isPending ? <LoadingState label={intl.formatMessage({ id: 'winloss.loading' })} /> : null}
      {analytics.error ? (
        <ErrorState title="winloss.loadFailed" error={analytics.error} onRetry={() => void analytics.refetch()} />
      ) : null}
      {analytics.data ? (
        <>
          <Text>
            {intl.formatMessage(
              { id: 'winloss.section.summary' },
              { ...analytics.data.outcomes, total: analytics.data.total, heard: analytics.data.gap.deals },
            )}
          </Text>
          {analytics.data.total === 0 ? <Text>{intl.formatMessage({ id: 'winloss.section.empty' })}</Text> : null}
          <LossThemes
            spaceId={space.id}
            themes={analytics.data.lossThemes}
            mayPractise={can(space.myRole, 'winloss.practice')}
            mayNote={can(space.myRole, 'valueProp.edit')}
          />
          <ValuePropNotes spaceId={space.id} mayEdit={can(space.myRole, 'valueProp.edit')} />
          <TaxonomyEditor spaceId={space.id} mayEdit={can(space.myRole, 'winloss.configure')} />
          {analytics.data.total > 0 ? <AnalyticsView analytics={analytics.data} /> : null}
        </>
      ) : null}
    </section>
  );
}

export default withMessages(winlossMessages)(WinlossSection);
