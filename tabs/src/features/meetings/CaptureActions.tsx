import { MEETING_LIMITS, type CaptureResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useChangeCapture } from './mutations';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Who may correct captures here: the viewer, and whether they are a manager (who may change any). */
export interface CaptureManagement {
  spaceId: string;
  meetingId: string;
  meId: string | null;
  isManager: boolean;
}

/**
 * Correct a capture's text or delete it: its author or a manager. Deleting asks once; both send the
 * capture's etag, so a capture changed meanwhile is refused and shown as it is now.
 */
export function CaptureActions({ capture, manage }: { capture: CaptureResponse; manage: CaptureManagement }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const change = useChangeCapture(manage.spaceId, manage.meetingId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(capture.text);
  const [baseEtag, setBaseEtag] = useState(capture.etag);
  if (!manage.isManager && capture.createdBy !== manage.meId) return null;
  const error = change.isError ? (
    <Notice intent="error">
      {intl.formatMessage(
        { id: 'meetings.capture.changeFailed' },
        { reason: intl.formatMessage({ id: describeError(change.error, info.inTeams).body }) },
      )}
    </Notice>
  ) : null;

  if (editing) {
    const empty = text.trim() === '';
    return (
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (empty) return;
          change.mutate(
            { type: 'edit', captureId: capture.id, text: text.trim(), etag: baseEtag },
            { onSuccess: () => setEditing(false) },
          );
        }}
      >
        <Field
          label={intl.formatMessage({ id: 'meetings.capture.editLabel' })}
          validationMessage={empty ? intl.formatMessage({ id: 'meetings.capture.textRequired' }) : undefined}
        >
          <Textarea
            value={text}
            maxLength={MEETING_LIMITS.captureTextMax}
            onChange={(_, data) => setText(data.value)}
            resize="vertical"
          />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" size="small" disabled={change.isPending || empty}>
            {intl.formatMessage({ id: 'meetings.capture.save' })}
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            {intl.formatMessage({ id: 'meetings.capture.cancel' })}
          </Button>
        </div>
        {error}
      </form>
    );
  }
  return (
    <div className={styles.row}>
      <Button
        size="small"
        appearance="subtle"
        icon={<Edit16Regular />}
        aria-label={intl.formatMessage({ id: 'meetings.capture.edit' }, { text: capture.text })}
        onClick={() => {
          setText(capture.text);
          setBaseEtag(capture.etag);
          change.reset();
          setEditing(true);
        }}
      />
      <ConfirmDialog
        trigger={
          <Button
            size="small"
            appearance="subtle"
            icon={<Delete16Regular />}
            aria-label={intl.formatMessage({ id: 'meetings.capture.delete' }, { text: capture.text })}
          />
        }
        title={intl.formatMessage({ id: 'meetings.capture.deleteTitle' })}
        body={intl.formatMessage({ id: 'meetings.capture.deleteBody' }, { text: capture.text })}
        confirmLabel={intl.formatMessage({ id: 'meetings.capture.deleteConfirm' })}
        cancelLabel={intl.formatMessage({ id: 'meetings.capture.cancel' })}
        onConfirm={() =>
          change.mutateAsync({ type: 'delete', captureId: capture.id, etag: capture.etag }).catch(() => undefined)
        }
      />
      {error}
    </div>
  );
}
