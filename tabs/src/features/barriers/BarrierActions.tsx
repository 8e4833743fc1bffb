import { BarrierResource, type BarrierResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/en';
import { ErrorLine } from './ErrorLine';
import { useAnswerBarrier, useBarrierToAgenda, useSetBarrierStatus, useUpcomingMeetings } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  done: { margin: 0, color: tokens.colorPaletteGreenForeground1 },
});

type Open = 'remove' | 'wontFix' | 'reopen' | 'agenda' | null;

/** Props of {@link BarrierActions}. */
export interface BarrierActionsProps {
  spaceId: string;
  barrier: BarrierResponse;
  manager: boolean;
}

/**
 * What the caller may do with a barrier: the managers move it on (in progress, removed with a note
 * and a link, won't fix with a reason) and put it on the agenda; its raiser confirms or reopens it.
 */
export function BarrierActions({ spaceId, barrier, manager }: BarrierActionsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const [open, setOpen] = useState<Open>(null);
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const status = useSetBarrierStatus(spaceId);
  const answer = useAnswerBarrier(spaceId);
  const agenda = useBarrierToAgenda(spaceId);
  const active = barrier.status === 'open' || barrier.status === 'inProgress';
  const mayAgenda = manager && active && barrier.visibility === 'team';
  const meetings = useUpcomingMeetings(spaceId, open === 'agenda');
  const say = (id: MessageId): string => intl.formatMessage({ id });
  const named = (id: MessageId): string =>
    intl.formatMessage({ id: 'barriers.action.label' }, { action: say(id), text: barrier.text });
  const close = (): void => {
    setOpen(null);
    setNote('');
    setUrl('');
    setLabel('');
  };
  const linkValid = url.trim() === '' || BarrierResource.safeParse({ url: url.trim() }).success;
  const etag = barrier.etag;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const done = { onSuccess: close };
    if (open === 'remove') {
      if (!linkValid) return;
      const resources = url.trim() ? [{ url: url.trim(), ...(label.trim() ? { label: label.trim() } : {}) }] : [];
      status.mutate({ id: barrier.id, etag, body: { status: 'removed', note, resources } }, done);
    } else if (open === 'wontFix') {
      if (!note.trim()) return;
      status.mutate({ id: barrier.id, etag, body: { status: 'wontFix', reason: note.trim() } }, done);
    } else if (open === 'reopen') {
      answer.mutate({ id: barrier.id, etag, body: { action: 'reopen', note } }, done);
    } else if (open === 'agenda') {
      const meeting = (meetings.data ?? []).find((m) => m.id === (meetingId || meetings.data?.[0]?.id));
      if (!meeting) return;
      agenda.mutate(
        { id: barrier.id, meetingId: meeting.id },
        {
          onSuccess: () => {
            setAdded(meeting.title);
            close();
          },
        },
      );
    }
  };

  const buttons = (
    <div className={styles.row}>
      {barrier.can.changeStatus && barrier.status === 'open' ? (
        <Button
          size="small"
          aria-label={named('barriers.action.start')}
          disabled={status.isPending}
          onClick={() => status.mutate({ id: barrier.id, etag, body: { status: 'inProgress', note: '' } })}
        >
          {say('barriers.action.start')}
        </Button>
      ) : null}
      {barrier.can.changeStatus ? (
        <>
          <Button size="small" aria-label={named('barriers.action.remove')} onClick={() => setOpen('remove')}>
            {say('barriers.action.remove')}
          </Button>
          <Button size="small" aria-label={named('barriers.action.wontFix')} onClick={() => setOpen('wontFix')}>
            {say('barriers.action.wontFix')}
          </Button>
        </>
      ) : null}
      {mayAgenda ? (
        <Button size="small" aria-label={named('barriers.action.agenda')} onClick={() => setOpen('agenda')}>
          {say('barriers.action.agenda')}
        </Button>
      ) : null}
      {barrier.can.confirm ? (
        <Button
          size="small"
          appearance="primary"
          aria-label={named('barriers.action.confirm')}
          disabled={answer.isPending}
          onClick={() => answer.mutate({ id: barrier.id, etag, body: { action: 'confirm' } })}
        >
          {say('barriers.action.confirm')}
        </Button>
      ) : null}
      {barrier.can.reopen ? (
        <Button size="small" aria-label={named('barriers.action.reopen')} onClick={() => setOpen('reopen')}>
          {say('barriers.action.reopen')}
        </Button>
      ) : null}
    </div>
  );

  return (
    <div className={styles.root}>
      {open === null ? buttons : null}
      {open !== null ? (
        <form className={styles.form} onSubmit={submit}>
          {open === 'remove' ? (
            <>
              <Field label={say('barriers.remove.note')}>
                <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
              </Field>
              <Field
                label={say('barriers.remove.link')}
                validationState={linkValid ? 'none' : 'error'}
                validationMessage={linkValid ? undefined : say('barriers.remove.linkInvalid')}
              >
                <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} />
              </Field>
              {url.trim() ? (
                <Field label={say('barriers.remove.linkLabel')}>
                  <Input value={label} onChange={(_, d) => setLabel(d.value)} />
                </Field>
              ) : null}
            </>
          ) : null}
          {open === 'wontFix' ? (
            <Field label={say('barriers.wontFix.reason')} required>
              <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
            </Field>
          ) : null}
          {open === 'reopen' ? (
            <Field label={say('barriers.reopen.note')}>
              <Textarea value={note} resize="vertical" onChange={(_, d) => setNote(d.value)} />
            </Field>
          ) : null}
          {open === 'agenda' ? (
            (meetings.data ?? []).length > 0 ? (
              <Field label={say('barriers.agenda.meeting')}>
                <Select value={meetingId || meetings.data?.[0]?.id} onChange={(_, d) => setMeetingId(d.value)}>
                  {(meetings.data ?? []).map((m) => (
                    <option key={m.id} value={m.id}>
                      {`${m.title} · ${intl.formatDate(m.scheduledStart, { weekday: 'short', month: 'short', day: 'numeric' })}`}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : meetings.isSuccess ? (
              <Text as="p" size={200} className={styles.muted}>
                {say('barriers.agenda.none')}
              </Text>
            ) : null
          ) : null}
          <div className={styles.row}>
            <Button
              type="submit"
              size="small"
              appearance="primary"
              disabled={
                status.isPending ||
                answer.isPending ||
                agenda.isPending ||
                (open === 'wontFix' && !note.trim()) ||
                (open === 'remove' && !linkValid) ||
                (open === 'agenda' && (meetings.data ?? []).length === 0)
              }
            >
              {say(open === 'agenda' ? 'barriers.agenda.add' : 'barriers.action.save')}
            </Button>
            <Button type="button" size="small" onClick={close}>
              {say('barriers.action.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {added ? (
        <Text as="p" role="status" size={200} className={styles.done}>
          {intl.formatMessage({ id: 'barriers.agenda.done' }, { meeting: added })}
        </Text>
      ) : null}
      <ErrorLine error={status.error ?? answer.error ?? agenda.error} />
    </div>
  );
}
