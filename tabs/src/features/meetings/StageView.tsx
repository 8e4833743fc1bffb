import type { ContentLink, SpaceResponse } from '@coachboard/api/domain';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { useIntl } from 'react-intl';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { ITEM_STAGE, LINKED_CONTENT } from '../linkedContent';
import { CurrentItem } from './CurrentItem';
import { useAgenda, useContextMeeting } from './queries';
import { useMeetingState } from './useMeetingState';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  next: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

/** Props of {@link StageView}. */
export interface StageViewProps {
  space: SpaceResponse;
}

/** The meeting on the stage: the current item and its timer, large; the next item; the linked content. */
function StageView({ space }: StageViewProps) {
  const intl = useIntl();
  const { meeting, isPending } = useContextMeeting(space.id);
  if (isPending) return <Spinner size="large" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  if (!meeting) return <Text size={600}>{intl.formatMessage({ id: 'meetings.run.noMeeting' })}</Text>;
  return <LiveStage spaceId={space.id} meetingId={meeting.id} />;
}

function LiveStage({ spaceId, meetingId }: { spaceId: string; meetingId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const live = useMeetingState(spaceId, meetingId);
  const agenda = useAgenda(spaceId, meetingId);
  const state = live.state;
  if (!state) return <Spinner size="large" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  const onAgenda = (agenda.data?.items ?? []).filter((i) => !i.inDigest).sort((a, b) => a.order - b.order);
  const next = state.current ? onAgenda[state.current.index + 1] : onAgenda[0];
  // A role-play item shows its role-play once someone sets it up (the capability's own view).
  const ItemStage = state.current ? ITEM_STAGE[state.current.kind] : undefined;
  const current = (
    <div className={styles.side}>
      <CurrentItem state={state} remainingMs={live.remainingMs} density="stage" />
      {state.current?.link ? <LinkedContent spaceId={spaceId} link={state.current.link} /> : null}
    </div>
  );
  return (
    <div className={styles.root}>
      {state.status === 'running' && state.current && ItemStage ? (
        <Suspense fallback={current}>
          <ItemStage spaceId={spaceId} meetingId={meetingId} itemId={state.current.itemId} fallback={current} />
        </Suspense>
      ) : (
        current
      )}
      {next && state.status !== 'ended' ? (
        <section className={styles.next} aria-labelledby="stage-next">
          <Text as="h2" id="stage-next" size={500} className={styles.muted}>
            {intl.formatMessage({ id: 'meetings.stage.next' })}
          </Text>
          <Text size={700} weight="semibold">
            {next.title}
          </Text>
          <Text size={500} className={styles.muted}>
            {next.ownerName ?? intl.formatMessage({ id: 'meetings.noOwner' })}
          </Text>
        </section>
      ) : null}
    </div>
  );
}

/** The current item's linked content, drawn by the feature that owns it (or named when none is registered). */
function LinkedContent({ spaceId, link }: { spaceId: string; link: ContentLink }) {
  const intl = useIntl();
  const styles = useStyles();
  const View = LINKED_CONTENT[link.kind];
  const kind = intl.formatMessage({ id: `meetings.link.${link.kind}` });
  if (!View) {
    return (
      <Text as="p" size={500} className={styles.muted}>
        {intl.formatMessage({ id: 'meetings.stage.linkUnavailable' }, { kind })}
      </Text>
    );
  }
  return (
    <Suspense fallback={<Spinner label={intl.formatMessage({ id: 'meetings.stage.linkLoading' }, { kind })} />}>
      <View spaceId={spaceId} id={link.id} density="stage" />
    </Suspense>
  );
}

/** StageView with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(StageView);
