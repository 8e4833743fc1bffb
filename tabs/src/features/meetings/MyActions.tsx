import { Checkbox, makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { DueBadge } from '../../components/DueBadge';
import { Notice } from '../../components/Notice';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { formatDay } from '../../lib/dates';
import { targetDomId, useTargetHighlight } from '../notifications';
import { useSetActionDone } from './mutations';
import { useMyActions } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  metaText: { color: tokens.colorNeutralForeground2 },
});

/** The personal tab's "My action items", across all my teams, each completed or reopened with its checkbox. */
function MyActions() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const actions = useMyActions();
  const setDone = useSetActionDone();
  const highlight = useTargetHighlight();
  return (
    <section id={targetDomId('actions')} className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.myActions.heading' })}
      </Text>
      {actions.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} /> : null}
      {actions.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: 'meetings.myActions.failed' })}</Notice>
      ) : null}
      {setDone.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: 'meetings.myActions.saveFailed' })}</Notice>
      ) : null}
      {actions.data?.length === 0 ? <Text as="p">{intl.formatMessage({ id: 'meetings.myActions.none' })}</Text> : null}
      {actions.data && actions.data.length > 0 ? (
        <ul className={styles.list} aria-labelledby={headingId}>
          {actions.data.map((a) => (
            <li key={a.id} id={targetDomId('actions', a.id)} className={mergeClasses(styles.item, highlight)}>
              <Checkbox
                checked={a.done}
                disabled={setDone.isPending}
                label={a.text}
                onChange={(_, data) =>
                  setDone.mutate({ spaceId: a.spaceId, captureId: a.id, done: data.checked === true })
                }
              />
              <span className={styles.meta}>
                <Text size={200} className={styles.metaText}>
                  {intl.formatMessage(
                    { id: a.dueDate ? 'meetings.myActions.meta' : 'meetings.myActions.metaNoDue' },
                    {
                      team: a.spaceName,
                      meeting: a.meetingTitle,
                      due: a.dueDate ? formatDay(intl, a.dueDate) : '',
                    },
                  )}
                </Text>
                <DueBadge dueDate={a.dueDate} done={a.done} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** MyActions with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(MyActions);
