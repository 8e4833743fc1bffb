import type { PracticeResponse } from '@coachboard/api/domain';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Archive20Regular, ArrowUndo20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSetArchived, useWithdrawAdoption } from './mutations';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The message for a failed change: the API's own reason on a conflict, else the usual advice. */
function useExplain(): (error: unknown) => string {
  const intl = useIntl();
  const { info } = useTeams();
  return (error) =>
    error instanceof ApiError && (error.status === 409 || error.status === 412) && error.detail
      ? error.detail
      : intl.formatMessage({ id: describeError(error, info.inTeams).body });
}

/** Props of {@link PracticeOwnerActions}. */
export interface PracticeOwnerActionsProps {
  practice: PracticeResponse;
  onEdit: () => void;
}

/** For the practice's author and managers: edit, archive (asks once), restore. */
export function PracticeOwnerActions({ practice, onEdit }: PracticeOwnerActionsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const explain = useExplain();
  const archive = useSetArchived(practice.spaceId, practice.id);
  const error = archive.isError ? <Notice intent="error">{explain(archive.error)}</Notice> : null;

  if (practice.archived)
    return (
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<ArrowUndo20Regular />}
          disabled={archive.isPending}
          onClick={() => archive.mutate({ archived: false, etag: practice.etag })}
        >
          {intl.formatMessage({ id: archive.isPending ? 'practices.restore.pending' : 'practices.restore' })}
        </Button>
        {error}
      </div>
    );
  return (
    <div className={styles.row}>
      <Button icon={<Edit20Regular />} onClick={onEdit}>
        {intl.formatMessage({ id: 'practices.edit' })}
      </Button>
      <ConfirmDialog
        trigger={<Button icon={<Archive20Regular />}>{intl.formatMessage({ id: 'practices.archive' })}</Button>}
        title={intl.formatMessage({ id: 'practices.archive.title' })}
        body={intl.formatMessage({ id: 'practices.archive.body' })}
        confirmLabel={intl.formatMessage({ id: 'practices.archive' })}
        pending={archive.isPending}
        error={error}
        onConfirm={() => archive.mutateAsync({ archived: true, etag: practice.etag })}
      />
      {archive.isSuccess ? (
        <Notice intent="success">{intl.formatMessage({ id: 'practices.restore.done' })}</Notice>
      ) : null}
    </div>
  );
}

/** For an adopter: take back "I'll try this" (asks once, since the reported outcome goes with it). */
export function WithdrawAdoption({ practice }: { practice: PracticeResponse }) {
  const intl = useIntl();
  const explain = useExplain();
  const withdraw = useWithdrawAdoption(practice.spaceId, practice.id);
  return (
    <ConfirmDialog
      trigger={<Button appearance="subtle">{intl.formatMessage({ id: 'practices.withdraw' })}</Button>}
      title={intl.formatMessage({ id: 'practices.withdraw.title' })}
      body={intl.formatMessage({ id: 'practices.withdraw.body' })}
      confirmLabel={intl.formatMessage({ id: 'practices.withdraw' })}
      pending={withdraw.isPending}
      error={withdraw.isError ? <Notice intent="error">{explain(withdraw.error)}</Notice> : null}
      onConfirm={() => withdraw.mutateAsync()}
    />
  );
}
