import { InviteMemberBody, Role } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { fieldErrors, serverFieldErrors } from './fieldErrors';
import { useInviteMember } from './mutations';
import { roleMessage } from './roleMessage';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
  heading: { margin: 0 },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  submit: { alignSelf: 'flex-start' },
});

type Draft = { userId: string; name: string; role: Role };
const emptyDraft: Draft = { userId: '', name: '', role: 'rep' };

type Outcome = { kind: 'added'; name: string; role: Role } | { kind: 'failed'; message: MessageId } | null;

/** Adds a person to the space by their user id, name and role (managers). */
export function InviteMemberForm({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const invite = useInviteMember(spaceId);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);

  const update = <K extends keyof Draft>(field: K, value: Draft[K]): void => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (): void => {
    setOutcome(null);
    const parsed = InviteMemberBody.safeParse(draft);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(
        Object.fromEntries(Object.entries(found).map(([field, id]) => [field, id && intl.formatMessage({ id })])),
      );
      return;
    }
    invite.mutate(parsed.data, {
      onSuccess: () => {
        setOutcome({ kind: 'added', name: parsed.data.name, role: parsed.data.role });
        setDraft(emptyDraft);
        setErrors({});
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'conflict') {
          setErrors({ userId: intl.formatMessage({ id: 'invite.duplicate' }) });
        } else if (error instanceof ApiError && error.issues.length > 0) {
          setErrors(serverFieldErrors(error.issues));
        } else {
          setOutcome({ kind: 'failed', message: describeError(error, info.inTeams).body });
        }
      },
    });
  };

  const fieldProps = (field: keyof Draft) => ({
    validationState: errors[field] ? ('error' as const) : ('none' as const),
    validationMessage: errors[field],
  });

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'invite.heading' })}
      </Text>
      <form
        className={styles.section}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className={styles.fields}>
          <Field
            label={intl.formatMessage({ id: 'invite.userIdLabel' })}
            hint={intl.formatMessage({ id: 'invite.userIdHint' })}
            required
            {...fieldProps('userId')}
          >
            <Input value={draft.userId} onChange={(_, data) => update('userId', data.value)} />
          </Field>
          <Field label={intl.formatMessage({ id: 'invite.nameLabel' })} required {...fieldProps('name')}>
            <Input value={draft.name} onChange={(_, data) => update('name', data.value)} />
          </Field>
          <Field label={intl.formatMessage({ id: 'invite.roleLabel' })} {...fieldProps('role')}>
            <Select
              value={draft.role}
              onChange={(_, data) => {
                const role = Role.safeParse(data.value);
                if (role.success) update('role', role.data);
              }}
            >
              {Role.options.map((role) => (
                <option key={role} value={role}>
                  {intl.formatMessage({ id: roleMessage[role] })}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" appearance="primary" className={styles.submit} disabled={invite.isPending}>
          {intl.formatMessage({ id: invite.isPending ? 'invite.saving' : 'invite.submit' })}
        </Button>
        {outcome?.kind === 'added' ? (
          <Notice intent="success">
            {intl.formatMessage(
              { id: 'invite.done' },
              { name: outcome.name, role: intl.formatMessage({ id: roleMessage[outcome.role] }) },
            )}
          </Notice>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <Notice intent="error">{intl.formatMessage({ id: outcome.message })}</Notice>
        ) : null}
      </form>
    </section>
  );
}
