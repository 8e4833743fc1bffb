import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Page } from '../components/Page';
import { StateMessage } from '../components/StateMessage';
import { useLoadReport } from '../components/useLoadReport';
import { LazyMyAgreements } from '../features/agreements';
import { LazyPersonalBarriers } from '../features/barriers';
import { LazyMyScorecardsDue } from '../features/hiring';
import { LazyMyLessons } from '../features/lessons';
import { LazyMyActions } from '../features/meetings/lazyViews';
import { LazyInbox } from '../features/notifications';
import { LazyPersonalObservations } from '../features/observations';
import { LazyPersonalOpportunities } from '../features/opportunities';
import { teamsToAddPeopleTo } from '../features/people';
import { LazyAddPeopleToTeams } from '../features/people/lazyViews';
import { MyPractices } from '../features/practices/MyPractices';
import { SpaceFacts } from '../features/spaces/SpaceFacts';
import { useMySpaces } from '../features/spaces/queries';

// Loaded on demand with the role-play texts: the history (and its chart) is not part of the first render.
const MyRoleplays = lazy(() => import('../features/roleplays/MyRoleplays'));
// Coaching sessions, my plan and commitments (and my reps' sessions as a manager), with their texts.
const MyCoaching = lazy(() => import('../features/coaching/MyCoaching'));

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  summary: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  name: { margin: 0 },
});

/** The personal tab "My coaching": every sales team I am in, with my role in each. */
export function PersonalPage() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const spaces = useMySpaces();
  useLoadReport(spaces.isPending, spaces.error);

  let content;
  if (spaces.isPending) {
    content = <LoadingState label={intl.formatMessage({ id: 'space.loadingList' })} />;
  } else if (spaces.isError) {
    content = <ErrorState title="space.listFailed" error={spaces.error} onRetry={() => void spaces.refetch()} />;
  } else if (spaces.data.length === 0) {
    content = (
      <StateMessage title={intl.formatMessage({ id: 'space.none.title' })}>
        {intl.formatMessage({ id: 'space.none.body' })}
      </StateMessage>
    );
  } else {
    const managed = spaces.data.filter((space) => space.myRole === 'manager').length;
    content = (
      <section className={styles.section} aria-labelledby={headingId}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'personal.teamsHeading' })}
        </Text>
        <Text as="p" className={styles.summary}>
          {intl.formatMessage({ id: 'personal.summary' }, { managed, total: spaces.data.length })}
        </Text>
        <ul className={styles.list}>
          {spaces.data.map((space) => (
            <li key={space.id} className={styles.item}>
              <Text as="h3" size={400} weight="semibold" className={styles.name}>
                {space.name}
              </Text>
              <SpaceFacts space={space} />
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <Page title={intl.formatMessage({ id: 'personal.title' })} purpose={intl.formatMessage({ id: 'personal.purpose' })}>
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyInbox spaces={spaces.data} /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyPersonalOpportunities spaces={spaces.data} /> : null}
      {content}
      {/* Managers add people to their teams here too: the Teams picker searches the organization. */}
      {spaces.isSuccess && teamsToAddPeopleTo(spaces.data).length > 0 ? (
        <LazyAddPeopleToTeams spaces={spaces.data} />
      ) : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyPersonalObservations spaces={spaces.data} /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? (
        <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
          <MyCoaching />
        </Suspense>
      ) : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyMyAgreements /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyMyScorecardsDue /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyMyActions /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyPersonalBarriers spaces={spaces.data} /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <MyPractices /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? <LazyMyLessons /> : null}
      {spaces.isSuccess && spaces.data.length > 0 ? (
        <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
          <MyRoleplays />
        </Suspense>
      ) : null}
    </Page>
  );
}
