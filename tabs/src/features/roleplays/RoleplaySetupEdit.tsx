import { ROLEPLAY_LIMITS, type MemberResponse, type RoleplayResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { PersonPicker } from '../people';
import { useDeleteRoleplay, useUpdateRoleplay } from './mutations';
import { useRoleplaysApi } from './roleplaysApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  number: { flexBasis: '7rem', flexGrow: 1, minWidth: 0 },
});

interface Draft {
  repId: string;
  customerId: string;
  observers: { userId: string; criterion: string }[];
  rounds: string;
  roundMinutes: string;
}

const draftOf = (roleplay: RoleplayResponse): Draft => ({
  repId: roleplay.rep.userId,
  customerId: roleplay.customer.userId,
  observers: roleplay.observers.map((o) => ({ userId: o.userId, criterion: o.criterion })),
  rounds: String(roleplay.rounds),
  roundMinutes: String(roleplay.roundMinutes),
});

/** Props of {@link RoleplaySetupEdit}. */
export interface RoleplaySetupEditProps {
  roleplay: RoleplayResponse;
  members: readonly MemberResponse[];
  /** Called once the role-play is deleted. */
  onDeleted: () => void;
}

/**
 * Before the first round, the facilitator or a manager changes the cast, rounds and round length
 * (the scenario and criteria stay as set up), or deletes the role-play after confirming.
 */
export function RoleplaySetupEdit({ roleplay, members, onDeleted }: RoleplaySetupEditProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const api = useRoleplaysApi();
  const update = useUpdateRoleplay(roleplay.spaceId, roleplay.id);
  const remove = useDeleteRoleplay(roleplay.spaceId, roleplay.id);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(roleplay));
  const conflict = update.error instanceof ApiError && update.error.status === 412;
  const reason = (error: unknown): string =>
    error instanceof ApiError && error.detail && error.status !== 412
      ? error.detail
      : intl.formatMessage({ id: describeError(error, info.inTeams).body });

  const save = (etag: string): void =>
    update.mutate(
      {
        body: {
          repId: draft.repId,
          customerId: draft.customerId,
          observers: draft.observers,
          rounds: Number(draft.rounds),
          roundMinutes: Number(draft.roundMinutes),
        },
        etag,
      },
      { onSuccess: () => setEditing(false) },
    );
  /** After a 412, keeps this editor's set-up and saves it over the latest version. */
  const overwrite = async (): Promise<void> => save((await api.roleplay(roleplay.spaceId, roleplay.id)).etag);

  // Everyone in the cast is chosen the one way a person is chosen in the app (PersonPicker): the
  // space's members, with the note on where people are added when this is the side panel.
  const person = (label: string, value: string, onChange: (userId: string) => void, explainMembersOnly = false) => (
    <PersonPicker
      label={label}
      members={members}
      value={value}
      onChange={onChange}
      className={styles.select}
      explainMembersOnly={explainMembersOnly}
    />
  );

  const deleteDialog = (
    <ConfirmDialog
      trigger={<Button icon={<Delete20Regular />}>{intl.formatMessage({ id: 'roleplays.setup.delete' })}</Button>}
      title={intl.formatMessage({ id: 'roleplays.setup.deleteTitle' })}
      body={intl.formatMessage({ id: 'roleplays.setup.deleteBody' })}
      confirmLabel={intl.formatMessage({ id: 'roleplays.setup.delete' })}
      pending={remove.isPending}
      error={remove.isError ? <Notice intent="error">{reason(remove.error)}</Notice> : null}
      onConfirm={async () => {
        await remove.mutateAsync(roleplay.etag);
        onDeleted();
      }}
    />
  );

  if (!editing)
    return (
      <div className={styles.row}>
        <Button
          onClick={() => {
            setDraft(draftOf(roleplay));
            update.reset();
            setEditing(true);
          }}
        >
          {intl.formatMessage({ id: 'roleplays.setup.change' })}
        </Button>
        {deleteDialog}
        {update.isSuccess ? (
          <Notice intent="success">{intl.formatMessage({ id: 'roleplays.setup.saved' })}</Notice>
        ) : null}
      </div>
    );

  return (
    <form
      className={styles.root}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(roleplay.etag);
      }}
    >
      <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.setup.editHeading' })}
      </Text>
      {person(
        intl.formatMessage({ id: 'roleplays.setup.rep' }),
        draft.repId,
        (repId) => setDraft((d) => ({ ...d, repId })),
        true,
      )}
      {person(intl.formatMessage({ id: 'roleplays.setup.customer' }), draft.customerId, (customerId) =>
        setDraft((d) => ({ ...d, customerId })),
      )}
      {draft.observers.map((observer, index) => {
        const n = index + 1;
        const setObserver = (patch: Partial<Draft['observers'][number]>): void =>
          setDraft((d) => ({ ...d, observers: d.observers.map((o, i) => (i === index ? { ...o, ...patch } : o)) }));
        return (
          <div key={index} className={styles.row}>
            {person(intl.formatMessage({ id: 'roleplays.setup.observer' }, { n }), observer.userId, (userId) =>
              setObserver({ userId }),
            )}
            <Field label={intl.formatMessage({ id: 'roleplays.setup.criterion' }, { n })} className={styles.select}>
              <Select value={observer.criterion} onChange={(_, data) => setObserver({ criterion: data.value })}>
                {roleplay.criteria.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              appearance="subtle"
              onClick={() => setDraft((d) => ({ ...d, observers: d.observers.filter((_, i) => i !== index) }))}
            >
              {intl.formatMessage({ id: 'roleplays.setup.removeObserver' }, { n })}
            </Button>
          </div>
        );
      })}
      <Button
        disabled={draft.observers.length >= ROLEPLAY_LIMITS.observersMax || members.length === 0}
        onClick={() =>
          setDraft((d) => ({
            ...d,
            observers: [
              ...d.observers,
              { userId: members[0]?.userId ?? '', criterion: roleplay.criteria[0]?.key ?? '' },
            ],
          }))
        }
      >
        {intl.formatMessage({ id: 'roleplays.setup.addObserver' })}
      </Button>
      <div className={styles.row}>
        <Field className={styles.number} label={intl.formatMessage({ id: 'roleplays.setup.rounds' })}>
          <Input
            type="number"
            min={1}
            max={ROLEPLAY_LIMITS.roundsMax}
            value={draft.rounds}
            onChange={(_, data) => setDraft((d) => ({ ...d, rounds: data.value }))}
          />
        </Field>
        <Field className={styles.number} label={intl.formatMessage({ id: 'roleplays.setup.roundMinutes' })}>
          <Input
            type="number"
            min={1}
            max={ROLEPLAY_LIMITS.roundMinutesMax}
            value={draft.roundMinutes}
            onChange={(_, data) => setDraft((d) => ({ ...d, roundMinutes: data.value }))}
          />
        </Field>
      </div>
      {conflict ? (
        <Notice intent="warning">
          {intl.formatMessage({ id: 'roleplays.setup.conflict' })}{' '}
          <Button size="small" disabled={update.isPending} onClick={() => void overwrite()}>
            {intl.formatMessage({ id: 'roleplays.setup.overwrite' })}
          </Button>
        </Notice>
      ) : null}
      {update.isError && !conflict ? (
        <Notice intent="error">
          {intl.formatMessage({ id: 'roleplays.setup.editFailed' }, { reason: reason(update.error) })}
        </Notice>
      ) : null}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={update.isPending}>
          {intl.formatMessage({ id: update.isPending ? 'roleplays.setup.saving' : 'roleplays.setup.save' })}
        </Button>
        <Button onClick={() => setEditing(false)}>{intl.formatMessage({ id: 'roleplays.setup.cancel' })}</Button>
      </div>
    </form>
  );
}
