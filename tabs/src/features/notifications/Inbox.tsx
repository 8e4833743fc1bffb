import {
  type InboxItem,
  NoticeKind,
  type SpaceListResponse,
  subPageIdOf,
  targetOfSubPageId,
} from '@coachboard/api/domain';
import { Badge, Button, makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { notificationMessages } from '../../i18n/en.notifications';
import { withMessages } from '../../i18n/withMessages';
import { useTeams } from '../../teams/context';
import { NotificationSettings } from './NotificationSettings';
import { useInbox, useMarkRead } from './queries';
import { useOpenTarget } from './target';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
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
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  unread: {
    borderInlineStartStyle: 'solid',
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, flexBasis: '12rem' },
  title: { wordBreak: 'break-word' },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The kind's line, e.g. "Megan Bowen assigned you an action". */
const KIND_MESSAGES = Object.fromEntries(
  NoticeKind.options.map((kind) => [kind, `notifications.kind.${kind}` as const]),
) as Record<NoticeKind, `notifications.kind.${NoticeKind}`>;

/** Props of {@link Inbox}. */
export interface InboxProps {
  /** The person's spaces, for team names and the settings. */
  spaces: SpaceListResponse['items'];
}

/**
 * The personal tab's inbox: what waits for me, unread first. "Open" marks a notice read and goes to its
 * item on this page; a deep link from the Teams activity feed (`subPageId`) opens its item the same way.
 */
function Inbox({ spaces }: InboxProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const [target, setTarget] = useState<{ section: string; itemId?: string; nonce: number } | null>(() => {
    const linked = targetOfSubPageId(info.subPageId);
    return linked ? { ...linked, nonce: 0 } : null;
  });
  useOpenTarget(target);

  // A notice opened from the activity feed is read: mark the matching unread ones once.
  const linkedRead = useRef(false);
  useEffect(() => {
    if (linkedRead.current || !inbox.data || !info.subPageId) return;
    linkedRead.current = true;
    for (const item of inbox.data.items) {
      if (!item.readAt && subPageIdOf(item.target) === info.subPageId) markRead.mutate(item.id);
    }
  }, [inbox.data, info.subPageId, markRead]);

  const teamNames = useMemo(() => new Map(spaces.map((s) => [s.id, s.name])), [spaces]);
  const ordered = useMemo(() => {
    const items = inbox.data?.items ?? [];
    return [...items.filter((i) => !i.readAt), ...items.filter((i) => i.readAt)];
  }, [inbox.data]);

  const open = (item: InboxItem): void => {
    if (!item.readAt) markRead.mutate(item.id);
    if (item.target.section) {
      setTarget({
        section: item.target.section,
        ...(item.target.itemId ? { itemId: item.target.itemId } : {}),
        nonce: Date.now(),
      });
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'notifications.heading' })}
        </Text>
        {inbox.data ? (
          <Text>{intl.formatMessage({ id: 'notifications.unread' }, { count: inbox.data.unread })}</Text>
        ) : null}
      </div>
      {inbox.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'notifications.loading' })} /> : null}
      {inbox.isError ? <Notice intent="error">{intl.formatMessage({ id: 'notifications.failed' })}</Notice> : null}
      {markRead.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: 'notifications.markFailed' })}</Notice>
      ) : null}
      {inbox.data?.items.length === 0 ? <Text as="p">{intl.formatMessage({ id: 'notifications.none' })}</Text> : null}
      {ordered.length > 0 ? (
        <ul className={styles.list} aria-labelledby={headingId}>
          {ordered.map((item) => (
            <li
              key={item.id}
              className={mergeClasses(styles.item, !item.readAt && styles.unread)}
              data-notice-id={item.id}
              data-unread={item.readAt ? undefined : 'true'}
            >
              <div className={styles.text}>
                <Text weight={item.readAt ? 'regular' : 'semibold'}>
                  {intl.formatMessage({ id: KIND_MESSAGES[item.kind] }, { actor: item.actorName })}
                  {item.readAt ? null : (
                    <>
                      {' '}
                      <Badge appearance="tint" color="brand" size="small">
                        {intl.formatMessage({ id: 'notifications.new' })}
                      </Badge>
                    </>
                  )}
                </Text>
                <Text className={styles.title}>{item.title}</Text>
                <Text size={200} className={styles.meta}>
                  {intl.formatMessage(
                    { id: 'notifications.when' },
                    {
                      team: teamNames.get(item.spaceId) ?? '',
                      date: intl.formatDate(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    },
                  )}
                </Text>
              </div>
              <div className={styles.actions}>
                {item.target.page === 'personal' && item.target.section ? (
                  <Button
                    size="small"
                    appearance="primary"
                    aria-label={intl.formatMessage({ id: 'notifications.openLabel' }, { title: item.title })}
                    onClick={() => open(item)}
                  >
                    {intl.formatMessage({ id: 'notifications.open' })}
                  </Button>
                ) : null}
                {item.readAt ? null : (
                  <Button
                    size="small"
                    aria-label={intl.formatMessage({ id: 'notifications.markReadLabel' }, { title: item.title })}
                    disabled={markRead.isPending}
                    onClick={() => markRead.mutate(item.id)}
                  >
                    {intl.formatMessage({ id: 'notifications.markRead' })}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <NotificationSettings spaces={spaces} />
    </section>
  );
}

/** The inbox with its texts, which load with it. */
export default withMessages(notificationMessages)(Inbox);
