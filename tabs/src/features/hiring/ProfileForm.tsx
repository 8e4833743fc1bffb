import type { Competency, RoleProfileBody } from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { reasonOf } from './errors';
import { useCompetencies, useCreateProfile, useScenarios } from './hiringApi';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  competency: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Choice {
  weight: number;
  questions: string;
}

/** A manager defines a role profile: the competencies (weighted, with questions) and the role-play case. */
export function ProfileForm({ spaceId, onDone }: { spaceId: string; onDone: () => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const competencies = useCompetencies(spaceId);
  const scenarios = useScenarios(spaceId, true);
  const create = useCreateProfile(spaceId);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Record<string, Choice>>({});
  const [scenarioId, setScenarioId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const active: Competency[] = (competencies.data ?? []).filter((c) => !c.retired);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const keys = active.map((c) => c.key).filter((key) => chosen[key]);
    if (keys.length === 0) {
      setProblem(intl.formatMessage({ id: 'hiring.profile.pickOne' }));
      return;
    }
    const body: RoleProfileBody = {
      name,
      competencies: keys.map((key) => ({
        key,
        weight: chosen[key]!.weight,
        questions: chosen[key]!.questions.split('\n')
          .map((q) => q.trim())
          .filter(Boolean),
      })),
      scenarioId: scenarioId || null,
    };
    setProblem(null);
    create.mutate(body, {
      onSuccess: onDone,
      onError: (error) => setProblem(intl.formatMessage({ id: 'hiring.saveFailed' }, { reason: reasonOf(error) })),
    });
  };

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={intl.formatMessage({ id: 'hiring.profile.name' })} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'hiring.profile.competencies' })}</legend>
        {active.map((c) => {
          const choice = chosen[c.key];
          return (
            <div key={c.key}>
              <Checkbox
                label={c.label}
                checked={Boolean(choice)}
                onChange={(_, d) =>
                  setChosen((current) => {
                    const next = { ...current };
                    if (d.checked) next[c.key] = { weight: 1, questions: '' };
                    else delete next[c.key];
                    return next;
                  })
                }
              />
              {choice ? (
                <div className={styles.competency}>
                  <Field label={intl.formatMessage({ id: 'hiring.profile.weight' }, { label: c.label })}>
                    <Select
                      value={String(choice.weight)}
                      onChange={(_, d) =>
                        setChosen((current) => ({ ...current, [c.key]: { ...choice, weight: Number(d.value) } }))
                      }
                    >
                      {[1, 2, 3, 4, 5].map((w) => (
                        <option key={w} value={w}>
                          {w}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label={intl.formatMessage({ id: 'hiring.profile.questions' }, { label: c.label })}>
                    <Textarea
                      value={choice.questions}
                      onChange={(_, d) =>
                        setChosen((current) => ({ ...current, [c.key]: { ...choice, questions: d.value } }))
                      }
                    />
                  </Field>
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <Field label={intl.formatMessage({ id: 'hiring.profile.case' })}>
        <Select value={scenarioId} onChange={(_, d) => setScenarioId(d.value)}>
          <option value="">{intl.formatMessage({ id: 'hiring.profile.noCase' })}</option>
          {(scenarios.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </Field>
      {problem ? <Notice intent="error">{problem}</Notice> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={create.isPending}>
          {intl.formatMessage({ id: 'hiring.profile.save' })}
        </Button>
        <Button onClick={onDone}>{intl.formatMessage({ id: 'hiring.profile.cancel' })}</Button>
      </div>
    </form>
  );
}
