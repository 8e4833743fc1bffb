import { can } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useTeams } from '../../teams/context';
import { AddPeople } from '../people';
import { ManageMembers } from './ManageMembers';
import { renderMemberAvatar } from './MemberAvatar';
import { MemberList } from './MemberList';
import { RenameSpaceForm } from './RenameSpaceForm';
import type { SpaceData } from './SpaceScope';

const useStyles = makeStyles({
  manage: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
});

/** The team section of the channel tab: the roster, and for managers, managing it. */
export function TeamSection({ space, members }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const manages = can(space.myRole, 'members.changeRole');
  return (
    <>
      {manages ? (
        <ManageMembers space={space} members={members} />
      ) : (
        <MemberList
          renderAvatar={renderMemberAvatar}
          members={members}
          heading={intl.formatMessage({ id: 'space.membersHeading' })}
          meId={info.user?.id}
        />
      )}
      {manages ? (
        <section className={styles.manage} aria-labelledby={headingId}>
          <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'channel.manageHeading' })}
          </Text>
          {can(space.myRole, 'space.rename') ? <RenameSpaceForm space={space} /> : null}
          {can(space.myRole, 'members.invite') ? <AddPeople space={space} members={members} /> : null}
        </section>
      ) : null}
    </>
  );
}
