import type { AccountContent, BoardResponse } from '@coachboard/api/domain';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Archive16Regular, ArrowUndo16Regular } from '@fluentui/react-icons';
import { useIntl } from 'react-intl';
import { ArchivedBadge } from '../../components/ArchivedBadge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSetBoardArchived } from './mutations';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

/**
 * Archive or restore an open board (its owner or a manager). Archiving asks once; restoring brings
 * the board back as it was, so it needs no confirmation. Both send the board's etag: a board that
 * changed since it was shown is refused and reloaded.
 */
export function BoardArchive({ spaceId, board }: { spaceId: string; board: BoardResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const change = useSetBoardArchived(spaceId, board.id);
  const name = (board.account.content as AccountContent).name;
  const error = change.error ? (
    <Notice intent="error">
      {intl.formatMessage(
        { id: 'boards.archive.failed' },
        { reason: intl.formatMessage({ id: describeError(change.error, info.inTeams).body }) },
      )}
    </Notice>
  ) : null;
  if (board.archivedAt) {
    return (
      <div className={styles.bar}>
        <ArchivedBadge label={intl.formatMessage({ id: 'boards.archive.badge' })} />
        {board.canArchive ? (
          <Button
            icon={<ArrowUndo16Regular />}
            disabled={change.isPending}
            onClick={() => change.mutate({ archived: false, etag: board.etag })}
          >
            {intl.formatMessage({ id: 'boards.archive.restore' })}
          </Button>
        ) : null}
        {error}
      </div>
    );
  }
  if (!board.canArchive) return null;
  return (
    <div className={styles.bar}>
      <ConfirmDialog
        trigger={<Button icon={<Archive16Regular />}>{intl.formatMessage({ id: 'boards.archive.open' })}</Button>}
        title={intl.formatMessage({ id: 'boards.archive.title' }, { name })}
        body={intl.formatMessage({ id: 'boards.archive.body' })}
        confirmLabel={intl.formatMessage({ id: 'boards.archive.confirm' })}
        cancelLabel={intl.formatMessage({ id: 'boards.archive.cancel' })}
        onConfirm={() => change.mutateAsync({ archived: true, etag: board.etag }).catch(() => undefined)}
      />
      {error}
    </div>
  );
}
