import {
  askTellBalance,
  GROW_STEPS,
  type CoachingSessionResponse,
  type CoachingSuggestion,
  type GrowStep,
  type SessionStep,
} from '@coachboard/api/domain';
import { Badge, Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { coachingMessages } from '../../i18n/en.coaching';
import { withMessages } from '../../i18n/withMessages';
import { ApiError } from '../../lib/api';
import { LazyAgreementReview } from '../agreements';
import { ReviewStep } from './ReviewStep';
import { useCoachingSession, useRepSessions, useResumeSession, useStartSession, useUpdateSession } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  suggestion: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Props of {@link CoachingSessionPanel}. */
export interface CoachingSessionPanelProps {
  spaceId: string;
  repId: string;
  repName: string;
  /** The Teams meeting occurrence the session belongs to: one session per rep and occurrence. */
  occurrenceKey?: string;
}

/**
 * A coaching session in the side panel (280 px and up), for the manager: it starts the session, then
 * steps through the review of last time's commitments and the GROW steps one at a time, with question
 * suggestions drawn from the rep's recent role-plays and the ask/tell balance of the notes as they are typed.
 */
function CoachingSessionPanel({ spaceId, repId, repName, occurrenceKey }: CoachingSessionPanelProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const start = useStartSession(spaceId);
  const resume = useResumeSession(spaceId);
  const existing = useRepSessions(spaceId, repId);
  // A session scheduled (or left under way) with this rep is opened rather than a new one started.
  const pending = existing.data?.find((s) => s.status !== 'done') ?? null;
  const opened = start.data ?? resume.data;
  const session = useCoachingSession(spaceId, opened?.id ?? null);
  const view = session.data ?? opened;
  const busy = start.isPending || resume.isPending || existing.isPending;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.session.heading' }, { rep: repName })}
      </Text>
      {view ? (
        <>
          <SessionSteps key={view.id} spaceId={spaceId} view={view} repName={repName} />
          {/* The commitments of the rep's agreement with the manager, reviewed in the 1:1. */}
          <LazyAgreementReview spaceId={spaceId} repId={repId} repName={repName} />
        </>
      ) : (
        <>
          <Text as="p" className={styles.text}>
            {intl.formatMessage({ id: 'coaching.session.intro' }, { rep: repName })}
          </Text>
          {pending ? (
            <Text as="p" size={200} className={styles.meta}>
              {intl.formatMessage(
                { id: 'coaching.session.pending' },
                {
                  status: pending.status,
                  date: intl.formatDate(pending.scheduledFor ?? pending.startedAt ?? pending.createdAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                },
              )}
            </Text>
          ) : null}
          {start.isError || resume.isError ? (
            <Notice intent="error">{intl.formatMessage({ id: 'coaching.saveFailed' })}</Notice>
          ) : null}
          <div>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                pending
                  ? resume.mutate(pending.id)
                  : start.mutate({ repId, ...(occurrenceKey ? { occurrenceKey } : {}) })
              }
            >
              {intl.formatMessage({ id: busy ? 'coaching.session.starting' : 'coaching.session.start' })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function stepsOf(view: CoachingSessionResponse): SessionStep[] {
  return view.commitments.length > 0 || view.step === 'review' ? ['review', ...GROW_STEPS] : [...GROW_STEPS];
}

function SessionSteps({ spaceId, view, repName }: { spaceId: string; view: CoachingSessionResponse; repName: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const update = useUpdateSession(spaceId, view.id);
  const [step, setStep] = useState<SessionStep>(view.step);
  const [notes, setNotes] = useState<Partial<Record<GrowStep, string>>>(view.notes);
  const [advice, setAdvice] = useState(view.advice);
  const notesId = useId();
  const balance = useMemo(() => askTellBalance(GROW_STEPS.map((s) => notes[s] ?? '')), [notes]);
  const steps = stepsOf(view);
  const index = Math.max(0, steps.indexOf(step));
  const unreviewed = view.commitments.filter((c) => c.review === null).length;
  const done = view.status === 'done';

  const move = (to: SessionStep | null) => {
    const body = {
      ...(step !== 'review' ? { notes: { [step]: notes[step] ?? '' } } : {}),
      ...(step === 'will' ? { advice } : {}),
      ...(to ? { step: to } : { status: 'done' as const }),
    };
    update.mutate({ body, etag: view.etag }, { onSuccess: () => to && setStep(to) });
  };

  const stale = update.error instanceof ApiError && update.error.status === 412;
  return (
    <>
      <div className={styles.header}>
        <Text size={200} className={styles.meta}>
          {intl.formatMessage({ id: 'coaching.session.stepOf' }, { number: index + 1, count: steps.length })}
        </Text>
        <Badge appearance="tint" color={balance.told > balance.asked ? 'warning' : 'success'} aria-live="polite">
          {intl.formatMessage({ id: 'coaching.session.balance' }, { asked: balance.asked, told: balance.told })}
        </Badge>
      </div>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: `coaching.session.step.${step}` })}
      </Text>
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: `coaching.session.stepHint.${step}` }, { rep: repName })}
      </Text>
      {step === 'review' ? (
        <>
          <ReviewStep spaceId={spaceId} sessionId={view.id} commitments={view.commitments} />
          {unreviewed > 0 ? (
            <Text size={200} className={styles.meta}>
              {intl.formatMessage({ id: 'coaching.session.reviewAll' })}
            </Text>
          ) : null}
        </>
      ) : (
        <>
          <Suggestions
            suggestions={view.suggestions.filter((s) => s.step === step)}
            onUse={(question) =>
              setNotes((current) => ({ ...current, [step]: [current[step], question].filter(Boolean).join('\n') }))
            }
          />
          <Field label={intl.formatMessage({ id: 'coaching.session.notes' })}>
            <Textarea
              id={notesId}
              value={notes[step] ?? ''}
              onChange={(_, d) => setNotes((current) => ({ ...current, [step]: d.value }))}
              resize="vertical"
              rows={4}
              disabled={done}
            />
          </Field>
          {balance.told > balance.asked && balance.told >= 3 ? (
            <Text size={200} className={styles.meta}>
              {intl.formatMessage({ id: 'coaching.session.nudge' })}
            </Text>
          ) : null}
        </>
      )}
      {step === 'will' ? (
        <>
          <Field label={intl.formatMessage({ id: 'coaching.session.advice' }, { rep: repName })}>
            <Textarea
              value={advice}
              onChange={(_, d) => setAdvice(d.value)}
              resize="vertical"
              rows={3}
              disabled={done}
            />
          </Field>
          <RepPlan view={view} repName={repName} />
        </>
      ) : null}
      {update.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: stale ? 'coaching.stale' : 'coaching.saveFailed' })}</Notice>
      ) : null}
      {done ? (
        <Notice intent="success">{intl.formatMessage({ id: 'coaching.session.recorded' }, { rep: repName })}</Notice>
      ) : null}
      <div className={styles.footer}>
        <Button size="small" disabled={index === 0 || update.isPending} onClick={() => move(steps[index - 1] ?? null)}>
          {intl.formatMessage({ id: 'coaching.session.back' })}
        </Button>
        {index < steps.length - 1 ? (
          <Button
            size="small"
            appearance="primary"
            disabled={update.isPending || (step === 'review' && unreviewed > 0)}
            onClick={() => move(steps[index + 1] ?? null)}
          >
            {intl.formatMessage({ id: 'coaching.session.next' })}
          </Button>
        ) : (
          <Button size="small" appearance="primary" disabled={update.isPending || done} onClick={() => move(null)}>
            {intl.formatMessage({ id: 'coaching.session.record' })}
          </Button>
        )}
      </div>
    </>
  );
}

function Suggestions({ suggestions, onUse }: { suggestions: CoachingSuggestion[]; onUse: (question: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const known = suggestions.filter((s) => `coaching.suggest.${s.key}` in coachingMessages);
  if (known.length === 0) return null;
  return (
    <>
      <Text as="h4" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.session.suggestions' })}
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {known.map((s) => {
          const question = intl.formatMessage(
            { id: `coaching.suggest.${s.key}` as keyof typeof coachingMessages },
            s.values,
          );
          return (
            <li key={`${s.key}|${s.source?.id ?? ''}`} className={styles.suggestion}>
              <Text className={styles.text}>{question}</Text>
              {s.source ? (
                <Text size={200} className={styles.meta}>
                  {intl.formatMessage({ id: 'coaching.session.fromRoleplay' }, { title: s.source.title })}
                </Text>
              ) : null}
              <Button
                size="small"
                appearance="subtle"
                onClick={() => onUse(question)}
                aria-label={`${intl.formatMessage({ id: 'coaching.session.useQuestion' })}: ${question}`}
              >
                {intl.formatMessage({ id: 'coaching.session.useQuestion' })}
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function RepPlan({ view, repName }: { view: CoachingSessionResponse; repName: string }) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <>
      <Text as="h4" size={300} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.session.plan' }, { rep: repName })}
      </Text>
      {view.plan ? (
        <>
          <Text as="p" className={styles.text}>
            {view.plan.goal}
          </Text>
          <ul className={styles.list}>
            {view.plan.actions.map((a) => (
              <li key={a.actionId}>
                <Text className={styles.text}>{a.text}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Text as="p" size={200} className={styles.meta}>
          {intl.formatMessage({ id: 'coaching.session.noPlan' }, { rep: repName })}
        </Text>
      )}
    </>
  );
}

/** The session panel with the coaching texts, which load with it. */
export default withMessages(coachingMessages)(CoachingSessionPanel);
