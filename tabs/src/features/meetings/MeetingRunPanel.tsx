import type { MemberResponse, SpaceResponse } from '@coachboard/api/domain';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { useTeams } from '../../teams/context';
import { CaptureList } from './CaptureList';
import { CarriedActions } from './CarriedActions';
import { CurrentItem } from './CurrentItem';
import { RunControls } from './RunControls';
import { useCaptures, useContextMeeting } from './queries';
import { useMeetingState } from './useMeetingState';

// The form's Fluent inputs are the heaviest part of the panel; loading them after the countdown
// keeps the side panel's first render within its size budget.
const CaptureForm = lazy(() => import('./CaptureForm').then((m) => ({ default: m.CaptureForm })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
});

/** Props of {@link MeetingRunPanel}. */
export interface MeetingRunPanelProps {
  space: SpaceResponse;
  members: MemberResponse[];
}

/** The side panel's meeting: the current item and its countdown, the controls, and quick capture. */
function MeetingRunPanel({ space, members }: MeetingRunPanelProps) {
  const intl = useIntl();
  const { meeting, occurrence, isPending } = useContextMeeting(space.id);
  if (isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  if (!meeting) {
    return <Text as="p">{intl.formatMessage({ id: 'meetings.run.noMeeting' })}</Text>;
  }
  return (
    <>
      <RunningMeeting space={space} members={members} meetingId={meeting.id} title={meeting.title} />
      {occurrence ? <CarriedActions actions={occurrence.carriedActions} /> : null}
    </>
  );
}

function RunningMeeting({
  space,
  members,
  meetingId,
  title,
}: MeetingRunPanelProps & { meetingId: string; title: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const live = useMeetingState(space.id, meetingId);
  const captures = useCaptures(space.id, meetingId, { live: true });
  const state = live.state;
  return (
    <section className={styles.root} aria-label={title}>
      {state ? (
        <>
          <CurrentItem state={state} remainingMs={live.remainingMs} />
          <RunControls
            spaceId={space.id}
            meetingId={meetingId}
            state={state}
            role={space.myRole}
            meId={info.user?.id ?? null}
            offsetMs={live.offsetMs}
          />
          {state.status !== 'ended' ? (
            <section aria-label={intl.formatMessage({ id: 'meetings.capture.heading' })}>
              <Text as="h3" weight="semibold" className={styles.heading}>
                {intl.formatMessage({ id: 'meetings.capture.heading' })}
              </Text>
              <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />}>
                <CaptureForm
                  spaceId={space.id}
                  meetingId={meetingId}
                  itemId={state.current?.itemId ?? null}
                  members={members}
                />
              </Suspense>
            </section>
          ) : null}
        </>
      ) : (
        <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />
      )}
      <CaptureList
        captures={captures.data ?? []}
        heading={intl.formatMessage({ id: 'meetings.capture.listHeading' })}
        empty={intl.formatMessage({ id: 'meetings.capture.none' })}
        manage={{
          spaceId: space.id,
          meetingId,
          meId: info.user?.id ?? null,
          isManager: space.myRole === 'manager',
        }}
      />
    </section>
  );
}

/** MeetingRunPanel with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(MeetingRunPanel);
