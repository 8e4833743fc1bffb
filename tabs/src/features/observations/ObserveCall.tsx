import { elapsedMs, type MemberResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { observationMessages } from '../../i18n/en.observations';
import { withMessages } from '../../i18n/withMessages';
import { PersonPicker } from '../people';
import { ErrorLine } from './ErrorLine';
import { formatElapsed } from './format';
import { useLiveControls, useLiveObservation, useObservationCompetencies } from './queries';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  clock: {
    fontFamily: tokens.fontFamilyNumeric,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontVariantNumeric: 'tabular-nums',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link ObserveCall}. */
export interface ObserveCallProps {
  spaceId: string;
  members: readonly MemberResponse[];
  onClose: () => void;
}

/**
 * Observing a call: pick the rep, Start; the minutes count on the server (pause allowed), notes are
 * taken per competency, and Stop saves the observation and asks the rep to assess themself first.
 */
function ObserveCall({ spaceId, members, onClose }: ObserveCallProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const live = useLiveObservation(spaceId);
  const competencies = useObservationCompetencies(spaceId);
  const { start, update, stop } = useLiveControls(spaceId);
  const reps = members.filter((m) => m.role === 'rep');
  const [repId, setRepId] = useState('');
  const [competency, setCompetency] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<{ name: string; minutes: number } | null>(null);
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const current = live.data?.live ?? null;

  useEffect(() => {
    if (live.data) setOffset(live.data.serverTime - Date.now());
  }, [live.data]);
  useEffect(() => {
    if (current?.timer.status !== 'running') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [current?.timer.status]);

  const label = (key: string): string => competencies.data?.find((c) => c.key === key)?.label ?? key;
  const error = start.error ?? update.error ?? stop.error ?? live.error;

  if (!current) {
    return (
      <section className={styles.root} aria-labelledby={headingId}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'observations.observe.heading' })}
        </Text>
        {saved ? (
          <Text as="p" role="status" className={styles.muted}>
            {intl.formatMessage({ id: 'observations.observe.saved' }, saved)}
          </Text>
        ) : null}
        {reps.length === 0 ? (
          <Text as="p" className={styles.muted}>
            {intl.formatMessage({ id: 'observations.noReps' })}
          </Text>
        ) : (
          <PersonPicker
            label={intl.formatMessage({ id: 'observations.field.rep' })}
            members={reps}
            value={repId}
            onChange={setRepId}
            emptyLabel={intl.formatMessage({ id: 'observations.field.repChoose' })}
            explainMembersOnly
          />
        )}
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={!repId || start.isPending}
            onClick={() => {
              setSaved(null);
              // A side panel opened on one account board (`?boardId=`) observes a call about that account.
              const boardId = new URLSearchParams(window.location.search).get('boardId');
              start.mutate({ repId, channel: 'teamsCall', boardId: boardId || null });
            }}
          >
            {intl.formatMessage({ id: 'observations.observe.start' })}
          </Button>
          <Button onClick={onClose}>{intl.formatMessage({ id: 'observations.observe.close' })}</Button>
        </div>
        <ErrorLine error={error} />
      </section>
    );
  }

  const elapsed = elapsedMs(current.timer, now + offset);
  const running = current.timer.status === 'running';
  const saveNote = (): void => {
    if (!competency || !note.trim()) return;
    const notes = [...current.notes.filter((n) => n.competency !== competency), { competency, text: note.trim() }];
    update.mutate(
      { action: 'notes', competencies: current.competencies, notes },
      {
        onSuccess: () => {
          setNote('');
          setCompetency('');
        },
      },
    );
  };
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'observations.observe.observing' }, { name: current.repName })}
      </Text>
      <Text className={styles.muted} size={200}>
        {intl.formatMessage({ id: running ? 'observations.observe.running' : 'observations.observe.paused' })}
      </Text>
      <span className={styles.clock} data-testid="observation-clock" role="timer" aria-live="off">
        {formatElapsed(elapsed)}
      </span>
      <div className={styles.row}>
        <Button disabled={update.isPending} onClick={() => update.mutate({ action: running ? 'pause' : 'resume' })}>
          {intl.formatMessage({ id: running ? 'observations.observe.pause' : 'observations.observe.continue' })}
        </Button>
        <Button
          appearance="primary"
          disabled={stop.isPending}
          onClick={() =>
            stop.mutate(undefined, {
              onSuccess: (o) => setSaved({ name: o.repName, minutes: o.minutes }),
            })
          }
        >
          {intl.formatMessage({ id: 'observations.observe.stop' })}
        </Button>
      </div>
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
      <Field
        label={intl.formatMessage({ id: 'observations.field.note' })}
        hint={intl.formatMessage({ id: 'observations.field.noteHint' })}
      >
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
      <Button disabled={!competency || !note.trim() || update.isPending} onClick={saveNote}>
        {intl.formatMessage({ id: 'observations.observe.saveNote' })}
      </Button>
      {current.notes.length > 0 ? (
        <ul className={styles.notes} aria-label={intl.formatMessage({ id: 'observations.observe.notesSoFar' })}>
          {current.notes.map((n) => (
            <li key={n.competency}>
              <Text size={200}>
                <strong>{label(n.competency)}</strong> {n.text}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorLine error={error} />
    </section>
  );
}

export default withMessages(observationMessages)(ObserveCall);
