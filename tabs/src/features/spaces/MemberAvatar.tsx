import type { MemberResponse } from '@coachboard/api/domain';
import { Avatar } from '@fluentui/react-components';
import type { Density } from '../../components/Page';

const avatarSize = { regular: 36, compact: 24, stage: 64 } as const;

/**
 * A member's initials avatar, for {@link MemberList}'s `renderAvatar`. Kept out of MemberList so
 * the side panel, which shows none, does not load the Avatar component.
 */
export function renderMemberAvatar(member: MemberResponse, density: Density) {
  return <Avatar name={member.name} size={avatarSize[density]} color="colorful" aria-hidden />;
}
