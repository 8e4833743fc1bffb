import { can, type MemberResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useTeams } from '../../teams/context';
import { LazyMemberPasses } from '../lessons';
import { AddPeople } from '../people';
import { ManageMembers } from './ManageMembers';
import { renderMemberAvatar } from './MemberAvatar';
import { MemberList } from './MemberList';
import { RenameSpaceForm } from './RenameSpaceForm';
import { SpaceLifecycle } from './SpaceLifecycle';
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
  // The lessons each member passed show under their name (loaded with the lessons' code).
  const renderDetails = (member: MemberResponse) => <LazyMemberPasses spaceId={space.id} member={member} />;
  return (
    <>
      {space.archivedAt ? <Text as="p">{intl.formatMessage({ id: 'space.archived.note' })}</Text> : null}
      {manages ? (
        <ManageMembers space={space} members={members} renderDetails={renderDetails} />
      ) : (
        <MemberList
          renderAvatar={renderMemberAvatar}
          members={members}
          heading={intl.formatMessage({ id: 'space.membersHeading' })}
          meId={info.user?.id}
          renderDetails={renderDetails}
        />
      )}
      {manages ? (
        <section className={styles.manage} aria-labelledby={headingId}>
          <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'channel.manageHeading' })}
          </Text>
          {can(space.myRole, 'space.rename') ? <RenameSpaceForm space={space} /> : null}
          {can(space.myRole, 'members.invite') ? <AddPeople space={space} members={members} /> : null}
          <SpaceLifecycle space={space} />
        </section>
      ) : null}
    </>
  );
}
