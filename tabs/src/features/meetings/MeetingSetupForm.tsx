import { MEETING_LIMITS } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { useTeams } from '../../teams/context';
import { useCreateMeeting } from './mutations';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
  heading: { margin: 0 },
});

/** The next full hour, as a `datetime-local` value in the user's time zone. */
function nextHourLocal(now = new Date()): string {
  const next = new Date(now);
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}T${pad(next.getHours())}:00`;
}

/** Props of {@link MeetingSetupForm}. */
export interface MeetingSetupFormProps {
  spaceId: string;
}

/** Sets up the Coachboard agenda of this Teams meeting: title, start and length. */
export function MeetingSetupForm({ spaceId }: MeetingSetupFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const create = useCreateMeeting(spaceId);
  const headingId = useId();
  const [title, setTitle] = useState(intl.formatMessage({ id: 'meetings.setup.defaultTitle' }));
  const [start, setStart] = useState(nextHourLocal);
  const [length, setLength] = useState('60');
  const [errors, setErrors] = useState<{ title?: MessageId; start?: MessageId; length?: MessageId }>({});

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
    create.mutate({
      title: title.trim(),
      scheduledStart: when.toISOString(),
      lengthMinutes: minutes,
      ...(info.meetingId ? { teamsMeetingId: info.meetingId } : {}),
      ...(info.chatId ? { chatId: info.chatId } : {}),
    });
  };
  const msg = (id: MessageId | undefined) => (id ? intl.formatMessage({ id }) : undefined);

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.setup.heading' })}
      </Text>
      <Text as="p">{intl.formatMessage({ id: 'meetings.setup.body' })}</Text>
      <Field label={intl.formatMessage({ id: 'meetings.setup.title' })} required validationMessage={msg(errors.title)}>
        <Input value={title} maxLength={MEETING_LIMITS.titleMax} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={intl.formatMessage({ id: 'meetings.setup.start' })} required validationMessage={msg(errors.start)}>
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
      <Button type="submit" appearance="primary" disabled={create.isPending}>
        {intl.formatMessage({ id: 'meetings.setup.create' })}
      </Button>
      {create.isError ? <Notice intent="error">{intl.formatMessage({ id: 'meetings.setup.failed' })}</Notice> : null}
    </form>
  );
}
