import { WINLOSS_LIMITS, type WinlossReason, type WinlossTaxonomyResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSaveTaxonomy, useTaxonomy } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '44rem', minWidth: 0 },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '10rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const KEY_MAX = 40;

/**
 * A new reason's key, as the API's `ReasonKey` expects (`^[a-z][a-zA-Z0-9-]{0,39}$`): a lower-case slug of
 * its label that no reason holds yet. Keys stay stable when a reason is renamed later.
 */
export function reasonKey(label: string, used: ReadonlySet<string>): string {
  let base = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(base)) base = base ? `reason-${base}` : 'reason';
  base = base.slice(0, KEY_MAX).replace(/-+$/, '');
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base.slice(0, KEY_MAX - String(n).length - 1).replace(/-+$/, '')}-${n}`;
  return key;
}

interface Draft {
  reasons: WinlossReason[];
  etag: string;
  adding: string;
}

/** The shared win/loss reasons: managers add and relabel them (412 when someone saved since); reps see nothing. */
export function TaxonomyEditor({ spaceId, mayEdit }: { spaceId: string; mayEdit: boolean }) {
  return mayEdit ? <Editor spaceId={spaceId} /> : null;
}

function Editor({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const formId = useId();
  const taxonomy = useTaxonomy(spaceId);
  const save = useSaveTaxonomy(spaceId);
  const { info } = useTeams();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<'winloss.taxonomy.required' | 'winloss.taxonomy.duplicate' | null>(null);
  const [saved, setSaved] = useState(false);
  const start = (doc: WinlossTaxonomyResponse) => {
    save.reset();
    setProblem(null);
    setSaved(false);
    setDraft({ reasons: doc.reasons.map((r) => ({ ...r })), etag: doc.etag, adding: '' });
  };
  const stale = save.error instanceof ApiError && save.error.status === 412;
  const full = draft !== null && draft.reasons.length >= WINLOSS_LIMITS.reasonsMax;

  const add = () => {
    if (!draft) return;
    const label = draft.adding.trim();
    if (!label || full) return;
    if (draft.reasons.some((r) => r.label.trim().toLowerCase() === label.toLowerCase())) {
      setProblem('winloss.taxonomy.duplicate');
      return;
    }
    setProblem(null);
    const key = reasonKey(label, new Set(draft.reasons.map((r) => r.key)));
    setDraft({ ...draft, reasons: [...draft.reasons, { key, label }], adding: '' });
  };
  const reload = async () => {
    const fresh = await taxonomy.refetch();
    if (fresh.data) start(fresh.data);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {intl.formatMessage({ id: 'winloss.taxonomy.heading' })}
      </Text>
      {taxonomy.isPending ? <LoadingState label={intl.formatMessage({ id: 'winloss.loading' })} /> : null}
      {taxonomy.error ? (
        <ErrorState title="winloss.loadFailed" error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />
      ) : null}
      {taxonomy.data && !draft ? (
        <>
          <Text>{intl.formatMessage({ id: 'winloss.taxonomy.intro' })}</Text>
          <ul className={styles.list} aria-labelledby={headingId}>
            {taxonomy.data.reasons.map((r) => (
              <li key={r.key}>{r.label}</li>
            ))}
          </ul>
          {saved ? <Notice intent="success">{intl.formatMessage({ id: 'winloss.taxonomy.saved' })}</Notice> : null}
          <div className={styles.actions}>
            <Button onClick={() => taxonomy.data && start(taxonomy.data)}>
              {intl.formatMessage({ id: 'winloss.taxonomy.edit' })}
            </Button>
          </div>
        </>
      ) : null}
      {draft ? (
        <form
          id={formId}
          className={styles.form}
          aria-label={intl.formatMessage({ id: 'winloss.taxonomy.form' })}
          onSubmit={(e) => {
            e.preventDefault();
            const reasons = draft.reasons.map((r) => ({ key: r.key, label: r.label.trim() }));
            if (reasons.some((r) => !r.label)) {
              setProblem('winloss.taxonomy.required');
              return;
            }
            setProblem(null);
            save.mutate(
              { body: { reasons }, etag: draft.etag },
              {
                onSuccess: () => {
                  setDraft(null);
                  setSaved(true);
                },
              },
            );
          }}
        >
          {draft.reasons.map((r, i) => (
            <Field key={r.key} label={intl.formatMessage({ id: 'winloss.taxonomy.label' }, { n: i + 1 })}>
              <Input
                value={r.label}
                maxLength={WINLOSS_LIMITS.reasonLabelMax}
                onChange={(_, d) =>
                  setDraft({
                    ...draft,
                    reasons: draft.reasons.map((x, j) => (j === i ? { ...x, label: d.value } : x)),
                  })
                }
              />
            </Field>
          ))}
          <div className={styles.row}>
            <Field
              className={styles.grow}
              label={intl.formatMessage({ id: 'winloss.taxonomy.new' })}
              hint={
                full
                  ? intl.formatMessage({ id: 'winloss.taxonomy.full' }, { max: WINLOSS_LIMITS.reasonsMax })
                  : undefined
              }
            >
              <Input
                value={draft.adding}
                maxLength={WINLOSS_LIMITS.reasonLabelMax}
                disabled={full}
                onChange={(_, d) => setDraft({ ...draft, adding: d.value })}
                onKeyDown={(e) => {
                  // Enter adds the reason instead of saving the whole list.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
            </Field>
            <Button onClick={add} disabled={full || !draft.adding.trim()}>
              {intl.formatMessage({ id: 'winloss.taxonomy.add' })}
            </Button>
          </div>
          {problem ? <Notice intent="error">{intl.formatMessage({ id: problem })}</Notice> : null}
          {save.error ? (
            <Notice intent="error">
              {stale
                ? intl.formatMessage({ id: 'winloss.taxonomy.stale' })
                : intl.formatMessage({ id: describeError(save.error, info.inTeams).body })}
            </Notice>
          ) : null}
          <div className={styles.actions}>
            {stale ? (
              <Button onClick={() => void reload()}>{intl.formatMessage({ id: 'winloss.taxonomy.reload' })}</Button>
            ) : null}
            <Button type="submit" appearance="primary" disabled={save.isPending}>
              {intl.formatMessage({ id: 'winloss.taxonomy.save' })}
            </Button>
            <Button onClick={() => setDraft(null)}>{intl.formatMessage({ id: 'winloss.cancel' })}</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
