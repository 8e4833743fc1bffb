import type { Role } from '@coachboard/api/domain';
import type { MessageId } from '../../i18n/en';

/** The message id of a role's name (apart from the badge, so that naming a role does not load it). */
export const roleMessage: Record<Role, MessageId> = {
  manager: 'role.manager',
  rep: 'role.rep',
  contributor: 'role.contributor',
};
