import type { RoleplayStatus } from '@coachboard/api/domain';
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { MessageId } from '../../i18n/en';
import { useRoleplayList } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, flexBasis: '16rem', flexGrow: 1 },
  when: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const STATUS_MESSAGES: Record<RoleplayStatus, MessageId> = {
  setup: 'roleplays.list.status.setup',
  running: 'roleplays.list.status.running',
  roundEnded: 'roleplays.list.status.roundEnded',
  debrief: 'roleplays.list.status.debrief',
  closed: 'roleplays.list.status.closed',
};

/** "Role-plays in this team": which scenario, who played the rep and the customer, where it stands, when. No scores. */
export function RoleplayHistoryList({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const list = useRoleplayList(spaceId);

  let content;
  if (list.isPending) content = <LoadingState label={intl.formatMessage({ id: 'roleplays.list.loading' })} />;
  else if (list.isError)
    content = <ErrorState title="roleplays.list.loadFailed" error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.length === 0)
    content = (
      <Text as="p" className={styles.muted}>
        {intl.formatMessage({ id: 'roleplays.list.empty' })}
      </Text>
    );
  else
    content = (
      <ul className={styles.list} aria-labelledby={headingId}>
        {list.data.map((roleplay) => (
          <li key={roleplay.id} className={styles.item}>
            <div className={styles.who}>
              <Text weight="semibold">{roleplay.scenario.title}</Text>
              <Text size={200} className={styles.muted}>
                {intl.formatMessage(
                  { id: 'roleplays.list.cast' },
                  { rep: roleplay.rep.name, customer: roleplay.customer.name },
                )}
              </Text>
            </div>
            <div className={styles.when}>
              <Badge appearance="tint" color={roleplay.status === 'closed' ? 'informative' : 'brand'}>
                {intl.formatMessage({ id: STATUS_MESSAGES[roleplay.status] })}
              </Badge>
              <Text size={200}>
                {intl.formatMessage(
                  { id: 'roleplays.list.date' },
                  { date: new Date(roleplay.playedAt ?? roleplay.createdAt) },
                )}
              </Text>
            </div>
          </li>
        ))}
      </ul>
    );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.list.heading' })}
      </Text>
      {content}
    </section>
  );
}
