import type { Role } from '@coachboard/api/domain';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { roleMessage } from './roleMessage';

const look: Record<Role, Pick<BadgeProps, 'appearance' | 'color'>> = {
  manager: { appearance: 'filled', color: 'brand' },
  rep: { appearance: 'tint', color: 'brand' },
  contributor: { appearance: 'outline', color: 'informative' },
};

/** A member's role in a space, as a badge. */
export function RoleBadge({ role, size = 'medium' }: { role: Role; size?: BadgeProps['size'] }) {
  const intl = useIntl();
  return (
    <Badge {...look[role]} size={size} shape="rounded">
      {intl.formatMessage({ id: roleMessage[role] })}
    </Badge>
  );
}
