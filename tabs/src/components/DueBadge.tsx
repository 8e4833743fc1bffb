import { Badge } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, Clock16Regular, Warning16Regular } from '@fluentui/react-icons';
import { useIntl } from 'react-intl';
import { dueStatus, localToday } from '../lib/dates';

/** Props of {@link DueBadge}. */
export interface DueBadgeProps {
  dueDate: string | null;
  done: boolean;
  /** Today's day (`YYYY-MM-DD`); the reader's today by default. */
  today?: string;
}

const LOOK = {
  done: { color: 'success', icon: <CheckmarkCircle16Regular />, text: 'status.done' },
  overdue: { color: 'danger', icon: <Warning16Regular />, text: 'status.overdue' },
  dueSoon: { color: 'warning', icon: <Clock16Regular />, text: 'status.dueSoon' },
} as const;

/**
 * "Show status, don't write it" (UX.md): done, overdue or due soon as a Fluent badge, a word and an
 * icon with colour from the theme's tokens (never colour alone). Nothing when there is nothing to flag.
 */
export function DueBadge({ dueDate, done, today = localToday() }: DueBadgeProps) {
  const intl = useIntl();
  const status = dueStatus(dueDate, done, today);
  if (!status) return null;
  const look = LOOK[status];
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon} data-status={status}>
      {intl.formatMessage({ id: look.text })}
    </Badge>
  );
}
