import { Role, type MemberResponse, type SpaceResponse } from '@coachboard/api/domain';
import { Button, Select } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { renderMemberAvatar } from './MemberAvatar';
import { MemberList } from './MemberList';
import { useChangeRole, useRemoveMember } from './mutations';
import { roleMessage } from './roleMessage';

type Outcome =
  | { kind: 'roleChanged'; name: string; role: Role }
  | { kind: 'removed'; name: string }
  | { kind: 'failed'; message: MessageId }
  | null;

/** The member list with a manager's controls: change each member's role, remove members. */
export function ManageMembers({
  space,
  members,
  renderDetails,
}: {
  space: SpaceResponse;
  members: readonly MemberResponse[];
  renderDetails?: (member: MemberResponse) => ReactNode;
}) {
  const intl = useIntl();
  const { info } = useTeams();
  const changeRole = useChangeRole(space.id);
  const removeMember = useRemoveMember(space.id);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const busy = changeRole.isPending || removeMember.isPending;

  const failed = (error: unknown): void => {
    const lastManager = error instanceof ApiError && error.code === 'last_manager';
    setOutcome({
      kind: 'failed',
      message: lastManager ? 'members.lastManager' : describeError(error, info.inTeams).body,
    });
  };

  const onRoleChange = (member: MemberResponse, value: string): void => {
    const role = Role.safeParse(value);
    if (!role.success || role.data === member.role) return;
    setOutcome(null);
    changeRole.mutate(
      { userId: member.userId, role: role.data },
      { onSuccess: () => setOutcome({ kind: 'roleChanged', name: member.name, role: role.data }), onError: failed },
    );
  };

  const onRemove = (member: MemberResponse): void => {
    setOutcome(null);
    removeMember.mutate(member.userId, {
      onSuccess: () => setOutcome({ kind: 'removed', name: member.name }),
      onError: failed,
    });
  };

  return (
    <>
      {outcome?.kind === 'roleChanged' ? (
        <Notice intent="success">
          {intl.formatMessage(
            { id: 'members.roleChanged' },
            { name: outcome.name, role: intl.formatMessage({ id: roleMessage[outcome.role] }) },
          )}
        </Notice>
      ) : null}
      {outcome?.kind === 'removed' ? (
        <Notice intent="success">{intl.formatMessage({ id: 'members.removed' }, { name: outcome.name })}</Notice>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <Notice intent="error">{intl.formatMessage({ id: outcome.message })}</Notice>
      ) : null}
      <MemberList
        renderAvatar={renderMemberAvatar}
        members={members}
        heading={intl.formatMessage({ id: 'space.membersHeading' })}
        meId={info.user?.id}
        renderDetails={renderDetails}
        renderActions={(member) => (
          <>
            <Select
              size="small"
              aria-label={intl.formatMessage({ id: 'members.roleOf' }, { name: member.name })}
              value={member.role}
              disabled={busy}
              onChange={(_, data) => onRoleChange(member, data.value)}
            >
              {Role.options.map((role) => (
                <option key={role} value={role}>
                  {intl.formatMessage({ id: roleMessage[role] })}
                </option>
              ))}
            </Select>
            <RemoveMemberButton member={member} disabled={busy} onConfirm={onRemove} />
          </>
        )}
      />
    </>
  );
}

interface RemoveMemberButtonProps {
  member: MemberResponse;
  disabled: boolean;
  onConfirm: (member: MemberResponse) => void;
}

/**
 * "Remove", then an inline "Yes, remove …" / "Cancel": removing someone takes away their access.
 * Inline rather than a dialog, so it fits the row and keeps focus where the user is.
 */
function RemoveMemberButton({ member, disabled, onConfirm }: RemoveMemberButtonProps) {
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) removeRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  if (!confirming) {
    return (
      <Button
        ref={removeRef}
        size="small"
        disabled={disabled}
        aria-label={intl.formatMessage({ id: 'members.removeLabel' }, { name: member.name })}
        onClick={() => setConfirming(true)}
      >
        {intl.formatMessage({ id: 'members.remove' })}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={intl.formatMessage({ id: 'members.removeTitle' }, { name: member.name })}>
      <Button
        ref={confirmRef}
        size="small"
        appearance="primary"
        onClick={() => {
          setConfirming(false);
          onConfirm(member);
        }}
      >
        {intl.formatMessage({ id: 'members.removeConfirm' }, { name: member.name })}
      </Button>{' '}
      <Button
        size="small"
        onClick={() => {
          returnFocus.current = true;
          setConfirming(false);
        }}
      >
        {intl.formatMessage({ id: 'members.cancel' })}
      </Button>
    </span>
  );
}
