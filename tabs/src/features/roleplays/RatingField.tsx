import { RATING_LABELS } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { formatRating } from './feedbackForm';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  invalid: { border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder2}` },
  legend: {
    paddingInline: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
  radio: { maxWidth: '100%' },
  label: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  anchor: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/** Props of {@link RatingField}. */
export interface RatingFieldProps {
  /** Names the radio group, e.g. "Rating for Discovery questions". */
  legend: string;
  /** What the criterion is about. */
  description?: string;
  /** What ratings 1 to 4 look like in behaviour, in that order. */
  anchors: readonly string[];
  value: number | null;
  onChange: (rating: number) => void;
  /** Why the rating cannot be sent yet, or the server's word on it. */
  error?: string;
}

/** A 1–4 rating as radios in a fieldset: each level named (RATING_LABELS) with its behavioural anchor. */
export function RatingField({ legend, description, anchors, value, onChange, error }: RatingFieldProps) {
  const intl = useIntl();
  const styles = useStyles();
  const legendId = useId();
  const descriptionId = useId();
  const errorId = useId();
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className={mergeClasses(styles.fieldset, error && styles.invalid)}>
      <legend id={legendId} className={styles.legend}>
        {legend}
      </legend>
      {description ? (
        <Text as="p" size={200} id={descriptionId} className={styles.description}>
          {description}
        </Text>
      ) : null}
      <RadioGroup
        aria-labelledby={legendId}
        aria-describedby={describedBy || undefined}
        aria-required
        aria-invalid={error ? true : undefined}
        value={value === null ? '' : String(value)}
        onChange={(_, data) => onChange(Number(data.value))}
      >
        {RATING_LABELS.map((_, index) => {
          const rating = index + 1;
          const anchor = anchors[index];
          return (
            <Radio
              key={rating}
              className={styles.radio}
              value={String(rating)}
              label={
                <span className={styles.label}>
                  <span className={styles.name}>{formatRating(intl, rating)}</span>
                  {/* Keeps the accessible name "3 · Solid Asked…" apart; a flex gap is not a space. */}
                  {anchor ? ' ' : null}
                  {anchor ? <span className={styles.anchor}>{anchor}</span> : null}
                </span>
              }
            />
          );
        })}
      </RadioGroup>
      {error ? (
        <Text as="p" size={200} id={errorId} className={styles.error}>
          {error}
        </Text>
      ) : null}
    </fieldset>
  );
}
