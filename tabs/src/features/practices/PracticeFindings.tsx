import type { DraftFinding } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  heading: { margin: 0 },
  findings: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  findingList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What the guiding check asks for, live as the author types: required first, then suggestions. */
export function Findings({ id, findings }: { id: string; findings: readonly DraftFinding[] }) {
  const intl = useIntl();
  const styles = useStyles();
  const required = findings.filter((f) => f.severity === 'required');
  const suggestions = findings.filter((f) => f.severity === 'suggestion');
  return (
    <div id={id} role="status" aria-live="polite" className={findings.length > 0 ? styles.findings : undefined}>
      {required.length > 0 ? (
        <>
          <Text as="h3" size={300} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'practices.form.needed' })}
          </Text>
          <ul className={styles.findingList} aria-label={intl.formatMessage({ id: 'practices.form.needed' })}>
            {required.map((f) => (
              <li key={`${f.code}-${f.field}`}>{f.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {suggestions.length > 0 ? (
        <>
          <Text as="h3" size={300} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'practices.form.suggestions' })}
          </Text>
          <ul className={styles.findingList} aria-label={intl.formatMessage({ id: 'practices.form.suggestions' })}>
            {suggestions.map((f) => (
              <li key={`${f.code}-${f.field}`}>{f.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
