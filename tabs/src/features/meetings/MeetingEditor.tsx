import { MEETING_LIMITS, type MeetingResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useDeleteMeeting, useUpdateMeeting } from './mutations';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
  heading: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** A stored instant as a `datetime-local` value in the user's time zone. */
function toLocalInput(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Words for a failed change: a meeting that started meanwhile (409) is named as such. */
function reasonOf(error: unknown, inTeams: boolean): MessageId {
  if (error instanceof ApiError && error.status === 409 && error.code === 'conflict') return 'meetings.delete.started';
  return describeError(error, inTeams).body;
}

/** Props of {@link MeetingEditor}. */
export interface MeetingEditorProps {
  spaceId: string;
  meeting: MeetingResponse;
  /** Called once the meeting is deleted. */
  onDeleted: () => void;
}

/**
 * Edit a meeting's title, start and length (until it ends), and delete it while it has not started
 * (asks once). Both send the meeting's etag: a meeting changed meanwhile is refused and reloaded.
 */
export function MeetingEditor({ spaceId, meeting, onDeleted }: MeetingEditorProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const update = useUpdateMeeting(spaceId, meeting.id);
  const remove = useDeleteMeeting(spaceId, meeting.id);
  const [editing, setEditing] = useState(false);
  // The version the form started from: saving over someone else's later change is refused (412).
  const [baseEtag, setBaseEtag] = useState(meeting.etag);
  const [title, setTitle] = useState(meeting.title);
  const [start, setStart] = useState(() => toLocalInput(meeting.scheduledStart));
  const [length, setLength] = useState(String(meeting.lengthMinutes));
  const [errors, setErrors] = useState<{ title?: MessageId; start?: MessageId; length?: MessageId }>({});
  const msg = (id: MessageId | undefined) => (id ? intl.formatMessage({ id }) : undefined);

  const open = (): void => {
    setTitle(meeting.title);
    setStart(toLocalInput(meeting.scheduledStart));
    setLength(String(meeting.lengthMinutes));
    setErrors({});
    update.reset();
    setBaseEtag(meeting.etag);
    setEditing(true);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found: typeof errors = {};
    const minutes = Number(length);
    const when = new Date(start);
    if (title.trim() === '') found.title = 'meetings.setup.titleRequired';
    if (Number.isNaN(when.getTime())) found.start = 'meetings.setup.startInvalid';
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > MEETING_LIMITS.meetingMaxMinutes) {
      found.length = 'meetings.setup.lengthInvalid';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { body: { title: title.trim(), scheduledStart: when.toISOString(), lengthMinutes: minutes }, etag: baseEtag },
      { onSuccess: () => setEditing(false) },
    );
  };

  const failure = (error: unknown, id: MessageId) => (
    <Notice intent="error">
      {intl.formatMessage({ id }, { reason: intl.formatMessage({ id: reasonOf(error, info.inTeams) }) })}
    </Notice>
  );

  if (editing) {
    return (
      <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'meetings.edit.heading' })}
        </Text>
        <Field
          label={intl.formatMessage({ id: 'meetings.setup.title' })}
          required
          validationMessage={msg(errors.title)}
        >
          <Input value={title} maxLength={MEETING_LIMITS.titleMax} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field
          label={intl.formatMessage({ id: 'meetings.setup.start' })}
          required
          validationMessage={msg(errors.start)}
        >
          <Input type="datetime-local" value={start} onChange={(_, d) => setStart(d.value)} />
        </Field>
        <Field
          label={intl.formatMessage({ id: 'meetings.setup.length' })}
          required
          validationMessage={msg(errors.length)}
        >
          <Input
            type="number"
            min={5}
            max={MEETING_LIMITS.meetingMaxMinutes}
            value={length}
            onChange={(_, d) => setLength(d.value)}
          />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={update.isPending}>
            {intl.formatMessage({ id: 'meetings.edit.save' })}
          </Button>
          <Button onClick={() => setEditing(false)}>{intl.formatMessage({ id: 'meetings.edit.cancel' })}</Button>
        </div>
        {update.isError ? failure(update.error, 'meetings.edit.failed') : null}
      </form>
    );
  }

  return (
    <div className={styles.bar}>
      <Button icon={<Edit16Regular />} onClick={open}>
        {intl.formatMessage({ id: 'meetings.edit.open' })}
      </Button>
      {meeting.status === 'draft' ? (
        <ConfirmDialog
          trigger={<Button icon={<Delete16Regular />}>{intl.formatMessage({ id: 'meetings.delete.open' })}</Button>}
          title={intl.formatMessage({ id: 'meetings.delete.title' }, { title: meeting.title })}
          body={intl.formatMessage({ id: 'meetings.delete.body' })}
          confirmLabel={intl.formatMessage({ id: 'meetings.delete.confirm' })}
          cancelLabel={intl.formatMessage({ id: 'meetings.delete.cancel' })}
          onConfirm={() => remove.mutateAsync(meeting.etag).then(onDeleted, () => undefined)}
        />
      ) : null}
      {remove.isError ? failure(remove.error, 'meetings.delete.failed') : null}
    </div>
  );
}
