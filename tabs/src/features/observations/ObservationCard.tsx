import type { Competency, ObservationResponse, ObservationStatus } from '@coachboard/api/domain';
import { Badge, Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { FeedbackForm } from './FeedbackForm';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import { formatDay } from './format';
import { useObservationActions } from './queries';

const useStyles = makeStyles({
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
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  label: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

const STATUS_COLOR: Record<ObservationStatus, 'warning' | 'informative' | 'brand' | 'success'> = {
  selfAssessmentDue: 'warning',
  awaitingFeedback: 'informative',
  feedbackShared: 'brand',
  acknowledged: 'success',
};

/** Props of {@link ObservationCard}. */
export interface ObservationCardProps {
  spaceId: string;
  observation: ObservationResponse;
  competencies: readonly Competency[];
  /** Whose side the card is on: the observed rep's, or the team's managers'. */
  reader: 'rep' | 'manager';
  /** Prefixed to the title, e.g. the team's name in the personal tab. */
  context?: string;
}

/** One observation with the step that waits on the reader: self-assess, give feedback, acknowledge. */
export function ObservationCard({ spaceId, observation: o, competencies, reader, context }: ObservationCardProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const label = (key: string): string => competencies.find((c) => c.key === key)?.label ?? key;
  const title = intl.formatMessage(
    { id: reader === 'rep' ? 'observations.card.titleRep' : 'observations.card.titleManager' },
    {
      channel: intl.formatMessage({ id: `observations.channel.${o.channel}` }),
      date: formatDay(intl, o.date),
      name: reader === 'rep' ? o.observerName : o.repName,
      minutes: o.minutes,
    },
  );
  const statusText = intl.formatMessage({ id: `observations.status.${reader}.${o.status}` });
  return (
    <article className={styles.card} aria-labelledby={headingId} data-observation-id={o.id}>
      <div className={styles.head}>
        <Text as="h4" id={headingId} weight="semibold" className={styles.title}>
          {context ? `${context} · ${title}` : title}
        </Text>
        <Badge appearance="tint" color={STATUS_COLOR[o.status]}>
          {statusText}
        </Badge>
      </div>
      {o.competencies.length > 0 ? (
        <Text size={200} className={styles.muted}>
          {o.competencies.map(label).join(' · ')}
        </Text>
      ) : null}
      {o.notes && o.notes.length > 0 ? (
        <ul className={styles.list} aria-label={intl.formatMessage({ id: 'observations.card.notes' })}>
          {o.notes.map((n) => (
            <li key={n.competency}>
              <Text size={200}>
                <strong>{label(n.competency)}</strong> {n.text}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
      {o.selfAssessment && !o.selfAssessment.skipped ? (
        <Text as="p" size={200} className={styles.muted}>
          {intl.formatMessage(
            { id: 'observations.card.self' },
            {
              ratings: o.selfAssessment.ratings.map((r) => `${label(r.competency)} ${r.rating}/4`).join(', '),
              reflection: o.selfAssessment.reflection,
            },
          )}
        </Text>
      ) : null}
      {o.selfAssessment?.skipped ? (
        <Text as="p" size={200} className={styles.muted}>
          {intl.formatMessage({ id: 'observations.card.skipped' })}
        </Text>
      ) : null}
      {o.feedback && (reader === 'rep' || o.feedback.sharedAt) ? <FeedbackShown feedback={o.feedback} /> : null}
      {reader === 'rep' && o.status === 'selfAssessmentDue' ? (
        <SelfAssessmentForm spaceId={spaceId} observation={o} competencies={competencies} />
      ) : null}
      {reader === 'rep' && o.status === 'feedbackShared' ? (
        <AcknowledgeForm spaceId={spaceId} observationId={o.id} />
      ) : null}
      {reader === 'manager' && !o.feedback?.sharedAt ? (
        <FeedbackForm spaceId={spaceId} observation={o} competencies={competencies} />
      ) : null}
      {o.acknowledgement ? (
        <Text as="p" size={200}>
          {intl.formatMessage({ id: 'observations.card.nextStep' }, { text: o.acknowledgement.nextStep })}
        </Text>
      ) : null}
    </article>
  );
}

function FeedbackShown({ feedback }: { feedback: NonNullable<ObservationResponse['feedback']> }) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <>
      <Text as="p" weight="semibold" className={styles.label}>
        {intl.formatMessage({ id: 'observations.card.strengths' })}
      </Text>
      <ul className={styles.list}>
        {feedback.strengths.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <Text as="p" weight="semibold" className={styles.label}>
        {intl.formatMessage({ id: 'observations.card.developments' })}
      </Text>
      <ul className={styles.list}>
        {feedback.developments.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}

function AcknowledgeForm({ spaceId, observationId }: { spaceId: string; observationId: string }) {
  const intl = useIntl();
  const { acknowledge } = useObservationActions(spaceId, observationId);
  const [text, setText] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim()) acknowledge.mutate(text);
  };
  return (
    <form onSubmit={submit}>
      <Field
        label={intl.formatMessage({ id: 'observations.ack.nextStep' })}
        hint={intl.formatMessage({ id: 'observations.ack.hint' })}
      >
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Button type="submit" appearance="primary" disabled={!text.trim() || acknowledge.isPending}>
        {intl.formatMessage({ id: 'observations.ack.submit' })}
      </Button>
      <ErrorLine error={acknowledge.error} />
    </form>
  );
}
