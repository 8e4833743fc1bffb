import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { LockClosed20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Props of {@link CustomerBrief}. */
export interface CustomerBriefProps {
  /** The persona's hidden objections, as only the customer's side panel receives them. */
  objections: readonly string[];
}

/**
 * The customer's private brief: the objections to raise, marked as private. Only the customer's side
 * panel renders it; the stage never does, since it is shared to everyone's screen.
 */
export function CustomerBrief({ objections }: CustomerBriefProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="customer-brief">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        <LockClosed20Regular aria-hidden />
        {intl.formatMessage({ id: 'roleplays.run.brief.heading' })}
      </Text>
      <Text as="p" size={200} className={styles.intro}>
        {intl.formatMessage({ id: 'roleplays.run.brief.intro' })}
      </Text>
      <ul className={styles.list} aria-label={intl.formatMessage({ id: 'roleplays.run.brief.list' })}>
        {objections.map((objection, i) => (
          <li key={i}>
            <Text>{objection}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
