import type { MemberResponse, SpaceResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { observationMessages } from '../../i18n/en.observations';
import { withMessages } from '../../i18n/withMessages';
import { useMembers } from '../spaces';
import { CoverageView } from './CoverageView';
import { MyObservations } from './MyObservations';
import { TeamObservations } from './SpaceObservations';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  heading: { margin: 0 },
});

function ManagedSpace({ space }: { space: SpaceResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const members = useMembers(space.id);
  const list: readonly MemberResponse[] = members.data ?? [];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'observations.personal.coverage' }, { team: space.name })}
      </Text>
      <CoverageView spaceId={space.id} canSet />
      <TeamObservations spaceId={space.id} members={list} limit={5} />
    </section>
  );
}

/** Props of {@link PersonalObservations}. */
export interface PersonalObservationsProps {
  /** Every team I am in: the coverage of those I manage, then my own observations as a rep. */
  spaces: readonly SpaceResponse[];
}

/**
 * "My coaching" observations: for a manager, each managed team's coverage and the observations that
 * wait for feedback; then, for everyone who is observed, their own observations and competency trend.
 */
function PersonalObservations({ spaces }: PersonalObservationsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const managed = spaces.filter((s) => s.myRole === 'manager');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'observations.personal.heading' })}
      </Text>
      {managed.map((space) => (
        <ManagedSpace key={space.id} space={space} />
      ))}
      <MyObservations />
    </section>
  );
}

export default withMessages(observationMessages)(PersonalObservations);
