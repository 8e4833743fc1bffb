import type { MemberResponse, SpaceResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { Notice } from '../../components/Notice';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { AgendaBuilder } from './AgendaBuilder';
import { CarriedActions } from './CarriedActions';
import { DigestPanel } from './DigestPanel';
import { MeetingSetupForm } from './MeetingSetupForm';
import { Recap } from './Recap';
import { useStartNextWeek } from './mutations';
import { useAgenda, useContextMeeting } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  picker: { maxWidth: '24rem' },
});

/** Props of {@link MeetingDetails}. */
export interface MeetingDetailsProps {
  space: SpaceResponse;
  members: MemberResponse[];
}

/**
 * The details tab's meeting: set it up when this Teams meeting has none, build the agenda and the
 * pre-read before, read the recap after. Outside a meeting, a picker chooses among the space's meetings.
 */
function MeetingDetails({ space, members }: MeetingDetailsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const context = useContextMeeting(space.id);
  const [picked, setPicked] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('meetingId'),
  );
  const canPlan = space.myRole !== 'contributor';

  if (context.isPending) return <Spinner label={intl.formatMessage({ id: 'meetings.loading' })} />;
  if (context.error) {
    return <ErrorState title="meetings.loadFailed" error={context.error} onRetry={() => void context.refetch()} />;
  }
  if (context.inTeamsMeeting && !context.meeting) {
    return canPlan ? (
      <MeetingSetupForm spaceId={space.id} occurrence={context.occurrence} />
    ) : (
      <Text as="p">{intl.formatMessage({ id: 'meetings.setup.notYet' })}</Text>
    );
  }
  const meetingId = picked ?? context.meeting?.id ?? null;
  return (
    <div className={styles.root}>
      {!context.inTeamsMeeting && context.meetings.length > 0 ? (
        <Field label={intl.formatMessage({ id: 'meetings.picker' })} className={styles.picker}>
          <Select value={meetingId ?? ''} onChange={(_, data) => setPicked(data.value)}>
            {context.meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {intl.formatMessage(
                  { id: 'meetings.pickerOption' },
                  {
                    title: m.title,
                    date: intl.formatDate(m.scheduledStart, { dateStyle: 'medium' }),
                    status: m.status,
                  },
                )}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {context.occurrence && meetingId === context.meeting?.id ? (
        <CarriedActions actions={context.occurrence.carriedActions} />
      ) : null}
      {meetingId ? (
        <MeetingPrep space={space} members={members} meetingId={meetingId} canPlan={canPlan} />
      ) : (
        <Text as="p">{intl.formatMessage({ id: 'meetings.none' })}</Text>
      )}
    </div>
  );
}

function MeetingPrep({
  space,
  members,
  meetingId,
  canPlan,
}: MeetingDetailsProps & { meetingId: string; canPlan: boolean }) {
  const intl = useIntl();
  // The details tab stays open through the meeting: follow it, so the recap replaces the agenda at the end.
  const agenda = useAgenda(space.id, meetingId, { follow: true });
  if (agenda.isPending) return <Spinner label={intl.formatMessage({ id: 'meetings.loading' })} />;
  if (agenda.isError) {
    return <ErrorState title="meetings.loadFailed" error={agenda.error} onRetry={() => void agenda.refetch()} />;
  }
  const meeting = agenda.data.meeting;
  if (meeting.status === 'ended') {
    return (
      <>
        <Recap spaceId={space.id} meetingId={meetingId} />
        {canPlan ? <StartNextWeek spaceId={space.id} meetingId={meetingId} /> : null}
      </>
    );
  }
  return (
    <>
      <Text as="p">
        {intl.formatMessage(
          { id: 'meetings.when' },
          {
            title: meeting.title,
            date: intl.formatDate(meeting.scheduledStart, { dateStyle: 'full', timeStyle: 'short' }),
            length: meeting.lengthMinutes,
          },
        )}
      </Text>
      <AgendaBuilder
        spaceId={space.id}
        agenda={agenda.data}
        members={members}
        canEdit={canPlan && meeting.status === 'draft'}
      />
      <DigestPanel spaceId={space.id} meetingId={meetingId} isManager={space.myRole === 'manager'} />
    </>
  );
}

/** Props of {@link StartNextWeek}. */
export interface StartNextWeekProps {
  spaceId: string;
  meetingId: string;
}

/** "Start next week from this agenda": a new draft one week later with the same items. */
export function StartNextWeek({ spaceId, meetingId }: StartNextWeekProps) {
  const intl = useIntl();
  const next = useStartNextWeek(spaceId);
  return (
    <div>
      <Button appearance="primary" disabled={next.isPending || next.isSuccess} onClick={() => next.mutate(meetingId)}>
        {intl.formatMessage({ id: 'meetings.nextWeek' })}
      </Button>
      {next.isSuccess ? (
        <Notice intent="success">
          {intl.formatMessage(
            { id: 'meetings.nextWeek.done' },
            { date: intl.formatDate(next.data.meeting.scheduledStart, { dateStyle: 'medium' }) },
          )}
        </Notice>
      ) : null}
      {next.isError ? <Notice intent="error">{intl.formatMessage({ id: 'meetings.nextWeek.failed' })}</Notice> : null}
    </div>
  );
}

/** MeetingDetails with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(MeetingDetails);
