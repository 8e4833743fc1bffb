import type { CommitmentResponse } from '@coachboard/api/domain';
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useIntl, type IntlShape } from 'react-intl';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  text: { overflowWrap: 'anywhere', flex: '1 1 12rem' },
  why: { color: tokens.colorNeutralForeground2 },
});

/** A calendar date (YYYY-MM-DD) in the reader's locale, e.g. “Thu, Dec 10”. */
export function formatDay(intl: IntlShape, day: string): string {
  return intl.formatDate(`${day}T00:00:00Z`, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
}

const DUE_COLOR = { overdue: 'danger', dueToday: 'warning', upcoming: 'informative' } as const;
const OUTCOME_COLOR = { done: 'success', notDone: 'danger', changed: 'warning' } as const;

/** A commitment's status as a badge: due, due today or overdue while open; its outcome once reviewed. */
export function CommitmentBadge({ commitment }: { commitment: CommitmentResponse }) {
  const intl = useIntl();
  if (commitment.review) {
    return (
      <Badge appearance="tint" color={OUTCOME_COLOR[commitment.review.outcome]}>
        {intl.formatMessage({ id: `coaching.outcome.${commitment.review.outcome}` })}
      </Badge>
    );
  }
  const due = commitment.due ?? 'upcoming';
  return (
    <Badge appearance={due === 'overdue' ? 'filled' : 'tint'} color={DUE_COLOR[due]}>
      {intl.formatMessage({ id: `coaching.due.${due}` }, { date: formatDay(intl, commitment.dueDate) })}
    </Badge>
  );
}

/** Props of {@link CommitmentList}. */
export interface CommitmentListProps {
  commitments: readonly CommitmentResponse[];
  /** Labels the list (the heading's id). */
  labelledBy?: string;
}

/** The actions of the rep's plans as commitments, each with its due or outcome badge and the review's why. */
export function CommitmentList({ commitments, labelledBy }: CommitmentListProps) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {commitments.map((c) => (
        <li key={`${c.planSessionId}|${c.actionId}`} className={styles.item}>
          <div className={styles.line}>
            <Text className={styles.text}>{c.text}</Text>
            <CommitmentBadge commitment={c} />
          </div>
          {c.review ? (
            <Text size={200} className={styles.why}>
              {intl.formatMessage({ id: 'coaching.commitment.why' }, { reason: c.review.reason })}
            </Text>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
