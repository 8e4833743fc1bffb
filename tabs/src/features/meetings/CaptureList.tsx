import type { CaptureResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { CaptureActions, type CaptureManagement } from './CaptureActions';

const useStyles = makeStyles({
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
  meta: { color: tokens.colorNeutralForeground2 },
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
}

/** Decisions and actions, each with its owner and due date when it has them. */
export function CaptureList({ captures, heading, empty, manage }: CaptureListProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {captures.length === 0 ? (
        <Text as="p">{empty}</Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {captures.map((c) => (
            <li key={c.id} className={styles.item}>
              <Text>
                {intl.formatMessage({
                  id: c.kind === 'action' ? 'meetings.capture.kind.action' : 'meetings.capture.kind.decision',
                })}
                {': '}
                {c.text}
              </Text>
              {c.kind === 'action' ? (
                <Text size={200} className={styles.meta}>
                  {intl.formatMessage(
                    { id: 'meetings.capture.ownerDue' },
                    {
                      owner: c.ownerName ?? intl.formatMessage({ id: 'meetings.noOwner' }),
                      due: c.dueDate ?? intl.formatMessage({ id: 'meetings.capture.noDue' }),
                      done: c.done ? 'yes' : 'no',
                    },
                  )}
                </Text>
              ) : null}
              {manage ? <CaptureActions capture={c} manage={manage} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
