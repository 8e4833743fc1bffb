import { ROLEPLAY_LIMITS, type RoleplayDebriefResponse } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { DraftFindings } from './DraftFindings';
import { conflictDetail, serverIssues } from './feedbackForm';
import { useAskCoachingQuestion, useChangeCoachingQuestion } from './mutations';
import { useDraftCheck } from './useDraftCheck';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Props of {@link CoachingQuestionForm}. */
export interface CoachingQuestionFormProps {
  spaceId: string;
  roleplayId: string;
  /** The rep's name, for the hint. */
  repName: string;
}

/**
 * A manager asks a coaching question in the debrief. The wording check nudges towards an open
 * question and away from an answer dressed as one ("Why didn't you…?").
 */
export function CoachingQuestionForm({ spaceId, roleplayId, repName }: CoachingQuestionFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const findingsId = useId();
  const ask = useAskCoachingQuestion(spaceId, roleplayId);
  const [text, setText] = useState('');
  const [attempted, setAttempted] = useState(false);
  const check = useDraftCheck(spaceId, { kind: 'coachingQuestion', text }, text.trim().length > 0);
  const fromServer = serverIssues(ask.error);
  const message =
    fromServer.get('text') ??
    (attempted && !text.trim() ? intl.formatMessage({ id: 'roleplays.debrief.ask.empty' }) : undefined);

  return (
    <form
      className={styles.form}
      aria-label={intl.formatMessage({ id: 'roleplays.debrief.ask.form' })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (!text.trim()) return;
        ask.mutate(text, {
          onSuccess: () => {
            setText('');
            setAttempted(false);
          },
        });
      }}
    >
      <Field
        label={intl.formatMessage({ id: 'roleplays.debrief.ask.label' })}
        hint={intl.formatMessage({ id: 'roleplays.debrief.ask.hint' }, { rep: repName })}
        required
        {...(message ? { validationState: 'error' as const, validationMessage: message } : {})}
      >
        <Textarea
          value={text}
          rows={2}
          resize="vertical"
          maxLength={ROLEPLAY_LIMITS.coachingQuestionMax}
          onChange={(_, data) => {
            setText(data.value);
            if (!ask.isPending) ask.reset();
          }}
        />
      </Field>
      <DraftFindings id={findingsId} findings={check.findings} fieldName={() => null} />
      {ask.isError && fromServer.size === 0 ? (
        <Notice intent="error">
          {conflictDetail(ask.error) ?? intl.formatMessage({ id: describeError(ask.error, info.inTeams).body })}
        </Notice>
      ) : null}
      {ask.isSuccess ? (
        <Notice intent="success">{intl.formatMessage({ id: 'roleplays.debrief.ask.saved' })}</Notice>
      ) : null}
      <Button
        type="submit"
        className={styles.submit}
        disabled={ask.isPending}
        aria-describedby={check.findings.length > 0 ? findingsId : undefined}
      >
        {intl.formatMessage({ id: ask.isPending ? 'roleplays.debrief.ask.saving' : 'roleplays.debrief.ask.submit' })}
      </Button>
    </form>
  );
}

/** Props of {@link CoachingQuestionActions}. */
export interface CoachingQuestionActionsProps {
  spaceId: string;
  roleplayId: string;
  question: RoleplayDebriefResponse['coachingQuestions'][number];
}

/**
 * A manager rewords or deletes a coaching question of an open debrief. Each question has its own
 * etag: a 412 means someone changed this very question; the wording typed here is kept, and the
 * next save goes against the version just loaded.
 */
export function CoachingQuestionActions({ spaceId, roleplayId, question }: CoachingQuestionActionsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const change = useChangeCoachingQuestion(spaceId, roleplayId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(question.text);
  const error = change.isError ? (
    <Notice intent={change.error instanceof ApiError && change.error.status === 412 ? 'warning' : 'error'}>
      {change.error instanceof ApiError && change.error.status === 412
        ? intl.formatMessage({ id: 'roleplays.debrief.question.conflict' })
        : (conflictDetail(change.error) ?? intl.formatMessage({ id: describeError(change.error, info.inTeams).body }))}
    </Notice>
  ) : null;

  if (editing)
    return (
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          change.mutate({ questionId: question.id, etag: question.etag, text }, { onSuccess: () => setEditing(false) });
        }}
      >
        <Field label={intl.formatMessage({ id: 'roleplays.debrief.question.label' })}>
          <Textarea
            value={text}
            rows={2}
            resize="vertical"
            maxLength={ROLEPLAY_LIMITS.coachingQuestionMax}
            onChange={(_, data) => setText(data.value)}
          />
        </Field>
        {error}
        <div className={styles.row}>
          <Button type="submit" disabled={change.isPending || !text.trim()}>
            {intl.formatMessage({ id: 'roleplays.debrief.question.save' })}
          </Button>
          <Button
            onClick={() => {
              setEditing(false);
              setText(question.text);
              change.reset();
            }}
          >
            {intl.formatMessage({ id: 'roleplays.debrief.question.cancel' })}
          </Button>
        </div>
      </form>
    );
  return (
    <div className={styles.row}>
      <Button
        size="small"
        appearance="subtle"
        aria-label={intl.formatMessage({ id: 'roleplays.debrief.question.editFor' }, { text: question.text })}
        onClick={() => {
          setText(question.text);
          setEditing(true);
        }}
      >
        {intl.formatMessage({ id: 'roleplays.debrief.question.edit' })}
      </Button>
      <ConfirmDialog
        trigger={
          <Button
            size="small"
            appearance="subtle"
            aria-label={intl.formatMessage({ id: 'roleplays.debrief.question.deleteFor' }, { text: question.text })}
          >
            {intl.formatMessage({ id: 'roleplays.debrief.question.delete' })}
          </Button>
        }
        title={intl.formatMessage({ id: 'roleplays.debrief.question.deleteTitle' })}
        body={intl.formatMessage({ id: 'roleplays.debrief.question.deleteBody' }, { text: question.text })}
        confirmLabel={intl.formatMessage({ id: 'roleplays.debrief.question.delete' })}
        pending={change.isPending}
        error={error}
        onConfirm={() => change.mutateAsync({ questionId: question.id, etag: question.etag })}
      />
    </div>
  );
}
