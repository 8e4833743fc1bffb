import { ROLEPLAY_LIMITS, type NextStepBody, type RoleplayDebriefResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { conflictDetail, serverIssues } from './feedbackForm';
import { useSetNextStep } from './mutations';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  submit: { alignSelf: 'flex-start' },
});

/** Props of {@link NextStepForm}. */
export interface NextStepFormProps {
  spaceId: string;
  roleplayId: string;
  /** The role-play's criteria, one of which the step may work on. */
  criteria: readonly { key: string; label: string }[];
  /** The step chosen before, to change it. */
  current: RoleplayDebriefResponse['nextStep'];
}

interface StepDraft {
  text: string;
  criterion: string;
  dueDate: string;
}

/** The rep chooses their own next step (optionally a criterion and a date); it is saved to their personal tab. */
export function NextStepForm({ spaceId, roleplayId, criteria, current }: NextStepFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const save = useSetNextStep(spaceId, roleplayId);
  const [edited, setEdited] = useState<StepDraft | null>(null);
  const [attempted, setAttempted] = useState(false);
  const draft: StepDraft = edited ?? {
    text: current?.text ?? '',
    criterion: current?.criterion ?? '',
    dueDate: current?.dueDate ?? '',
  };
  const fromServer = serverIssues(save.error);
  const textMessage =
    fromServer.get('text') ??
    (attempted && !draft.text.trim() ? intl.formatMessage({ id: 'roleplays.debrief.nextStep.empty' }) : undefined);
  const error = (message: string | undefined) =>
    message ? { validationState: 'error' as const, validationMessage: message } : {};
  const change = (patch: Partial<StepDraft>) => {
    setEdited({ ...draft, ...patch });
    if (!save.isPending) save.reset();
  };

  return (
    <form
      className={styles.form}
      aria-label={intl.formatMessage({ id: 'roleplays.debrief.nextStep.form' })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (!draft.text.trim()) return;
        const body: NextStepBody = {
          text: draft.text,
          criterion: draft.criterion || null,
          dueDate: draft.dueDate || null,
        };
        save.mutate(body, { onSuccess: () => setEdited(null) });
      }}
    >
      <Field
        label={intl.formatMessage({ id: 'roleplays.debrief.nextStep.text' })}
        hint={intl.formatMessage({ id: 'roleplays.debrief.nextStep.hint' })}
        required
        {...error(textMessage)}
      >
        <Textarea
          value={draft.text}
          rows={2}
          resize="vertical"
          maxLength={ROLEPLAY_LIMITS.nextStepMax}
          onChange={(_, data) => change({ text: data.value })}
        />
      </Field>
      <Field
        label={intl.formatMessage({ id: 'roleplays.debrief.nextStep.criterionField' })}
        {...error(fromServer.get('criterion'))}
      >
        <Select value={draft.criterion} onChange={(_, data) => change({ criterion: data.value })}>
          <option value="">{intl.formatMessage({ id: 'roleplays.debrief.nextStep.noCriterion' })}</option>
          {criteria.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={intl.formatMessage({ id: 'roleplays.debrief.nextStep.dueField' })}
        {...error(fromServer.get('dueDate'))}
      >
        <Input type="date" value={draft.dueDate} onChange={(_, data) => change({ dueDate: data.value })} />
      </Field>
      {save.isError && fromServer.size === 0 ? (
        <Notice intent="error">
          {conflictDetail(save.error) ?? intl.formatMessage({ id: describeError(save.error, info.inTeams).body })}
        </Notice>
      ) : null}
      {save.isSuccess ? (
        <Notice intent="success">{intl.formatMessage({ id: 'roleplays.debrief.nextStep.saved' })}</Notice>
      ) : null}
      <Button type="submit" appearance="primary" className={styles.submit} disabled={save.isPending}>
        {intl.formatMessage({
          id: save.isPending
            ? 'roleplays.debrief.nextStep.saving'
            : current
              ? 'roleplays.debrief.nextStep.update'
              : 'roleplays.debrief.nextStep.save',
        })}
      </Button>
    </form>
  );
}
