import { can } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { InviteMemberForm } from '../features/spaces/InviteMemberForm';
import { ManageMembers } from '../features/spaces/ManageMembers';
import { renderMemberAvatar } from '../features/spaces/MemberAvatar';
import { MemberList } from '../features/spaces/MemberList';
import { RenameSpaceForm } from '../features/spaces/RenameSpaceForm';
import { SpaceOverview } from '../features/spaces/SpaceOverview';
import { SpaceScope, type SpaceData } from '../features/spaces/SpaceScope';
import { useTeams } from '../teams/context';

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

/** The channel tab "Sales room": the team, its roster and (for managers) managing both. */
export function ChannelPage() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'channel.title' })} purpose={intl.formatMessage({ id: 'channel.purpose' })}>
      <SpaceScope>{(data) => <SalesRoom {...data} />}</SpaceScope>
    </Page>
  );
}

function SalesRoom({ space, members }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const manages = can(space.myRole, 'members.changeRole');
  return (
    <>
      <SpaceOverview space={space} />
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
          {can(space.myRole, 'members.invite') ? <InviteMemberForm spaceId={space.id} /> : null}
        </section>
      ) : null}
    </>
  );
}
