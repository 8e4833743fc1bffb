import type { Competency, ObservationResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { useObservationActions } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  fieldset: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { paddingInline: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  anchor: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Props of {@link SelfAssessmentForm}. */
export interface SelfAssessmentFormProps {
  spaceId: string;
  observation: ObservationResponse;
  competencies: readonly Competency[];
}

/**
 * The rep assesses themself first: a 1–4 rating per competency observed, each level with its
 * behavioural anchor, and a reflection; or skips it explicitly. The manager's feedback opens after.
 */
export function SelfAssessmentForm({ spaceId, observation, competencies }: SelfAssessmentFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { selfAssess } = useObservationActions(spaceId, observation.id);
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [reflection, setReflection] = useState('');
  const rated = observation.competencies.filter((key) => ratings[key]);
  const valid = reflection.trim().length > 0 && rated.length > 0;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!valid) return;
    selfAssess.mutate({
      ratings: rated.map((competency) => ({ competency, rating: ratings[competency] ?? 1 })),
      reflection,
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={intl.formatMessage({ id: 'observations.self.label' })}>
      {observation.competencies.map((key) => (
        <RatingChoice
          key={key}
          competency={competencies.find((c) => c.key === key) ?? null}
          competencyKey={key}
          value={ratings[key] ?? null}
          onChange={(rating) => setRatings((r) => ({ ...r, [key]: rating }))}
        />
      ))}
      <Field
        label={intl.formatMessage({ id: 'observations.self.reflection' })}
        hint={intl.formatMessage({ id: 'observations.self.reflectionHint' })}
        required
      >
        <Textarea value={reflection} onChange={(_, d) => setReflection(d.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={!valid || selfAssess.isPending}>
          {intl.formatMessage({ id: 'observations.self.submit' })}
        </Button>
        <Button disabled={selfAssess.isPending} onClick={() => selfAssess.mutate({ skip: true })}>
          {intl.formatMessage({ id: 'observations.self.skip' })}
        </Button>
      </div>
      <ErrorLine error={selfAssess.error} />
    </form>
  );
}

function RatingChoice({
  competency,
  competencyKey,
  value,
  onChange,
}: {
  competency: Competency | null;
  competencyKey: string;
  value: number | null;
  onChange: (rating: number) => void;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const legendId = useId();
  return (
    <fieldset className={styles.fieldset}>
      <legend id={legendId} className={styles.legend}>
        {competency?.label ?? competencyKey}
      </legend>
      <RadioGroup
        aria-labelledby={legendId}
        value={value === null ? '' : String(value)}
        onChange={(_, d) => onChange(Number(d.value))}
      >
        {[1, 2, 3, 4].map((n) => (
          <Radio
            key={n}
            value={String(n)}
            label={
              <span className={styles.option}>
                <Text weight="semibold">{intl.formatMessage({ id: `observations.rating.${n as 1 | 2 | 3 | 4}` })}</Text>{' '}
                {competency ? (
                  <Text size={200} className={styles.anchor}>
                    {competency.anchors[n - 1]}
                  </Text>
                ) : null}
              </span>
            }
          />
        ))}
      </RadioGroup>
    </fieldset>
  );
}
