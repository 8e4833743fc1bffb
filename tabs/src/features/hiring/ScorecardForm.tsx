import { RATING_LABELS, RECOMMENDATIONS, type HiringLoopResponse, type Recommendation } from '@coachboard/api/domain';
import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { reasonOf } from './errors';
import { useCompetencies, useSubmitScorecard } from './hiringApi';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  questions: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

interface Entry {
  rating: number | null;
  evidence: string;
}

/**
 * An interviewer's scorecard, one competency at a time (it fits the 280 px side panel): a rating
 * with its behavioural anchor, the evidence for it, then the recommendation and development points.
 */
export function ScorecardForm({
  spaceId,
  loop,
  userId,
}: {
  spaceId: string;
  loop: HiringLoopResponse;
  userId: string;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const submit = useSubmitScorecard(spaceId, loop.id);
  const model = useCompetencies(spaceId);
  const keys = loop.interviewers.find((i) => i.userId === userId)?.competencies ?? [];
  const items = keys.map(
    (key) => loop.profile.competencies.find((c) => c.key === key) ?? { key, label: key, weight: 1, questions: [] },
  );
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [step, setStep] = useState(0);
  const [recommendation, setRecommendation] = useState<Recommendation | ''>('');
  const [development, setDevelopment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onSummary = step >= items.length;
  const current = items[step];
  const entry = current ? (entries[current.key] ?? { rating: null, evidence: '' }) : null;
  const anchors = current ? model.data?.find((c) => c.key === current.key)?.anchors : undefined;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const missing = items.findIndex((c) => !entries[c.key]?.rating || !entries[c.key]?.evidence.trim());
    if (missing >= 0) {
      setStep(missing);
      setProblem(
        intl.formatMessage({
          id: entries[items[missing]!.key]?.rating ? 'hiring.card.evidenceRequired' : 'hiring.card.ratingRequired',
        }),
      );
      return;
    }
    if (!recommendation) return;
    setProblem(null);
    submit.mutate(
      {
        ratings: items.map((c) => ({
          key: c.key,
          rating: entries[c.key]!.rating!,
          evidence: entries[c.key]!.evidence,
        })),
        recommendation,
        developmentPoints: development
          .split('\n')
          .map((d) => d.trim())
          .filter(Boolean),
      },
      { onError: (error) => setProblem(intl.formatMessage({ id: 'hiring.saveFailed' }, { reason: reasonOf(error) })) },
    );
  };

  return (
    <form className={styles.form} onSubmit={send} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'hiring.card.heading' })}
      </Text>
      {current && entry ? (
        <>
          <Text>{intl.formatMessage({ id: 'hiring.card.step' }, { n: step + 1, total: items.length })}</Text>
          <Text weight="semibold">{current.label}</Text>
          {current.questions.length > 0 ? (
            <ul className={styles.questions}>
              {current.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : null}
          <Field label={intl.formatMessage({ id: 'hiring.card.rating' })} required>
            <RadioGroup
              value={entry.rating ? String(entry.rating) : ''}
              onChange={(_, d) =>
                setEntries((all) => ({ ...all, [current.key]: { ...entry, rating: Number(d.value) } }))
              }
            >
              {RATING_LABELS.map((label, i) => (
                <Radio
                  key={label}
                  value={String(i + 1)}
                  label={anchors ? `${i + 1} ${label}: ${anchors[i]}` : `${i + 1} ${label}`}
                />
              ))}
            </RadioGroup>
          </Field>
          <Field label={intl.formatMessage({ id: 'hiring.card.evidence' })} required>
            <Textarea
              value={entry.evidence}
              onChange={(_, d) => setEntries((all) => ({ ...all, [current.key]: { ...entry, evidence: d.value } }))}
            />
          </Field>
        </>
      ) : null}
      {onSummary ? (
        <>
          <Field label={intl.formatMessage({ id: 'hiring.card.recommendation' })} required>
            <Select value={recommendation} onChange={(_, d) => setRecommendation(d.value as Recommendation)}>
              <option value="" />
              {RECOMMENDATIONS.map((r) => (
                <option key={r} value={r}>
                  {intl.formatMessage({ id: `hiring.recommendation.${r}` })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={intl.formatMessage({ id: 'hiring.card.development' })}>
            <Textarea value={development} onChange={(_, d) => setDevelopment(d.value)} />
          </Field>
        </>
      ) : null}
      {problem ? <Notice intent="error">{problem}</Notice> : null}
      <div className={styles.nav}>
        {step > 0 ? (
          <Button onClick={() => setStep(step - 1)}>{intl.formatMessage({ id: 'hiring.card.previous' })}</Button>
        ) : null}
        {onSummary ? (
          <Button appearance="primary" type="submit" disabled={submit.isPending || !recommendation}>
            {intl.formatMessage({ id: 'hiring.card.submit' })}
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => setStep(step + 1)}>
            {intl.formatMessage({ id: 'hiring.card.next' })}
          </Button>
        )}
      </div>
    </form>
  );
}
