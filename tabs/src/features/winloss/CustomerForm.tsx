import type { ReviewResponse, WinlossReason } from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSaveCustomer } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '36rem', minWidth: 0 },
  reason: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/**
 * The customer's side of a closed deal: the reasons they gave, against the same taxonomy, each with
 * their words as they said them (kept exactly as typed).
 */
export function CustomerForm({
  spaceId,
  review,
  reasons,
  onDone,
}: {
  spaceId: string;
  review: ReviewResponse;
  reasons: readonly WinlossReason[];
  onDone: () => void;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const save = useSaveCustomer(spaceId, review.boardId);
  const [heardOn, setHeardOn] = useState(review.customer?.heardOn ?? new Date().toISOString().slice(0, 10));
  const [quotes, setQuotes] = useState<Record<string, string>>(
    Object.fromEntries((review.customer?.reasons ?? []).map((r) => [r.key, r.quote])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const given = reasons.filter((r) => quotes[r.key] !== undefined);
    if (given.length === 0) return setProblem(intl.formatMessage({ id: 'winloss.customer.needReason' }));
    if (given.some((r) => (quotes[r.key] ?? '').trim() === '')) {
      return setProblem(intl.formatMessage({ id: 'winloss.customer.needQuote' }));
    }
    setProblem(null);
    save.mutate(
      { body: { heardOn, reasons: given.map((r) => ({ key: r.key, quote: quotes[r.key] ?? '' })) }, etag: review.etag },
      { onSuccess: onDone },
    );
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={intl.formatMessage({ id: 'winloss.customer.heading' })}>
      <Field label={intl.formatMessage({ id: 'winloss.customer.heardOn' })}>
        <Input type="date" value={heardOn} onChange={(_, d) => setHeardOn(d.value)} />
      </Field>
      {reasons.map((r) => {
        const on = quotes[r.key] !== undefined;
        return (
          <div key={r.key} className={styles.reason}>
            <Checkbox
              label={r.label}
              checked={on}
              onChange={(_, d) => {
                const next = { ...quotes };
                if (d.checked === true) next[r.key] = '';
                else delete next[r.key];
                setQuotes(next);
              }}
            />
            {on ? (
              <Field label={intl.formatMessage({ id: 'winloss.customer.quote' }, { reason: r.label })}>
                <Textarea
                  value={quotes[r.key] ?? ''}
                  onChange={(_, d) => setQuotes({ ...quotes, [r.key]: d.value })}
                  resize="vertical"
                />
              </Field>
            ) : null}
          </div>
        );
      })}
      {problem ? <Notice intent="error">{problem}</Notice> : null}
      {save.error ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(save.error, info.inTeams).body })}</Notice>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {intl.formatMessage({ id: 'winloss.customer.save' })}
        </Button>
        <Button onClick={onDone}>{intl.formatMessage({ id: 'winloss.cancel' })}</Button>
      </div>
    </form>
  );
}
