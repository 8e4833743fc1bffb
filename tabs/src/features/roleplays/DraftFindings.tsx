import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import type { DraftFinding } from './feedbackForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  shown: {
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** Props of {@link DraftFindings}. */
export interface DraftFindingsProps {
  /** For `aria-describedby` of the submit button. */
  id: string;
  findings: readonly DraftFinding[];
  /** Names the field a finding is about ("Strength 2"), or null when the finding speaks for itself. */
  fieldName: (field: string) => string | null;
}

/**
 * What the wording check says about a draft, live as it is written: what is needed before
 * submitting, then suggestions. Announced politely; empty (but present) when all is well.
 */
export function DraftFindings({ id, findings, fieldName }: DraftFindingsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const required = findings.filter((f) => f.severity === 'required');
  const nudges = findings.filter((f) => f.severity === 'nudge');
  const line = (f: DraftFinding) => {
    const name = fieldName(f.field);
    return name
      ? intl.formatMessage({ id: 'roleplays.feedback.findingAt' }, { field: name, message: f.message })
      : f.message;
  };
  const group = (heading: string, list: readonly DraftFinding[]) =>
    list.length > 0 ? (
      <>
        <Text as="p" size={300} weight="semibold" className={styles.heading}>
          {heading}
        </Text>
        <ul className={styles.list} aria-label={heading}>
          {list.map((f) => (
            <li key={`${f.code}-${f.field}`}>
              <Text size={200}>{line(f)}</Text>
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <div
      id={id}
      role="status"
      aria-live="polite"
      className={mergeClasses(styles.root, findings.length > 0 && styles.shown)}
    >
      {group(intl.formatMessage({ id: 'roleplays.feedback.needed' }), required)}
      {group(intl.formatMessage({ id: 'roleplays.feedback.suggestions' }), nudges)}
    </div>
  );
}

/** Names a draft path for people: `strengths.1` → "Strength 2"; null for whole lists and single texts. */
export function useFieldName(): (field: string) => string | null {
  const intl = useIntl();
  return (field) => {
    const match = /^(strengths|developments)\.(\d+)$/.exec(field);
    if (!match) return null;
    const n = Number(match[2]) + 1;
    return intl.formatMessage(
      { id: match[1] === 'strengths' ? 'roleplays.feedback.strength' : 'roleplays.feedback.development' },
      { n },
    );
  };
}
