import { MEETING_LIMITS } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { useTeams } from '../../teams/context';
import { useCreateMeeting } from './mutations';
import { useSetupOccurrence, type OpenedOccurrence } from './occurrence';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
  heading: { margin: 0 },
});

const pad = (n: number) => String(n).padStart(2, '0');

/** A time as a `datetime-local` value in the user's time zone (to the minute). */
function asLocalInput(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The next full hour, as a `datetime-local` value in the user's time zone. */
function nextHourLocal(now = new Date()): string {
  const next = new Date(now);
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  return asLocalInput(next);
}

/** Props of {@link MeetingSetupForm}. */
export interface MeetingSetupFormProps {
  spaceId: string;
  /** In a Teams meeting: the occurrence to set up (its scheduled start and title fill the form). */
  occurrence?: OpenedOccurrence | null;
}

/** Sets up the Coachboard agenda of this Teams meeting: title, start and length. */
export function MeetingSetupForm({ spaceId, occurrence = null }: MeetingSetupFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const createMeeting = useCreateMeeting(spaceId);
  const details = occurrence?.request.details;
  const setupOccurrence = useSetupOccurrence(
    spaceId,
    occurrence?.request ?? { teamsMeetingId: '', localDate: '2000-01-01' },
  );
  const create = occurrence ? setupOccurrence : createMeeting;
  const headingId = useId();
  const [title, setTitle] = useState(() => details?.title ?? intl.formatMessage({ id: 'meetings.setup.defaultTitle' }));
  const [start, setStart] = useState(() =>
    details ? asLocalInput(new Date(details.scheduledStart)) : nextHourLocal(),
  );
  const [length, setLength] = useState(() => {
    const minutes = details?.scheduledEnd
      ? Math.round((Date.parse(details.scheduledEnd) - Date.parse(details.scheduledStart)) / 60_000)
      : 60;
    return String(minutes >= 5 && minutes <= MEETING_LIMITS.meetingMaxMinutes ? minutes : 60);
  });
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
    const fields = { title: title.trim(), scheduledStart: when.toISOString(), lengthMinutes: minutes };
    if (occurrence) {
      setupOccurrence.mutate(fields);
      return;
    }
    createMeeting.mutate({
      ...fields,
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
      {details?.type === 'Recurring' ? (
        <Text as="p">{intl.formatMessage({ id: 'meetings.occurrence.firstTime' })}</Text>
      ) : null}
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
