import { HIRING_LIMITS, type MemberResponse, type RoleProfileResponse } from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { PersonPicker } from '../people';
import { reasonOf } from './errors';
import { useCreateLoop } from './hiringApi';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Seat {
  userId: string;
  competencies: string[];
}

/** A manager starts a loop: the role, the candidate (outside the app), the panel, the dates. */
export function LoopForm({
  spaceId,
  profiles,
  members,
  onDone,
}: {
  spaceId: string;
  profiles: readonly RoleProfileResponse[];
  members: readonly MemberResponse[];
  onDone: (loopId?: string) => void;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const create = useCreateLoop(spaceId);
  const [profileId, setProfileId] = useState(profiles[0]?.id ?? '');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [notes, setNotes] = useState('');
  const [seats, setSeats] = useState<Seat[]>([{ userId: '', competencies: [] }]);
  const [date, setDate] = useState('');
  const [managersSeeEarly, setManagersSeeEarly] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const profile = profiles.find((p) => p.id === profileId);
  const setSeat = (i: number, seat: Seat) => setSeats((current) => current.map((s, j) => (j === i ? seat : s)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const panel = seats.filter((s) => s.userId && s.competencies.length > 0);
    if (panel.length === 0) {
      setProblem(intl.formatMessage({ id: 'hiring.loop.needsInterviewer' }));
      return;
    }
    setProblem(null);
    create.mutate(
      {
        profileId,
        candidate: { name, contact, notes },
        interviewers: panel,
        interviewDates: date ? [date] : [],
        managersSeeEarly,
      },
      {
        onSuccess: (view) => onDone(view.id),
        onError: (error) => setProblem(intl.formatMessage({ id: 'hiring.saveFailed' }, { reason: reasonOf(error) })),
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={intl.formatMessage({ id: 'hiring.loop.profile' })} required>
        <Select
          value={profileId}
          onChange={(_, d) => {
            setProfileId(d.value);
            setSeats((current) => current.map((s) => ({ ...s, competencies: [] })));
          }}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Text>
        {intl.formatMessage({ id: 'hiring.loop.candidateHint' }, { days: HIRING_LIMITS.retentionDaysDefault })}
      </Text>
      <Field label={intl.formatMessage({ id: 'hiring.loop.candidateName' })} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={intl.formatMessage({ id: 'hiring.loop.candidateContact' })}>
        <Input value={contact} onChange={(_, d) => setContact(d.value)} />
      </Field>
      <Field label={intl.formatMessage({ id: 'hiring.loop.candidateNotes' })}>
        <Textarea value={notes} onChange={(_, d) => setNotes(d.value)} />
      </Field>
      {seats.map((seat, i) => {
        const seatName = members.find((m) => m.userId === seat.userId)?.name ?? '';
        return (
          <fieldset key={i} className={styles.fieldset}>
            <legend className={styles.legend}>
              {intl.formatMessage({ id: 'hiring.loop.interviewer' }, { n: i + 1 })}
            </legend>
            <PersonPicker
              label={intl.formatMessage({ id: 'hiring.loop.interviewer' }, { n: i + 1 })}
              members={members}
              value={seat.userId}
              emptyLabel=""
              onChange={(userId) => setSeat(i, { ...seat, userId })}
            />
            {seat.userId && profile ? (
              <div role="group" aria-label={intl.formatMessage({ id: 'hiring.loop.covers' }, { name: seatName })}>
                {profile.competencies.map((c) => (
                  <Checkbox
                    key={c.key}
                    label={c.label}
                    checked={seat.competencies.includes(c.key)}
                    onChange={(_, d) =>
                      setSeat(i, {
                        ...seat,
                        competencies: d.checked
                          ? [...seat.competencies, c.key]
                          : seat.competencies.filter((k) => k !== c.key),
                      })
                    }
                  />
                ))}
              </div>
            ) : null}
            {seats.length > 1 ? (
              <Button onClick={() => setSeats((current) => current.filter((_, j) => j !== i))}>
                {intl.formatMessage({ id: 'hiring.loop.removeInterviewer' }, { n: i + 1 })}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      {seats.length < HIRING_LIMITS.interviewersMax ? (
        <Button onClick={() => setSeats((current) => [...current, { userId: '', competencies: [] }])}>
          {intl.formatMessage({ id: 'hiring.loop.addInterviewer' })}
        </Button>
      ) : null}
      <Field label={intl.formatMessage({ id: 'hiring.loop.date' })}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Checkbox
        label={intl.formatMessage({ id: 'hiring.loop.managersSeeEarly' })}
        checked={managersSeeEarly}
        onChange={(_, d) => setManagersSeeEarly(Boolean(d.checked))}
      />
      {problem ? <Notice intent="error">{problem}</Notice> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={create.isPending || !profileId}>
          {intl.formatMessage({ id: 'hiring.loop.start' })}
        </Button>
        <Button onClick={() => onDone()}>{intl.formatMessage({ id: 'hiring.profile.cancel' })}</Button>
      </div>
    </form>
  );
}
