import type { RoleplayRunBody, RoleplayStateResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { ApiError } from '../../lib/api';
import { useUndoOpen } from '../../lib/undo';
import { useRunRoleplay } from './mutations';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  gone: { display: 'none' },
});

/** Props of {@link RoleplayControls}. */
export interface RoleplayControlsProps {
  spaceId: string;
  roleplayId: string;
  /** The live state the user sees; its etag goes with every move. */
  state: RoleplayStateResponse;
  /** `serverTime - localTime` (ms), to know until when "Undo" is offered after closing. */
  offsetMs?: number;
}

type Outcome = 'movedFirst' | 'conflict' | 'forbidden' | 'failed' | null;

const OUTCOME_TEXT: Record<Exclude<Outcome, null>, MessageId> = {
  movedFirst: 'roleplays.run.movedFirst',
  conflict: 'roleplays.run.conflict',
  forbidden: 'roleplays.run.forbidden',
  failed: 'roleplays.run.failed',
};

const ADD_TIME = [
  { seconds: 30, text: 'roleplays.run.add30' },
  { seconds: 60, text: 'roleplays.run.add60' },
  { seconds: 120, text: 'roleplays.run.add120' },
] as const;

/**
 * The facilitator's timer and round moves, only those that fit the status: Start; Pause or Resume,
 * add time, End round, the next round and Debrief while a round runs; the next round or Debrief
 * between rounds; Close from the debrief. A move someone else beat shows a short notice; the state
 * is refetched so the buttons match what happened.
 */
export function RoleplayControls({ spaceId, roleplayId, state, offsetMs = 0 }: RoleplayControlsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const run = useRunRoleplay(spaceId, roleplayId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const busy = run.isPending;
  const { status, round, rounds } = state;
  const hasNext = round < rounds;
  const undoOpen = useUndoOpen(status === 'closed' ? state.reopenUntil : null, offsetMs);

  const act = (body: RoleplayRunBody): void => {
    setOutcome(null);
    run.mutate(body, {
      onError: (error) => {
        if (error instanceof ApiError && error.status === 412) setOutcome('movedFirst');
        else if (error instanceof ApiError && error.status === 409) setOutcome('conflict');
        else if (error instanceof ApiError && error.status === 403) setOutcome('forbidden');
        else setOutcome('failed');
      },
    });
  };

  const nextRound = hasNext ? (
    <Button
      appearance={status === 'roundEnded' ? 'primary' : 'secondary'}
      disabled={busy}
      onClick={() => act({ action: 'nextRound' })}
    >
      {intl.formatMessage({ id: 'roleplays.run.nextRound' }, { round: round + 1 })}
    </Button>
  ) : null;
  const debrief = (
    <Button
      appearance={status === 'roundEnded' && !hasNext ? 'primary' : 'secondary'}
      disabled={busy}
      onClick={() => act({ action: 'debrief' })}
    >
      {intl.formatMessage({ id: 'roleplays.run.debrief' })}
    </Button>
  );

  return (
    <div className={styles.root} role="group" aria-label={intl.formatMessage({ id: 'roleplays.run.controls' })}>
      {status === 'setup' ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => act({ action: 'start' })}>
            {intl.formatMessage({ id: 'roleplays.run.start' })}
          </Button>
        </div>
      ) : null}
      {status === 'running' ? (
        <>
          <div className={styles.row}>
            {state.timer.status === 'running' ? (
              <Button appearance="primary" disabled={busy} onClick={() => act({ action: 'pause' })}>
                {intl.formatMessage({ id: 'roleplays.run.pause' })}
              </Button>
            ) : (
              <Button appearance="primary" disabled={busy} onClick={() => act({ action: 'resume' })}>
                {intl.formatMessage({ id: 'roleplays.run.resume' })}
              </Button>
            )}
            {ADD_TIME.map(({ seconds, text }) => (
              <Button key={seconds} disabled={busy} onClick={() => act({ action: 'addTime', seconds })}>
                {intl.formatMessage({ id: text })}
              </Button>
            ))}
          </div>
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => act({ action: 'endRound' })}>
              {intl.formatMessage({ id: 'roleplays.run.endRound' })}
            </Button>
            {nextRound}
            {debrief}
          </div>
        </>
      ) : null}
      {status === 'roundEnded' ? (
        <div className={styles.row}>
          {nextRound}
          {debrief}
        </div>
      ) : null}
      {/* Stays mounted once closed: a modal torn down while it closes would leave the page hidden. */}
      {status === 'debrief' || status === 'closed' ? (
        <div className={status === 'closed' ? styles.gone : styles.row}>
          <ConfirmDialog
            trigger={
              <Button disabled={busy || status !== 'debrief'}>
                {intl.formatMessage({ id: 'roleplays.run.close' })}
              </Button>
            }
            title={intl.formatMessage({ id: 'roleplays.run.closeConfirmTitle' })}
            body={intl.formatMessage({ id: 'roleplays.run.closeConfirmBody' })}
            confirmLabel={intl.formatMessage({ id: 'roleplays.run.close' })}
            onConfirm={() => act({ action: 'close' })}
          />
        </div>
      ) : null}
      {status === 'closed' && undoOpen ? (
        <div className={styles.row} role="status">
          <Text>{intl.formatMessage({ id: 'roleplays.run.closedUndo' })}</Text>
          <Button appearance="primary" disabled={busy} onClick={() => act({ action: 'reopen' })}>
            {intl.formatMessage({ id: 'roleplays.run.reopen' })}
          </Button>
        </div>
      ) : null}
      {outcome ? <Notice intent="warning">{intl.formatMessage({ id: OUTCOME_TEXT[outcome] })}</Notice> : null}
    </div>
  );
}
