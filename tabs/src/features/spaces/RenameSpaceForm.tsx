import { DisplayName, type SpaceResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { messageForIssue, type FieldMessages } from './fieldErrors';
import { useRenameSpace } from './mutations';

const nameMessages: FieldMessages = {
  required: 'config.nameRequired',
  tooLong: 'config.nameTooLong',
  format: 'config.nameInvalid',
  invalid: 'config.nameInvalid',
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem' },
  row: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: '12rem' },
});

type Outcome = { kind: 'renamed'; name: string } | { kind: 'conflict' } | { kind: 'failed'; error: unknown } | null;

/**
 * Renames a space (managers). The edit remembers the etag of the version it started from, so a
 * rename never overwrites someone else's newer change: the API answers 412 and the form says so.
 */
export function RenameSpaceForm({ space }: { space: SpaceResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const rename = useRenameSpace(space.id);
  const [draft, setDraft] = useState({ name: space.name, etag: space.etag, dirty: false });
  const [outcome, setOutcome] = useState<Outcome>(null);

  // A newer version arrived while the field was untouched: start from it instead.
  if (!draft.dirty && draft.etag !== space.etag) setDraft({ name: space.name, etag: space.etag, dirty: false });

  const parsed = DisplayName.safeParse(draft.name);
  const issue = parsed.error?.issues[0];
  const unchanged = parsed.success && parsed.data === space.name && draft.etag === space.etag;

  const submit = (): void => {
    if (!parsed.success || unchanged) return;
    setOutcome(null);
    rename.mutate(
      { name: parsed.data, etag: draft.etag },
      {
        onSuccess: (updated) => {
          setDraft({ name: updated.name, etag: updated.etag, dirty: false });
          setOutcome({ kind: 'renamed', name: updated.name });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            // Let the refetched version replace the draft; the user checks it and renames again.
            setDraft((current) => ({ ...current, dirty: false }));
            setOutcome({ kind: 'conflict' });
          } else {
            setOutcome({ kind: 'failed', error });
          }
        },
      },
    );
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className={styles.row}>
        <Field
          className={styles.field}
          label={intl.formatMessage({ id: 'rename.label' })}
          validationState={draft.dirty && issue ? 'error' : 'none'}
          validationMessage={
            draft.dirty && issue ? intl.formatMessage({ id: messageForIssue(issue, nameMessages) }) : undefined
          }
        >
          <Input
            value={draft.name}
            onChange={(_, data) => setDraft((current) => ({ ...current, name: data.value, dirty: true }))}
          />
        </Field>
        <Button type="submit" disabled={rename.isPending || !parsed.success || unchanged}>
          {intl.formatMessage({ id: rename.isPending ? 'rename.saving' : 'rename.submit' })}
        </Button>
      </div>
      {outcome?.kind === 'renamed' ? (
        <Notice intent="success">{intl.formatMessage({ id: 'rename.done' }, { name: outcome.name })}</Notice>
      ) : null}
      {outcome?.kind === 'conflict' ? (
        <Notice intent="warning">{intl.formatMessage({ id: 'rename.conflict' })}</Notice>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(outcome.error, info.inTeams).body })}</Notice>
      ) : null}
    </form>
  );
}
