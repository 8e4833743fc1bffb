import type { ValuePropResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSaveValueProp, useValueProp } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '44rem', minWidth: 0 },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The team's value-proposition notes: one point a line, edited by anyone who sells (412 when stale). */
export function ValuePropNotes({ spaceId, mayEdit }: { spaceId: string; mayEdit: boolean }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const notes = useValueProp(spaceId);
  const [editing, setEditing] = useState<{ text: string; etag: string } | null>(null);
  const save = useSaveValueProp(spaceId);
  const { info } = useTeams();
  const start = (doc: ValuePropResponse) => setEditing({ text: doc.points.join('\n'), etag: doc.etag });
  const stale = save.error instanceof ApiError && save.error.status === 412;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {intl.formatMessage({ id: 'winloss.valueProp.heading' })}
      </Text>
      {notes.isPending ? <LoadingState label={intl.formatMessage({ id: 'winloss.loading' })} /> : null}
      {notes.error ? (
        <ErrorState title="winloss.loadFailed" error={notes.error} onRetry={() => void notes.refetch()} />
      ) : null}
      {notes.data && !editing ? (
        <>
          {notes.data.points.length === 0 ? (
            <Text>{intl.formatMessage({ id: 'winloss.valueProp.empty' })}</Text>
          ) : (
            <ul className={styles.list}>
              {notes.data.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {mayEdit ? (
            <div className={styles.actions}>
              <Button onClick={() => notes.data && start(notes.data)}>
                {intl.formatMessage({ id: 'winloss.valueProp.edit' })}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const points = editing.text
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean);
            save.mutate({ body: { points }, etag: editing.etag }, { onSuccess: () => setEditing(null) });
          }}
        >
          <Field label={intl.formatMessage({ id: 'winloss.valueProp.field' })}>
            <Textarea
              value={editing.text}
              onChange={(_, d) => setEditing({ ...editing, text: d.value })}
              resize="vertical"
              rows={6}
            />
          </Field>
          {save.error ? (
            <Notice intent="error">
              {stale
                ? intl.formatMessage({ id: 'winloss.valueProp.stale' })
                : intl.formatMessage({ id: describeError(save.error, info.inTeams).body })}
            </Notice>
          ) : null}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={save.isPending}>
              {intl.formatMessage({ id: 'winloss.valueProp.save' })}
            </Button>
            <Button onClick={() => setEditing(null)}>{intl.formatMessage({ id: 'winloss.cancel' })}</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
