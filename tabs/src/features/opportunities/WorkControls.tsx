import {
  nextOpportunityStatuses,
  statusNeedsNote,
  type OpportunityResponse,
  type OpportunityStatus,
} from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { PersonPicker } from '../people';
import { useMembers } from '../spaces';
import { ErrorLine } from './ErrorLine';
import { useOpportunityActions } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  control: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

type Actions = ReturnType<typeof useOpportunityActions>;

/** The assignee (or a manager) moves the opportunity on; "not an opportunity" needs a note. */
function StatusForm({ o, actions }: { o: OpportunityResponse; actions: Actions }) {
  const intl = useIntl();
  const styles = useStyles();
  const [status, setStatus] = useState<OpportunityStatus | ''>('');
  const [note, setNote] = useState('');
  const options = nextOpportunityStatuses(o.status);
  if (options.length === 0) return null;
  const needsNote = status !== '' && statusNeedsNote(status);
  const valid = status !== '' && (!needsNote || note.trim().length > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status === '' || !valid) return;
    actions.move.mutate(
      { status: status as Exclude<OpportunityStatus, 'new'>, note: note.trim() },
      {
        onSuccess: () => {
          setStatus('');
          setNote('');
        },
      },
    );
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Field className={styles.field} label={intl.formatMessage({ id: 'opportunities.work.status' })}>
        <Select
          className={styles.select}
          select={{ className: styles.control }}
          value={status}
          onChange={(_, d) => setStatus(d.value as OpportunityStatus | '')}
        >
          <option value="">{intl.formatMessage({ id: 'opportunities.work.statusChoose' })}</option>
          {options.map((s) => (
            <option key={s} value={s}>
              {intl.formatMessage({ id: `opportunities.status.${s}` })}
            </option>
          ))}
        </Select>
      </Field>
      {status ? (
        <Field
          label={intl.formatMessage({ id: 'opportunities.work.note' }, { name: o.contributorName })}
          required={needsNote}
          hint={needsNote ? intl.formatMessage({ id: 'opportunities.work.noteRequired' }) : undefined}
        >
          <Textarea value={note} maxLength={1000} resize="vertical" onChange={(_, d) => setNote(d.value)} />
        </Field>
      ) : null}
      <div>
        <Button type="submit" disabled={!valid || actions.move.isPending}>
          {intl.formatMessage({ id: 'opportunities.work.save' })}
        </Button>
      </div>
      <ErrorLine error={actions.move.error} />
    </form>
  );
}

/** A manager assigns it to a rep or manager of the team, chosen from its members. */
function AssignForm({ o, actions }: { o: OpportunityResponse; actions: Actions }) {
  const intl = useIntl();
  const styles = useStyles();
  const members = useMembers(o.spaceId);
  const [assigneeId, setAssigneeId] = useState('');
  const choices = (members.data ?? []).filter((m) => m.role !== 'contributor' && m.userId !== o.assigneeId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (assigneeId) actions.assign.mutate(assigneeId, { onSuccess: () => setAssigneeId('') });
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <div className={styles.row}>
        <PersonPicker
          label={intl.formatMessage({ id: 'opportunities.work.assignee' })}
          members={choices}
          value={assigneeId}
          onChange={setAssigneeId}
          emptyLabel={intl.formatMessage({ id: 'opportunities.work.assigneeChoose' })}
        />
        <Button type="submit" disabled={!assigneeId || actions.assign.isPending}>
          {intl.formatMessage({ id: 'opportunities.work.assign' })}
        </Button>
      </div>
      <ErrorLine error={actions.assign.error} />
    </form>
  );
}

/** A manager reverses credited points, saying why (a new ledger entry; the credit itself stays). */
function ReverseForm({ entryId, actions }: { entryId: string; actions: Actions }) {
  const intl = useIntl();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <div>
        <Button size="small" onClick={() => setOpen(true)}>
          {intl.formatMessage({ id: 'opportunities.reverse' })}
        </Button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) actions.reverse.mutate({ entryId, reason: reason.trim() }, { onSuccess: () => setOpen(false) });
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={intl.formatMessage({ id: 'opportunities.reverse.reason' })} required>
        <Input value={reason} maxLength={500} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div>
        <Button type="submit" size="small" disabled={!reason.trim() || actions.reverse.isPending}>
          {intl.formatMessage({ id: 'opportunities.reverse.confirm' })}
        </Button>
      </div>
      <ErrorLine error={actions.reverse.error} />
    </form>
  );
}

/** What the caller may do with the opportunity: its assignee moves it on, a manager also assigns and approves. */
export function WorkControls({ o, manager, canWork }: { o: OpportunityResponse; manager: boolean; canWork: boolean }) {
  const intl = useIntl();
  const styles = useStyles();
  const actions = useOpportunityActions(o.spaceId, o.id);
  const open = !['won', 'lost', 'notAnOpportunity'].includes(o.status);
  const convertible = (o.status === 'qualified' || o.status === 'won') && !o.boardId && !o.convertedBoardId;
  return (
    <div className={styles.form}>
      {canWork ? <StatusForm o={o} actions={actions} /> : null}
      {manager && open ? <AssignForm o={o} actions={actions} /> : null}
      {canWork && convertible ? (
        <div>
          <Button onClick={() => actions.convert.mutate()} disabled={actions.convert.isPending}>
            {intl.formatMessage({ id: 'opportunities.work.convert' })}
          </Button>
          <ErrorLine error={actions.convert.error} />
        </div>
      ) : null}
      {manager
        ? o.credits.map((c) =>
            c.approvedAt === null ? (
              <div key={c.milestone}>
                <Button
                  appearance="primary"
                  onClick={() => actions.approve.mutate(c.milestone)}
                  disabled={actions.approve.isPending}
                >
                  {intl.formatMessage(
                    { id: 'opportunities.work.approve' },
                    { points: c.points, milestone: intl.formatMessage({ id: `opportunities.status.${c.milestone}` }) },
                  )}
                </Button>
              </div>
            ) : c.entryId && !c.reversedAt ? (
              <ReverseForm key={c.milestone} entryId={c.entryId} actions={actions} />
            ) : null,
          )
        : null}
      <ErrorLine error={actions.approve.error} />
    </div>
  );
}
