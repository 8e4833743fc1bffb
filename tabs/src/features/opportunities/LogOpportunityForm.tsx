import { OPPORTUNITY_URGENCIES, type OpportunityUrgency } from '@coachboard/api/domain';
import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { useAccountBoards, useLogOpportunity } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem', minWidth: 0 },
  heading: { margin: 0 },
  // Long account names must not widen the 280 px side panel: the select shrinks and ellipsizes.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  control: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link LogOpportunityForm}. */
export interface LogOpportunityFormProps {
  /** The teams it may go to; a choice shows only when there is more than one. */
  spaces: readonly { id: string; name: string }[];
  /** Heading level of the form's title. */
  headingAs?: 'h2' | 'h3';
}

/**
 * The quick form, for anyone in the team: the customer (one of the team's account boards, or a typed
 * name), what they said, why it may matter, how urgent, how to reach them. Under a minute.
 */
export function LogOpportunityForm({ spaces, headingAs = 'h3' }: LogOpportunityFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const [spaceId, setSpaceId] = useState(spaces[0]?.id ?? '');
  const boards = useAccountBoards(spaceId);
  const log = useLogOpportunity();
  const [boardId, setBoardId] = useState('');
  const [customerName, setCustomerName] = useState('');
  const [noticed, setNoticed] = useState('');
  const [why, setWhy] = useState('');
  const [urgency, setUrgency] = useState<OpportunityUrgency>('soon');
  const [contact, setContact] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const valid = Boolean(spaceId) && (Boolean(boardId) || customerName.trim().length > 0) && noticed.trim().length > 0;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!valid) return;
    log.mutate(
      {
        spaceId,
        body: {
          ...(boardId ? { boardId } : { customerName: customerName.trim() }),
          noticed: noticed.trim(),
          whyItMatters: why.trim(),
          urgency,
          contact: contact.trim(),
        },
      },
      {
        onSuccess: (o) => {
          setDone(
            o.assigneeName
              ? intl.formatMessage({ id: 'opportunities.log.doneOwner' }, { name: o.assigneeName })
              : intl.formatMessage({ id: 'opportunities.log.doneTriage' }),
          );
          setBoardId('');
          setCustomerName('');
          setNoticed('');
          setWhy('');
          setContact('');
          setUrgency('soon');
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={headingId}>
      <Text as={headingAs} id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'opportunities.log.heading' })}
      </Text>
      {spaces.length > 1 ? (
        <Field className={styles.field} label={intl.formatMessage({ id: 'opportunities.log.team' })} required>
          <Select
            className={styles.select}
            select={{ className: styles.control }}
            value={spaceId}
            onChange={(_, d) => {
              setSpaceId(d.value);
              setBoardId('');
            }}
          >
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field
        className={styles.field}
        label={intl.formatMessage({ id: 'opportunities.log.customer' })}
        hint={intl.formatMessage({ id: 'opportunities.log.customerHint' })}
      >
        <Select
          className={styles.select}
          select={{ className: styles.control }}
          value={boardId}
          onChange={(_, d) => setBoardId(d.value)}
        >
          <option value="">{intl.formatMessage({ id: 'opportunities.log.customerOther' })}</option>
          {(boards.data ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
      </Field>
      {boardId ? null : (
        <Field label={intl.formatMessage({ id: 'opportunities.log.customerName' })} required>
          <Input value={customerName} maxLength={200} onChange={(_, d) => setCustomerName(d.value)} />
        </Field>
      )}
      <Field
        label={intl.formatMessage({ id: 'opportunities.log.noticed' })}
        hint={intl.formatMessage({ id: 'opportunities.log.noticedHint' })}
        required
      >
        <Textarea value={noticed} maxLength={2000} resize="vertical" onChange={(_, d) => setNoticed(d.value)} />
      </Field>
      <Field label={intl.formatMessage({ id: 'opportunities.log.why' })}>
        <Textarea value={why} maxLength={1000} resize="vertical" onChange={(_, d) => setWhy(d.value)} />
      </Field>
      <Field label={intl.formatMessage({ id: 'opportunities.log.urgency' })}>
        <RadioGroup layout="horizontal" value={urgency} onChange={(_, d) => setUrgency(d.value as OpportunityUrgency)}>
          {OPPORTUNITY_URGENCIES.map((u) => (
            <Radio key={u} value={u} label={intl.formatMessage({ id: `opportunities.urgency.${u}` })} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={intl.formatMessage({ id: 'opportunities.log.contact' })}>
        <Input value={contact} maxLength={300} onChange={(_, d) => setContact(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={!valid || log.isPending}>
          {intl.formatMessage({ id: 'opportunities.log.submit' })}
        </Button>
      </div>
      {done ? (
        <Text as="p" role="status" className={styles.muted}>
          {done}
        </Text>
      ) : null}
      <ErrorLine error={log.error} />
    </form>
  );
}
