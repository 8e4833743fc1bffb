import type { CoachingPlanResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { usePutPlan } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  action: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  actionText: { flex: '1 1 14rem', minWidth: 0 },
  footer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface DraftAction {
  key: number;
  actionId?: string;
  text: string;
  dueDate: string;
}

/** Props of {@link PlanForm}. */
export interface PlanFormProps {
  spaceId: string;
  sessionId: string;
  /** The plan so far, when the rep has written one. */
  plan: CoachingPlanResponse | null;
  /** Called once the plan is saved. */
  onSaved?: () => void;
}

let nextKey = 0;
const blank = (): DraftAction => ({ key: nextKey++, text: '', dueDate: '' });

/** The rep writes their own plan: a goal in their words and the actions they commit to, each with a date. */
export function PlanForm({ spaceId, sessionId, plan, onSaved }: PlanFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const actionsId = useId();
  const save = usePutPlan(spaceId, sessionId);
  const [goal, setGoal] = useState(plan?.goal ?? '');
  const [actions, setActions] = useState<DraftAction[]>(
    plan ? plan.actions.map((a) => ({ key: nextKey++, ...a })) : [blank()],
  );
  const [incomplete, setIncomplete] = useState(false);

  const change = (key: number, patch: Partial<DraftAction>) =>
    setActions((current) => current.map((a) => (a.key === key ? { ...a, ...patch } : a)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!goal.trim() || actions.some((a) => !a.text.trim() || !a.dueDate)) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    save.mutate(
      {
        body: {
          goal,
          actions: actions.map(({ actionId, text, dueDate }) => ({ ...(actionId ? { actionId } : {}), text, dueDate })),
        },
        etag: plan?.etag,
      },
      { onSuccess: () => onSaved?.() },
    );
  };

  const stale = save.error instanceof ApiError && save.error.status === 412;
  return (
    <form
      className={styles.form}
      aria-label={intl.formatMessage({ id: 'coaching.plan.heading' })}
      onSubmit={submit}
      noValidate
    >
      <Field
        label={intl.formatMessage({ id: 'coaching.plan.goal' })}
        hint={intl.formatMessage({ id: 'coaching.plan.goalHint' })}
      >
        <Textarea value={goal} onChange={(_, d) => setGoal(d.value)} resize="vertical" maxLength={500} />
      </Field>
      <Text as="p" id={actionsId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'coaching.plan.actions' })}
      </Text>
      <ul className={styles.actions} aria-labelledby={actionsId}>
        {actions.map((a, i) => (
          <li key={a.key} className={styles.action}>
            <Field
              className={styles.actionText}
              label={intl.formatMessage({ id: 'coaching.plan.action' }, { number: i + 1 })}
            >
              <Input value={a.text} onChange={(_, d) => change(a.key, { text: d.value })} maxLength={300} />
            </Field>
            <Field label={intl.formatMessage({ id: 'coaching.plan.actionDue' }, { number: i + 1 })}>
              <Input type="date" value={a.dueDate} onChange={(_, d) => change(a.key, { dueDate: d.value })} />
            </Field>
            {actions.length > 1 ? (
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={intl.formatMessage({ id: 'coaching.plan.removeAction' }, { number: i + 1 })}
                onClick={() => setActions((current) => current.filter((x) => x.key !== a.key))}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {incomplete ? <Notice intent="warning">{intl.formatMessage({ id: 'coaching.plan.incomplete' })}</Notice> : null}
      {save.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: stale ? 'coaching.stale' : 'coaching.saveFailed' })}</Notice>
      ) : null}
      {save.isSuccess ? <Notice intent="success">{intl.formatMessage({ id: 'coaching.plan.saved' })}</Notice> : null}
      <div className={styles.footer}>
        {actions.length < 8 ? (
          <Button icon={<AddRegular />} onClick={() => setActions((current) => [...current, blank()])}>
            {intl.formatMessage({ id: 'coaching.plan.addAction' })}
          </Button>
        ) : null}
        <Button appearance="primary" type="submit" disabled={save.isPending}>
          {intl.formatMessage({ id: 'coaching.plan.save' })}
        </Button>
      </div>
    </form>
  );
}
