import { checkObservationFeedback, type Competency, type ObservationResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { useObservationActions } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  findings: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link FeedbackForm}. */
export interface FeedbackFormProps {
  spaceId: string;
  observation: ObservationResponse;
  competencies: readonly Competency[];
}

/**
 * The manager's feedback: a strength and a development point, each an observed behaviour, and a
 * rating per competency observed. "Share" checks the wording first (the role-play rules): without a
 * strength and a development point, or with judgmental words, it is refused with a suggested rewrite.
 */
export function FeedbackForm({ spaceId, observation, competencies }: FeedbackFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const findingsId = useId();
  const { feedback } = useObservationActions(spaceId, observation.id);
  const [strength, setStrength] = useState(observation.feedback?.strengths[0] ?? '');
  const [development, setDevelopment] = useState(observation.feedback?.developments[0] ?? '');
  const [ratings, setRatings] = useState<Record<string, number>>(
    Object.fromEntries((observation.feedback?.ratings ?? []).map((r) => [r.competency, r.rating])),
  );
  const [shown, setShown] = useState<string[]>([]);
  const label = (key: string): string => competencies.find((c) => c.key === key)?.label ?? key;
  const body = (share: boolean) => ({
    strengths: strength.trim() ? [strength] : [],
    developments: development.trim() ? [development] : [],
    ratings: Object.entries(ratings).map(([competency, rating]) => ({ competency, rating })),
    share,
  });
  const share = (): void => {
    const check = checkObservationFeedback(body(true));
    const blocking = check.findings.filter((f) => f.severity === 'required').map((f) => f.message);
    setShown(blocking);
    if (blocking.length === 0) feedback.mutate(body(true));
  };
  return (
    <div className={styles.form}>
      <Field
        label={intl.formatMessage({ id: 'observations.feedback.strength' })}
        hint={intl.formatMessage({ id: 'observations.feedback.strengthHint' })}
      >
        <Textarea value={strength} onChange={(_, d) => setStrength(d.value)} resize="vertical" />
      </Field>
      <Field
        label={intl.formatMessage({ id: 'observations.feedback.development' })}
        hint={intl.formatMessage({ id: 'observations.feedback.developmentHint' })}
      >
        <Textarea value={development} onChange={(_, d) => setDevelopment(d.value)} resize="vertical" />
      </Field>
      {observation.competencies.map((key) => (
        <Field key={key} label={intl.formatMessage({ id: 'observations.feedback.rating' }, { competency: label(key) })}>
          <Select
            value={ratings[key] ? String(ratings[key]) : ''}
            onChange={(_, d) =>
              setRatings((r) => {
                const { [key]: _removed, ...rest } = r;
                return d.value ? { ...rest, [key]: Number(d.value) } : rest;
              })
            }
          >
            <option value="">{intl.formatMessage({ id: 'observations.rating.none' })}</option>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {intl.formatMessage({ id: `observations.rating.${n as 1 | 2 | 3 | 4}` })}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <div role="status" id={findingsId}>
        {shown.length > 0 ? (
          <ul className={styles.findings} aria-label={intl.formatMessage({ id: 'observations.feedback.needed' })}>
            {shown.map((m) => (
              <li key={m}>
                <Text size={200}>{m}</Text>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" aria-describedby={findingsId} disabled={feedback.isPending} onClick={share}>
          {intl.formatMessage({ id: 'observations.feedback.share' })}
        </Button>
        <Button disabled={feedback.isPending} onClick={() => feedback.mutate(body(false))}>
          {intl.formatMessage({ id: 'observations.feedback.saveDraft' })}
        </Button>
      </div>
      {observation.status === 'selfAssessmentDue' ? (
        <Text as="p" size={200} className={styles.muted}>
          {intl.formatMessage({ id: 'observations.feedback.afterSelf' }, { name: observation.repName })}
        </Text>
      ) : null}
      <ErrorLine error={feedback.error} />
    </div>
  );
}
