import type { AccountContent, BoardResponse, DealOutcome } from '@coachboard/api/domain';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, CheckmarkCircle16Regular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { LazyReviewPanel } from '../winloss';
import { useSetBoardClosing } from './mutations';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const OUTCOMES: readonly DealOutcome[] = ['won', 'lost', 'noDecision'];

/**
 * Closing a deal: won, lost or no decision, with the date and the final value; then the board asks
 * for its review. A closed board shows its outcome, a way to reopen it, and its review.
 */
export function BoardClosing({ spaceId, board }: { spaceId: string; board: BoardResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const change = useSetBoardClosing(spaceId, board.id);
  const account = board.account.content as AccountContent;
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<DealOutcome>('won');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [value, setValue] = useState(String(account.value));
  const error = change.error ? (
    <Notice intent="error">{intl.formatMessage({ id: describeError(change.error, info.inTeams).body })}</Notice>
  ) : null;
  if (board.archivedAt) return null;
  if (board.closing) {
    return (
      <>
        <div className={styles.bar}>
          <Badge appearance="tint">
            {intl.formatMessage(
              { id: 'boards.closing.badge' },
              {
                outcome: intl.formatMessage({ id: `boards.closing.outcome.${board.closing.outcome}` }),
                date: board.closing.date,
              },
            )}
          </Badge>
          {board.canArchive ? (
            <Button
              icon={<ArrowUndo16Regular />}
              disabled={change.isPending}
              onClick={() => change.mutate({ body: null, etag: board.etag })}
            >
              {intl.formatMessage({ id: 'boards.closing.reopen' })}
            </Button>
          ) : null}
          {error}
        </div>
        <LazyReviewPanel spaceId={spaceId} boardId={board.id} stages={board.stages} />
      </>
    );
  }
  if (!board.canArchive) return null;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    change.mutate(
      { body: { outcome, date, value: Number(value) || 0 }, etag: board.etag },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<CheckmarkCircle16Regular />}>{intl.formatMessage({ id: 'boards.closing.open' })}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{intl.formatMessage({ id: 'boards.closing.title' }, { name: account.name })}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={intl.formatMessage({ id: 'boards.closing.outcome' })}>
                <RadioGroup value={outcome} onChange={(_, d) => setOutcome(d.value as DealOutcome)}>
                  {OUTCOMES.map((o) => (
                    <Radio key={o} value={o} label={intl.formatMessage({ id: `boards.closing.outcome.${o}` })} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={intl.formatMessage({ id: 'boards.closing.date' })}>
                <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
              </Field>
              <Field label={intl.formatMessage({ id: 'boards.closing.value' }, { currency: account.currency })}>
                <Input type="number" min={0} value={value} onChange={(_, d) => setValue(d.value)} />
              </Field>
              {error}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={change.isPending}>
                {intl.formatMessage({ id: 'boards.closing.confirm' })}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{intl.formatMessage({ id: 'boards.archive.cancel' })}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
