import type { AgendaItemResponse, Finding } from '@coachboard/api/domain';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { MailArrowForward20Regular, PeopleTeam20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorderActive}`,
  },
  info: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}` },
  reason: { color: tokens.colorNeutralForeground2 },
  fixes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

/** Props of {@link LintFindings}. */
export interface LintFindingsProps {
  findings: Finding[];
  items: AgendaItemResponse[];
  /** Whether the one-click fixes are offered (planners only). */
  canFix: boolean;
  pending: boolean;
  /** Next to an item: the findings' words only; the summary carries the fixes. */
  inline?: boolean;
  onMoveToDigest: (itemId: string) => void;
  /** "Needs the room" on a could-be-an-email finding: keep the item, stop flagging its line. Not offered when absent. */
  onNeedsTheRoom?: (itemId: string) => void;
}

/** The linter's findings, each with why; "could be an email" offers "Move to pre-read" and "Needs the room". */
export function LintFindings({
  findings,
  items,
  canFix,
  pending,
  inline = false,
  onMoveToDigest,
  onNeedsTheRoom,
}: LintFindingsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  if (findings.length === 0) {
    return inline ? null : <Text as="p">{intl.formatMessage({ id: 'meetings.lint.clean' })}</Text>;
  }
  const list = (
    <ul className={styles.list} aria-labelledby={inline ? undefined : headingId}>
      {findings.map((finding, index) => {
        const item = finding.itemId ? items.find((i) => i.id === finding.itemId) : undefined;
        return (
          <li
            key={`${finding.code}-${finding.itemId ?? index}`}
            className={mergeClasses(styles.finding, finding.severity === 'info' && styles.info)}
          >
            <Text size={inline ? 200 : 300} weight={inline ? 'regular' : 'semibold'}>
              {finding.message}
            </Text>
            <Text size={200} className={styles.reason}>
              {finding.reason}
            </Text>
            {!inline && canFix && finding.fix && item ? (
              <div className={styles.fixes}>
                <Button
                  size="small"
                  icon={<MailArrowForward20Regular />}
                  disabled={pending}
                  onClick={() => onMoveToDigest(finding.fix?.itemId ?? item.id)}
                  aria-label={intl.formatMessage({ id: 'meetings.lint.moveToDigestOf' }, { title: item.title })}
                >
                  {intl.formatMessage({ id: 'meetings.lint.moveToDigest' })}
                </Button>
                {onNeedsTheRoom && finding.code === 'couldBeEmail' ? (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<PeopleTeam20Regular />}
                    disabled={pending}
                    onClick={() => onNeedsTheRoom(item.id)}
                    aria-label={intl.formatMessage({ id: 'meetings.lint.needsTheRoomOf' }, { title: item.title })}
                  >
                    {intl.formatMessage({ id: 'meetings.lint.needsTheRoom' })}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
  if (inline) return list;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.lint.heading' }, { count: findings.length })}
      </Text>
      {list}
    </section>
  );
}
