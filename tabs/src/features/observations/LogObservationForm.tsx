import { OBSERVATION_CHANNELS, type MemberResponse, type ObservationChannel } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { PersonPicker } from '../people';
import { ErrorLine } from './ErrorLine';
import { useCreateObservation, useObservationBoards, useObservationCompetencies } from './queries';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '32rem',
    minWidth: 0,
  },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const today = (): string => new Date().toISOString().slice(0, 10);

/** Props of {@link LogObservationForm}. */
export interface LogObservationFormProps {
  spaceId: string;
  members: readonly MemberResponse[];
}

/** A call or visit outside Teams, logged by hand in under a minute: rep, how, when, how long, one note. */
export function LogObservationForm({ spaceId, members }: LogObservationFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const competencies = useObservationCompetencies(spaceId);
  const create = useCreateObservation(spaceId);
  const boards = useObservationBoards(spaceId);
  const [boardId, setBoardId] = useState('');
  const reps = members.filter((m) => m.role === 'rep');
  const [repId, setRepId] = useState('');
  const [channel, setChannel] = useState<ObservationChannel>('fieldVisit');
  const [date, setDate] = useState(today);
  const [minutes, setMinutes] = useState('60');
  const [competency, setCompetency] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const count = Number(minutes);
  const valid = Boolean(repId) && Number.isInteger(count) && count >= 1 && count <= 600 && Boolean(date);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!valid) return;
    create.mutate(
      {
        repId,
        channel,
        date,
        minutes: count,
        boardId: boardId || null,
        competencies: competency ? [competency] : [],
        notes: competency && note.trim() ? [{ competency, text: note.trim() }] : [],
      },
      {
        onSuccess: (o) => {
          setDone(o.repName);
          setNote('');
          setCompetency('');
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'observations.log.heading' })}
      </Text>
      <div className={styles.row}>
        <PersonPicker
          label={intl.formatMessage({ id: 'observations.field.rep' })}
          required
          members={reps}
          value={repId}
          onChange={setRepId}
          emptyLabel={intl.formatMessage({ id: 'observations.field.repChoose' })}
        />
        <Field label={intl.formatMessage({ id: 'observations.field.channel' })}>
          <Select value={channel} onChange={(_, d) => setChannel(d.value as ObservationChannel)}>
            {OBSERVATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {intl.formatMessage({ id: `observations.channel.${c}` })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={intl.formatMessage({ id: 'observations.field.date' })} required>
          <Input type="date" value={date} max={today()} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label={intl.formatMessage({ id: 'observations.field.minutes' })} required>
          <Input type="number" min={1} max={600} value={minutes} onChange={(_, d) => setMinutes(d.value)} />
        </Field>
      </div>
      {boards.data && boards.data.length > 0 ? (
        <Field label={intl.formatMessage({ id: 'observations.field.board' })}>
          <Select value={boardId} onChange={(_, d) => setBoardId(d.value)}>
            <option value="">{intl.formatMessage({ id: 'observations.field.boardNone' })}</option>
            {boards.data.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={intl.formatMessage({ id: 'observations.field.competency' })}>
        <Select value={competency} onChange={(_, d) => setCompetency(d.value)}>
          <option value="">{intl.formatMessage({ id: 'observations.field.competencyChoose' })}</option>
          {(competencies.data ?? []).map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      {competency ? (
        <Field
          label={intl.formatMessage({ id: 'observations.field.note' })}
          hint={intl.formatMessage({ id: 'observations.field.noteHint' })}
        >
          <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
        </Field>
      ) : null}
      <div>
        <Button type="submit" appearance="primary" disabled={!valid || create.isPending}>
          {intl.formatMessage({ id: 'observations.log.submit' })}
        </Button>
      </div>
      {done ? (
        <Text as="p" role="status" className={styles.muted}>
          {intl.formatMessage({ id: 'observations.log.done' }, { name: done })}
        </Text>
      ) : null}
      <ErrorLine error={create.error} />
    </form>
  );
}
