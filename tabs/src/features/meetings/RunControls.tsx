import { mayMoveAgenda, type MeetingStateResponse, type Role, type RunMeetingBody } from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { useUndoOpen } from '../../lib/undo';
import { useRunMeeting } from './mutations';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  who: { color: tokens.colorNeutralForeground2 },
  gone: { display: 'none' },
});

/** Props of {@link RunControls}. */
export interface RunControlsProps {
  spaceId: string;
  meetingId: string;
  state: MeetingStateResponse;
  /** The viewer's role in the space. */
  role: Role;
  meId: string | null;
  /** `serverTime - localTime` (ms), to know until when "Undo" is offered. */
  offsetMs?: number;
}

type Outcome = 'movedFirst' | 'forbidden' | 'failed' | null;

/**
 * The run moves the viewer may make, by the rule the API applies (`mayMoveAgenda`): Previous / Next /
 * Extend for managers and the current item's owner, Start and End for managers. Everyone else sees
 * who moves the agenda.
 */
export function RunControls({ spaceId, meetingId, state, role, meId, offsetMs = 0 }: RunControlsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const run = useRunMeeting(spaceId, meetingId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const current = state.current;
  const viewer = { userId: meId ?? '', role };
  const ownerId = current?.ownerId ?? null;
  const mayMove = mayMoveAgenda(viewer, 'next', ownerId);
  const mayStartOrEnd = mayMoveAgenda(viewer, 'start', ownerId);

  const act = (body: RunMeetingBody): void => {
    setOutcome(null);
    run.mutate(
      { body, etag: state.etag },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) setOutcome('movedFirst');
          else if (error instanceof ApiError && error.status === 403) setOutcome('forbidden');
          else setOutcome('failed');
        },
      },
    );
  };
  const busy = run.isPending;
  const ended = state.status === 'ended';
  const undoOpen = useUndoOpen(ended ? state.undoUntil : null, offsetMs);

  return (
    <div className={styles.root}>
      {state.status === 'running' && mayMove ? (
        <div className={styles.row} role="group" aria-label={intl.formatMessage({ id: 'meetings.run.move' })}>
          <Button disabled={busy || (current?.index ?? 0) === 0} onClick={() => act({ action: 'previous' })}>
            {intl.formatMessage({ id: 'meetings.run.previous' })}
          </Button>
          <Button appearance="primary" disabled={busy} onClick={() => act({ action: 'next' })}>
            {intl.formatMessage({ id: 'meetings.run.next' })}
          </Button>
          <Button disabled={busy} onClick={() => act({ action: 'extend', minutes: 1 })}>
            {intl.formatMessage({ id: 'meetings.run.extend1' })}
          </Button>
          <Button disabled={busy} onClick={() => act({ action: 'extend', minutes: 5 })}>
            {intl.formatMessage({ id: 'meetings.run.extend5' })}
          </Button>
        </div>
      ) : null}
      {state.status === 'running' && !mayMove ? (
        <Text size={200} className={styles.who}>
          {intl.formatMessage(
            { id: current?.ownerName ? 'meetings.run.whoMoves' : 'meetings.run.whoMovesManagers' },
            { owner: current?.ownerName ?? '' },
          )}
        </Text>
      ) : null}
      {mayStartOrEnd && state.status === 'notStarted' ? (
        <Button appearance="primary" disabled={busy} onClick={() => act({ action: 'start' })}>
          {intl.formatMessage({ id: 'meetings.run.start' })}
        </Button>
      ) : null}
      {/* Stays mounted once the meeting ends: a modal torn down while it closes would leave the page hidden. */}
      {mayStartOrEnd && state.status !== 'notStarted' ? (
        <ConfirmDialog
          trigger={
            <Button disabled={busy || state.status !== 'running'} className={ended ? styles.gone : undefined}>
              {intl.formatMessage({ id: 'meetings.run.end' })}
            </Button>
          }
          title={intl.formatMessage({ id: 'meetings.run.endConfirmTitle' })}
          body={intl.formatMessage({ id: 'meetings.run.endConfirmBody' })}
          confirmLabel={intl.formatMessage({ id: 'meetings.run.end' })}
          onConfirm={() => act({ action: 'end' })}
        />
      ) : null}
      {mayStartOrEnd && state.status === 'ended' && undoOpen ? (
        <div className={styles.row} role="status">
          <Text>{intl.formatMessage({ id: 'meetings.run.endedUndo' })}</Text>
          <Button appearance="primary" disabled={busy} onClick={() => act({ action: 'undoEnd' })}>
            {intl.formatMessage({ id: 'meetings.run.undoEnd' })}
          </Button>
        </div>
      ) : null}
      {outcome === 'movedFirst' ? (
        <Notice intent="warning">{intl.formatMessage({ id: 'meetings.run.movedFirst' })}</Notice>
      ) : null}
      {outcome === 'forbidden' ? (
        <Notice intent="error">{intl.formatMessage({ id: 'meetings.run.forbidden' })}</Notice>
      ) : null}
      {outcome === 'failed' ? (
        <Notice intent="error">{intl.formatMessage({ id: 'meetings.run.failed' })}</Notice>
      ) : null}
    </div>
  );
}
