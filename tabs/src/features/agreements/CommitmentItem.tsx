import type { AgreementResponse, CommitmentResponse } from '@coachboard/api/domain';
import { Badge, Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { Notice } from '../../components/Notice';
import { useMarkCommitment } from './queries';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere', flex: '1 1 10rem', margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** A calendar date (YYYY-MM-DD) in the reader's locale, e.g. “Thu, Dec 10”. */
export function formatDay(intl: IntlShape, day: string): string {
  return intl.formatDate(`${day}T00:00:00Z`, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
}

const DUE_COLOR = { overdue: 'danger', dueToday: 'warning', upcoming: 'informative' } as const;
const OUTCOME_COLOR = { done: 'success', notDone: 'danger', changed: 'warning' } as const;

/** Props of {@link CommitmentItem}. */
export interface CommitmentItemProps {
  spaceId: string;
  agreement: Pick<AgreementResponse, 'id' | 'managerName' | 'repName' | 'viewer'>;
  commitment: CommitmentResponse;
}

/**
 * One commitment of an agreement: who keeps it to whom, its due (overdue stays until marked) or its
 * outcome; the parties mark it kept, missed, or renegotiate it with a new date and wording.
 */
export function CommitmentItem({ spaceId, agreement, commitment: c }: CommitmentItemProps) {
  const intl = useIntl();
  const styles = useStyles();
  const mark = useMarkCommitment(spaceId, agreement.id);
  const [renegotiating, setRenegotiating] = useState(false);
  const [newDue, setNewDue] = useState(c.dueDate);
  const [newText, setNewText] = useState('');
  const [reason, setReason] = useState('');
  const other = c.owner === 'rep' ? agreement.managerName : agreement.repName;
  const open = c.review === null && c.due !== null;
  const party = agreement.viewer !== 'observer';

  const submit = (outcome: 'done' | 'notDone') =>
    mark.mutate({ itemId: c.actionId, body: { dueDate: c.dueDate, outcome } });
  const renegotiate = (event: FormEvent) => {
    event.preventDefault();
    mark.mutate(
      {
        itemId: c.actionId,
        body: {
          dueDate: c.dueDate,
          outcome: 'changed',
          newDueDate: newDue,
          ...(newText.trim() ? { newText: newText.trim() } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
      },
      { onSuccess: () => setRenegotiating(false) },
    );
  };

  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <Text className={styles.text}>{c.text}</Text>
        {c.review ? (
          <Badge appearance="tint" color={OUTCOME_COLOR[c.review.outcome]}>
            {intl.formatMessage({ id: `agreements.outcome.${c.review.outcome}` })}
          </Badge>
        ) : c.due ? (
          <Badge appearance={c.due === 'overdue' ? 'filled' : 'tint'} color={DUE_COLOR[c.due]}>
            {intl.formatMessage({ id: `agreements.due.${c.due}` }, { date: formatDay(intl, c.dueDate) })}
          </Badge>
        ) : null}
      </div>
      <Text size={200} className={styles.meta}>
        {intl.formatMessage({ id: 'agreements.owner' }, { name: c.ownerName, other })}
        {c.cadence ? ` · ${intl.formatMessage({ id: `agreements.every.${c.cadence}` })}` : ''}
      </Text>
      {open && party && !renegotiating ? (
        <div className={styles.actions}>
          <Button
            size="small"
            disabled={mark.isPending}
            aria-label={intl.formatMessage({ id: 'agreements.mark.keptLabel' }, { text: c.text })}
            onClick={() => submit('done')}
          >
            {intl.formatMessage({ id: 'agreements.mark.kept' })}
          </Button>
          <Button
            size="small"
            disabled={mark.isPending}
            aria-label={intl.formatMessage({ id: 'agreements.mark.missedLabel' }, { text: c.text })}
            onClick={() => submit('notDone')}
          >
            {intl.formatMessage({ id: 'agreements.mark.missed' })}
          </Button>
          <Button
            size="small"
            disabled={mark.isPending}
            aria-label={intl.formatMessage({ id: 'agreements.mark.renegotiateLabel' }, { text: c.text })}
            onClick={() => setRenegotiating(true)}
          >
            {intl.formatMessage({ id: 'agreements.mark.renegotiate' })}
          </Button>
        </div>
      ) : null}
      {renegotiating ? (
        <form className={styles.form} onSubmit={renegotiate}>
          <Field label={intl.formatMessage({ id: 'agreements.mark.newDue' })} required>
            <Input type="date" value={newDue} onChange={(_, d) => setNewDue(d.value)} required />
          </Field>
          <Field label={intl.formatMessage({ id: 'agreements.mark.newText' })}>
            <Input value={newText} maxLength={280} onChange={(_, d) => setNewText(d.value)} />
          </Field>
          <Field label={intl.formatMessage({ id: 'agreements.mark.reason' })}>
            <Input value={reason} maxLength={300} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" size="small" disabled={mark.isPending || !newDue}>
              {intl.formatMessage({ id: 'agreements.mark.save' })}
            </Button>
            <Button size="small" onClick={() => setRenegotiating(false)}>
              {intl.formatMessage({ id: 'agreements.mark.cancel' })}
            </Button>
          </div>
        </form>
      ) : null}
      {mark.isError ? <Notice intent="error">{intl.formatMessage({ id: 'agreements.saveFailed' })}</Notice> : null}
    </li>
  );
}
