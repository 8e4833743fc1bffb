import type { CaptureResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { DueBadge } from '../../components/DueBadge';
import { formatDay } from '../../lib/dates';
import { CaptureActions, type CaptureManagement } from './CaptureActions';

const useStyles = makeStyles({
  // The heading never touches what follows it.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  meta: {
    color: tokens.colorNeutralForeground2,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0 },
});

/** Props of {@link CaptureList}. */
export interface CaptureListProps {
  captures: CaptureResponse[];
  heading: string;
  /** Shown when there is nothing yet. */
  empty: string;
  /** Offers editing and deleting to each capture's author and to managers, when given. */
  manage?: CaptureManagement;
  /**
   * Whether each line says its kind ("Decision: …"). Off in a list whose heading already says it
   * (the recap's "Decisions"), so that no label repeats. @default true
   */
  showKind?: boolean;
}

/** Decisions and actions, each with its owner and due date when it has them. */
export function CaptureList({ captures, heading, empty, manage, showKind = true }: CaptureListProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {captures.length === 0 ? (
        <Text as="p" className={styles.heading}>
          {empty}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {captures.map((c) => (
            <li key={c.id} className={styles.item}>
              <Text>
                {showKind
                  ? `${intl.formatMessage({
                      id: c.kind === 'action' ? 'meetings.capture.kind.action' : 'meetings.capture.kind.decision',
                    })}: `
                  : null}
                {c.text}
              </Text>
              {c.kind === 'action' ? (
                <span className={styles.meta}>
                  <Text size={200}>
                    {intl.formatMessage(
                      { id: c.dueDate ? 'meetings.capture.ownerDue' : 'meetings.capture.ownerNoDue' },
                      {
                        owner: c.ownerName ?? intl.formatMessage({ id: 'meetings.noOwner' }),
                        due: c.dueDate ? formatDay(intl, c.dueDate) : '',
                      },
                    )}
                  </Text>
                  <DueBadge dueDate={c.dueDate} done={c.done} />
                </span>
              ) : null}
              {manage ? <CaptureActions capture={c} manage={manage} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
