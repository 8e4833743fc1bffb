import type { SpaceResponse } from '@coachboard/api/domain';
import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { peopleMessages } from '../../i18n/en.people';
import { withMessages } from '../../i18n/withMessages';
import { useMembers } from '../spaces';
import { AddPeople } from './AddPeople';
import { teamsToAddPeopleTo } from './managedTeams';

const useStyles = makeStyles({
  choice: { maxWidth: '20rem', minWidth: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link AddPeopleToTeams}. */
export interface AddPeopleToTeamsProps {
  /** The signed-in person's teams; only the ones they manage (and that are not archived) are offered. */
  spaces: readonly SpaceResponse[];
}

/**
 * Adding people where no single team is in view (the personal tab): {@link AddPeople} for one of the
 * teams the signed-in person manages, with a choice of team when they manage several. Nothing for
 * someone who manages no team.
 */
function AddPeopleToTeamsView({ spaces }: AddPeopleToTeamsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const managed = teamsToAddPeopleTo(spaces);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const space = managed.find((s) => s.id === chosenId) ?? managed[0];
  if (!space) return null;
  const teamChoice =
    managed.length > 1 ? (
      <Field label={intl.formatMessage({ id: 'people.add.team' })} className={styles.choice}>
        <Select value={space.id} onChange={(_, data) => setChosenId(data.value)}>
          {managed.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
    ) : (
      <Text as="p" className={styles.hint}>
        {intl.formatMessage({ id: 'people.add.toTeam' }, { team: space.name })}
      </Text>
    );
  return <TeamAddPeople space={space} teamChoice={teamChoice} />;
}

/** {@link AddPeople} for one team, with its members (they are marked in the directory) once loaded. */
export function TeamAddPeople({
  space,
  teamChoice,
  headingLevel = 'h2',
}: {
  space: SpaceResponse;
  teamChoice?: ReactNode;
  headingLevel?: 'h2' | 'h3';
}) {
  const intl = useIntl();
  const members = useMembers(space.id);
  let pending: ReactNode = null;
  if (members.isError)
    pending = <ErrorState title="space.loadFailed" error={members.error} onRetry={() => void members.refetch()} />;
  else if (!members.data) pending = <LoadingState label={intl.formatMessage({ id: 'space.loading' })} />;
  return (
    <AddPeople
      space={space}
      members={members.data ?? []}
      headingLevel={headingLevel}
      teamChoice={teamChoice}
      {...(pending ? { membersPending: pending } : {})}
    />
  );
}

export const AddPeopleToTeams = withMessages(peopleMessages)(AddPeopleToTeamsView);
