import { ROLEPLAY_LIMITS } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { DraftFindings } from './DraftFindings';
import { conflictDetail, serverIssues } from './feedbackForm';
import { useAskCoachingQuestion } from './mutations';
import { useDraftCheck } from './useDraftCheck';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
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
