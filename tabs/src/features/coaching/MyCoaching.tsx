import type { CoachingSessionSummary, MyCoachingResponse } from '@coachboard/api/domain';
import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { Notice } from '../../components/Notice';
import { coachingMessages } from '../../i18n/en.coaching';
import { withMessages } from '../../i18n/withMessages';
import { CommitmentList } from './CommitmentList';
import { PlanForm } from './PlanForm';
import { useMyCoaching, useRemindRep, useStartSession } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  space: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  end: { alignSelf: 'flex-end' },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { margin: 0, overflowWrap: 'anywhere' },
});

type SpaceEntry = MyCoachingResponse['spaces'][number];

/** When a session took (or takes) place, in the reader's locale. */
function whenOf(intl: IntlShape, s: CoachingSessionSummary): string {
  return intl.formatDate(s.startedAt ?? s.scheduledFor ?? s.createdAt, { dateStyle: 'medium' });
}

/**
 * "My coaching" in the personal tab: per team, as a rep, the plans I still have to write, my plan's
 * commitments with their due and overdue badges, and my past sessions; as a manager, my reps with the
 * sessions pending or upcoming and their open and overdue commitments.
 */
function MyCoaching() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const mine = useMyCoaching();
  const spaces =
    mine.data?.spaces.filter((s) => s.role === 'manager' || s.role === 'rep' || s.sessions.length > 0) ?? [];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.mine.heading' })}
      </Text>
      {mine.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'coaching.loading' })} /> : null}
      {mine.isError ? <Notice intent="error">{intl.formatMessage({ id: 'coaching.loadFailed' })}</Notice> : null}
      {spaces.map((space) => (
        <SpaceCoaching key={space.spaceId} space={space} />
      ))}
    </section>
  );
}

function SpaceCoaching({ space }: { space: SpaceEntry }) {
  const styles = useStyles();
  const headingId = useId();
  const asRep = space.role !== 'manager' || space.sessions.length > 0;
  return (
    <section className={styles.space} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {space.spaceName}
      </Text>
      {asRep ? <RepCoaching space={space} /> : null}
      {space.role === 'manager' ? <ManagerCoaching space={space} /> : null}
    </section>
  );
}

function RepCoaching({ space }: { space: SpaceEntry }) {
  const intl = useIntl();
  const styles = useStyles();
  const commitmentsId = useId();
  const pastId = useId();
  const toWrite = space.planToWrite
    .map((id) => space.sessions.find((s) => s.id === id))
    .filter((s): s is CoachingSessionSummary => s !== undefined);
  const past = space.sessions.filter((s) => s.status === 'done');
  return (
    <>
      {toWrite.map((session) => (
        <div key={session.id} className={styles.card}>
          <Text as="h4" size={400} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'coaching.mine.planToWrite' })}
          </Text>
          <Text as="p" className={styles.text}>
            {intl.formatMessage(
              { id: 'coaching.mine.planToWriteIntro' },
              { manager: session.managerName, date: whenOf(intl, session) },
            )}
          </Text>
          <PlanForm spaceId={space.spaceId} sessionId={session.id} plan={null} />
        </div>
      ))}
      <Text as="h4" id={commitmentsId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.mine.commitments' })}
      </Text>
      {space.commitments.length === 0 ? (
        <Text as="p" className={styles.text}>
          {intl.formatMessage({ id: 'coaching.mine.noCommitments' })}
        </Text>
      ) : (
        <CommitmentList commitments={space.commitments} labelledBy={commitmentsId} />
      )}
      <Text as="h4" id={pastId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.mine.pastSessions' })}
      </Text>
      {past.length === 0 ? (
        <Text as="p" className={styles.text}>
          {intl.formatMessage({ id: 'coaching.mine.noSessions' })}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={pastId}>
          {past.map((s) => (
            <li key={s.id}>
              <Text as="p" className={styles.text}>
                {intl.formatMessage(
                  { id: 'coaching.mine.sessionLine' },
                  { date: whenOf(intl, s), manager: s.managerName },
                )}
              </Text>
              {s.planGoal ? (
                <Text as="p" size={200} className={mergeClasses(styles.text, styles.meta)}>
                  {intl.formatMessage({ id: 'coaching.mine.goal' }, { goal: s.planGoal })}
                </Text>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ManagerCoaching({ space }: { space: SpaceEntry }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  return (
    <>
      <Text as="h4" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.mine.reps' })}
      </Text>
      {space.reps.length === 0 ? (
        <Text as="p" className={styles.text}>
          {intl.formatMessage({ id: 'coaching.mine.noReps' })}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {space.reps.map((rep) => (
            <li key={rep.repId} className={styles.card}>
              <div className={styles.row}>
                <Text weight="semibold">{rep.name}</Text>
                <Badge appearance="tint" color={rep.pending.length > 0 ? 'brand' : 'informative'}>
                  {intl.formatMessage({ id: 'coaching.mine.repPending' }, { count: rep.pending.length })}
                </Badge>
                <ScheduleForm spaceId={space.spaceId} repId={rep.repId} name={rep.name} />
                {rep.overdueCommitments > 0 ? (
                  <Badge appearance="filled" color="danger">
                    {intl.formatMessage({ id: 'coaching.mine.repOverdue' }, { count: rep.overdueCommitments })}
                  </Badge>
                ) : null}
              </div>
              <Text size={200} className={styles.meta}>
                {intl.formatMessage(
                  { id: 'coaching.mine.repLast' },
                  { date: rep.lastDoneAt ? intl.formatDate(rep.lastDoneAt, { dateStyle: 'medium' }) : 'none' },
                )}
                {' · '}
                {intl.formatMessage({ id: 'coaching.mine.repCommitments' }, { open: rep.openCommitments })}
              </Text>
              {rep.overdueCommitments > 0 ? (
                <RemindButton spaceId={space.spaceId} repId={rep.repId} name={rep.name} />
              ) : null}
              {rep.pending.map((s) => (
                <Text key={s.id} size={200}>
                  {intl.formatMessage({ id: 'coaching.mine.pendingLine' }, { status: s.status, date: whenOf(intl, s) })}
                </Text>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Schedules the next session with a rep; it shows as upcoming and the rep is told. */
function ScheduleForm({ spaceId, repId, name }: { spaceId: string; repId: string; name: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const schedule = useStartSession(spaceId);
  const [when, setWhen] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = new Date(when);
    if (Number.isNaN(at.getTime())) return;
    schedule.mutate({ repId, scheduledFor: at.toISOString() }, { onSuccess: () => setWhen('') });
  };
  return (
    <form className={styles.row} onSubmit={submit}>
      <Field label={intl.formatMessage({ id: 'coaching.mine.schedule' }, { name })} size="small">
        <Input size="small" type="datetime-local" value={when} onChange={(_, d) => setWhen(d.value)} />
      </Field>
      <Button size="small" type="submit" disabled={!when || schedule.isPending} className={styles.end}>
        {intl.formatMessage({ id: 'coaching.mine.scheduleButton' })}
      </Button>
      {schedule.isError ? <Notice intent="error">{intl.formatMessage({ id: 'coaching.saveFailed' })}</Notice> : null}
    </form>
  );
}

/** Sends the rep a notice for each commitment due today or overdue. */
function RemindButton({ spaceId, repId, name }: { spaceId: string; repId: string; name: string }) {
  const intl = useIntl();
  const remind = useRemindRep(spaceId);
  return (
    <div>
      <Button size="small" disabled={remind.isPending} onClick={() => remind.mutate(repId)}>
        {intl.formatMessage({ id: 'coaching.mine.remind' }, { name })}
      </Button>
      {remind.isSuccess ? (
        <Text size={200} role="status">
          {' '}
          {intl.formatMessage({ id: 'coaching.mine.reminded' }, { count: remind.data.reminded })}
        </Text>
      ) : null}
      {remind.isError ? <Notice intent="error">{intl.formatMessage({ id: 'coaching.saveFailed' })}</Notice> : null}
    </div>
  );
}

/** MyCoaching with the coaching texts, which load with it. */
export default withMessages(coachingMessages)(MyCoaching);
