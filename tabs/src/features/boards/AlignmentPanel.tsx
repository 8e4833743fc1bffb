import type { AlignmentResponse, AlignmentWarning } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, Circle16Regular, Warning16Regular, Info16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0 },
  status: {
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusSuccessBorderActive}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
  },
  misaligned: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  subheading: { margin: 0 },
});

/** Props of {@link AlignmentPanel}. */
export interface AlignmentPanelProps {
  alignment: AlignmentResponse;
  /** Large type for the meeting stage; `compact` shows warnings only. @default 'regular' */
  density?: 'regular' | 'compact' | 'stage';
  /** Level of the panel's heading. @default 3 */
  headingLevel?: 2 | 3;
}

/**
 * Whether our stage is in step with the buyer: which exit criteria (buyer actions) are evidenced,
 * and each warning with what to do next.
 */
export function AlignmentPanel({ alignment, density = 'regular', headingLevel = 3 }: AlignmentPanelProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const big = density === 'stage';
  const shown = alignment.criteria.filter((c) => c.required || c.stageId === alignment.salesStage?.id);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as={`h${headingLevel}`} id={headingId} size={big ? 700 : 500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'boards.alignment.heading' })}
      </Text>
      <Text size={big ? 500 : 300} className={mergeClasses(styles.status, !alignment.aligned && styles.misaligned)}>
        {intl.formatMessage({ id: alignment.aligned ? 'boards.alignment.aligned' : 'boards.alignment.misaligned' })}
      </Text>
      <WarningList warnings={alignment.warnings} big={big} />
      {density === 'compact' ? null : (
        <>
          <Text
            as={`h${headingLevel + 1}` as 'h3' | 'h4'}
            size={big ? 500 : 400}
            weight="semibold"
            className={styles.subheading}
          >
            {intl.formatMessage({ id: 'boards.alignment.criteria' })}
          </Text>
          <ul className={styles.list}>
            {shown.map((criterion) => (
              <li key={criterion.criterionId} className={styles.item}>
                {criterion.evidenced ? (
                  <CheckmarkCircle16Regular className={styles.icon} aria-hidden />
                ) : (
                  <Circle16Regular className={styles.icon} aria-hidden />
                )}
                <span className={styles.text}>
                  <Text size={big ? 500 : 300}>{criterion.text}</Text>
                  <Text size={big ? 400 : 200} className={styles.muted}>
                    {intl.formatMessage({
                      id: criterion.evidenced ? 'boards.alignment.evidenced' : 'boards.alignment.missing',
                    })}
                    {criterion.required ? ` · ${intl.formatMessage({ id: 'boards.alignment.required' })}` : ''}
                  </Text>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Alignment warnings, each with its next step. */
export function WarningList({ warnings, big = false }: { warnings: readonly AlignmentWarning[]; big?: boolean }) {
  const intl = useIntl();
  const styles = useStyles();
  if (warnings.length === 0) {
    return <Text size={big ? 500 : 300}>{intl.formatMessage({ id: 'boards.alignment.noWarnings' })}</Text>;
  }
  return (
    <ul className={styles.list} aria-label={intl.formatMessage({ id: 'boards.alignment.warnings' })}>
      {warnings.map((warning, index) => (
        <li key={`${warning.code}-${index}`} className={styles.item}>
          {warning.severity === 'warning' ? (
            <Warning16Regular className={styles.icon} aria-hidden />
          ) : (
            <Info16Regular className={styles.icon} aria-hidden />
          )}
          <span className={styles.text}>
            <Text size={big ? 500 : 300} weight="semibold">
              {warning.message}
            </Text>
            <Text size={big ? 400 : 300}>
              {intl.formatMessage({ id: 'boards.alignment.next' }, { next: warning.next })}
            </Text>
          </span>
        </li>
      ))}
    </ul>
  );
}
