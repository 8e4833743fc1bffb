import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { observationMessages } from '../../i18n/en.observations';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { CoverageView } from './CoverageView';
import { ObservationCard } from './ObservationCard';
import { TeamObservations } from './SpaceObservations';
import { useObservationCompetencies, useObservations } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/** A rep's own observations in this team. */
function OwnObservations({ spaceId }: { spaceId: string }) {
  const styles = useStyles();
  const list = useObservations(spaceId);
  const competencies = useObservationCompetencies(spaceId);
  return (
    <ul className={styles.list}>
      {(list.data?.items ?? []).map((o) => (
        <li key={o.id}>
          <ObservationCard spaceId={spaceId} observation={o} competencies={competencies.data ?? []} reader="rep" />
        </li>
      ))}
    </ul>
  );
}

/**
 * The channel tab's "Coaching" section: for managers the team's coverage against the goal (gauge,
 * trend, reps due, competency heat map) and their observations; a rep sees only their own.
 */
function CoachingSection({ space, members }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const manager = space.myRole === 'manager';
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: manager ? 'observations.coverage.heading' : 'observations.coverage.headingSelf' })}
      </Text>
      <CoverageView spaceId={space.id} canSet={manager} />
      {manager ? <TeamObservations spaceId={space.id} members={members} /> : <OwnObservations spaceId={space.id} />}
    </section>
  );
}

export default withMessages(observationMessages)(CoachingSection);
