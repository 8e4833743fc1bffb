import {
  ROLEPLAY_LIMITS,
  ScenarioDifficulty,
  type CreateScenarioBody,
  type ScenarioResponse,
  type Skill,
} from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { DIFFICULTY_MESSAGES } from './ScenarioCard';
import { useCreateScenario, useUpdateScenario } from './mutations';
import { useCompetencies } from './queries';
import { bodyOf, checkDraft, draftOf, FIELD_PATHS, serverIssues, type Draft } from './scenarioDraft';

const L = ROLEPLAY_LIMITS;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem', minWidth: 0 },
  heading: { margin: 0 },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { paddingInline: tokens.spacingHorizontalXS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: '12rem', minWidth: 0 },
  /** A select's intrinsic width (its longest option) must not push it out of a narrow field. */
  control: { minWidth: 0 },
  items: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  start: { alignSelf: 'flex-start' },
  criteria: { display: 'flex', flexDirection: 'column' },
});

/** Props of {@link ScenarioForm}. */
export interface ScenarioFormProps {
  spaceId: string;
  /** The space's skills (a scenario practises one of them). */
  skills: readonly Skill[];
  /** The scenario to edit, as its editor sees it (with objections); without it the form creates one. */
  scenario?: ScenarioResponse;
  /** Where a new scenario comes from, e.g. the lost deal's win/loss review. */
  source?: CreateScenarioBody['source'];
  /** Called with the scenario's id once it is saved. */
  onSaved: (id: string) => void;
  onCancel: () => void;
  /** Loads the current version after someone else changed the scenario (412). */
  onReload?: () => void;
}

/** Creates or edits a scenario: the customer, the situation, the hidden objections, skill, difficulty, length, criteria. */
export function ScenarioForm({ spaceId, skills, scenario, source, onSaved, onCancel, onReload }: ScenarioFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(scenario));
  const [attempts, setAttempts] = useState(0);
  const competencies = useCompetencies(spaceId);
  const create = useCreateScenario(spaceId);
  const update = useUpdateScenario(spaceId, scenario?.id ?? '');
  const save = scenario ? update : create;
  const local = attempts > 0 ? checkDraft(draft, intl) : new Map<string, string>();
  const remote = serverIssues(save.error);
  const conflict = save.error instanceof ApiError && save.error.status === 412;
  const unmapped = [...remote].filter(([path]) => !FIELD_PATHS.test(path));

  // After a refused save, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (attempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts, save.error]);

  const change = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));
  const setItem = (list: 'caresAbout' | 'objections', index: number, value: string): void =>
    setDraft((d) => ({ ...d, [list]: d[list].map((v, i) => (i === index ? value : v)) }));
  const addItem = (list: 'caresAbout' | 'objections'): void => setDraft((d) => ({ ...d, [list]: [...d[list], ''] }));
  const removeItem = (list: 'caresAbout' | 'objections', index: number): void =>
    setDraft((d) => ({ ...d, [list]: d[list].filter((_, i) => i !== index) }));
  const toggleCriterion = (key: string, on: boolean): void =>
    setDraft((d) => ({ ...d, criteria: on ? [...d.criteria, key] : d.criteria.filter((k) => k !== key) }));

  /** The message a field shows: the form's own check first, then the server's word. */
  const issueAt = (path: string): string | undefined => local.get(path) ?? remote.get(path);
  const fieldProps = (path: string) => {
    const message = issueAt(path);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };
  const submit = (): void => {
    setAttempts((n) => n + 1);
    if (checkDraft(draft, intl).size > 0) return;
    const body = bodyOf(draft);
    if (scenario) {
      update.mutate({ body, etag: scenario.etag }, { onSuccess: (saved) => onSaved(saved.id) });
    } else {
      create.mutate(source ? { ...body, source } : body, { onSuccess: (saved) => onSaved(saved.id) });
    }
  };

  const skillOptions =
    draft.skill && !skills.some((s) => s.key === draft.skill) && scenario
      ? [...skills, { key: scenario.skill.key, label: scenario.skill.label }]
      : skills;
  const criteriaOptions = [
    ...(competencies.data?.items ?? []).map((c) => ({ key: c.key, label: c.label })),
    ...(scenario?.criteria ?? []).filter((c) => !competencies.data?.items.some((item) => item.key === c.key)),
  ];
  const criteriaIssue = issueAt('criteria') ?? [...remote].find(([path]) => /^criteria\.\d+$/.test(path))?.[1];

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({
          id: scenario ? 'roleplays.scenario.form.editHeading' : 'roleplays.scenario.form.newHeading',
        })}
      </Text>
      <Field
        label={intl.formatMessage({ id: 'roleplays.scenario.form.title' })}
        hint={intl.formatMessage({ id: 'roleplays.scenario.form.titleHint' })}
        required
        {...fieldProps('title')}
      >
        <Input value={draft.title} maxLength={L.titleMax} onChange={(_, d) => change({ title: d.value })} />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'roleplays.scenario.form.personaLegend' })}</legend>
        <div className={styles.row}>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'roleplays.scenario.form.personaName' })}
            required
            {...fieldProps('persona.name')}
          >
            <Input value={draft.name} maxLength={L.personaFieldMax} onChange={(_, d) => change({ name: d.value })} />
          </Field>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'roleplays.scenario.form.personaRole' })}
            required
            {...fieldProps('persona.role')}
          >
            <Input value={draft.role} maxLength={L.personaFieldMax} onChange={(_, d) => change({ role: d.value })} />
          </Field>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'roleplays.scenario.form.personaCompany' })}
            required
            {...fieldProps('persona.company')}
          >
            <Input
              value={draft.company}
              maxLength={L.personaFieldMax}
              onChange={(_, d) => change({ company: d.value })}
            />
          </Field>
        </div>
        <Field
          label={intl.formatMessage({ id: 'roleplays.scenario.form.personaMood' })}
          hint={intl.formatMessage({ id: 'roleplays.scenario.form.personaMoodHint' })}
          required
          {...fieldProps('persona.mood')}
        >
          <Input value={draft.mood} maxLength={L.moodMax} onChange={(_, d) => change({ mood: d.value })} />
        </Field>
        <ListEditor
          legend={intl.formatMessage({ id: 'roleplays.scenario.form.caresLegend' })}
          items={draft.caresAbout}
          max={L.caresAboutMax}
          itemMax={L.caresAboutItemMax}
          itemLabel={(n) => intl.formatMessage({ id: 'roleplays.scenario.form.caresItem' }, { n })}
          removeLabel={(n) => intl.formatMessage({ id: 'roleplays.scenario.form.caresRemove' }, { n })}
          addLabel={intl.formatMessage({ id: 'roleplays.scenario.form.caresAdd' })}
          listIssue={issueAt('persona.caresAbout')}
          itemIssue={(i) => issueAt(`persona.caresAbout.${i}`)}
          onChange={(i, v) => setItem('caresAbout', i, v)}
          onAdd={() => addItem('caresAbout')}
          onRemove={(i) => removeItem('caresAbout', i)}
        />
      </fieldset>

      <Field
        label={intl.formatMessage({ id: 'roleplays.scenario.form.situation' })}
        hint={intl.formatMessage({ id: 'roleplays.scenario.form.situationHint' })}
        required
        {...fieldProps('situation')}
      >
        <Textarea
          value={draft.situation}
          rows={5}
          resize="vertical"
          maxLength={L.situationMax}
          onChange={(_, d) => change({ situation: d.value })}
        />
      </Field>

      <ListEditor
        legend={intl.formatMessage({ id: 'roleplays.scenario.form.objectionsLegend' })}
        hint={intl.formatMessage({ id: 'roleplays.scenario.form.objectionsHint' })}
        items={draft.objections}
        max={L.objectionsMax}
        itemMax={L.objectionMax}
        multiline
        itemLabel={(n) => intl.formatMessage({ id: 'roleplays.scenario.form.objection' }, { n })}
        removeLabel={(n) => intl.formatMessage({ id: 'roleplays.scenario.form.objectionRemove' }, { n })}
        addLabel={intl.formatMessage({ id: 'roleplays.scenario.form.objectionAdd' })}
        listIssue={issueAt('objections')}
        itemIssue={(i) => issueAt(`objections.${i}`)}
        onChange={(i, v) => setItem('objections', i, v)}
        onAdd={() => addItem('objections')}
        onRemove={(i) => removeItem('objections', i)}
      />

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          {intl.formatMessage({ id: 'roleplays.scenario.form.practiceLegend' })}
        </legend>
        <div className={styles.row}>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'roleplays.scenario.form.skill' })}
            required
            {...fieldProps('skill')}
          >
            <Select className={styles.control} value={draft.skill} onChange={(_, d) => change({ skill: d.value })}>
              <option value="">{intl.formatMessage({ id: 'roleplays.scenario.form.choose' })}</option>
              {skillOptions.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'roleplays.scenario.form.difficulty' })}
            required
            {...fieldProps('difficulty')}
          >
            <Select
              className={styles.control}
              value={draft.difficulty}
              onChange={(_, d) => change({ difficulty: d.value ? ScenarioDifficulty.parse(d.value) : '' })}
            >
              <option value="">{intl.formatMessage({ id: 'roleplays.scenario.form.choose' })}</option>
              {ScenarioDifficulty.options.map((level) => (
                <option key={level} value={level}>
                  {intl.formatMessage({ id: DIFFICULTY_MESSAGES[level] })}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'roleplays.scenario.form.minutes' })}
            required
            {...fieldProps('suggestedRoundMinutes')}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={L.roundMinutesMax}
              step={1}
              value={draft.minutes}
              onChange={(_, d) => change({ minutes: d.value })}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          {intl.formatMessage({ id: 'roleplays.scenario.form.criteriaLegend' }, { max: L.criteriaMax })}
        </legend>
        {competencies.isPending ? (
          <Text className={styles.hint}>{intl.formatMessage({ id: 'roleplays.scenario.form.criteriaLoading' })}</Text>
        ) : null}
        {competencies.isError ? (
          <Notice intent="error">{intl.formatMessage({ id: 'roleplays.scenario.form.criteriaFailed' })}</Notice>
        ) : null}
        {criteriaIssue ? <Notice intent="error">{criteriaIssue}</Notice> : null}
        <div className={styles.criteria}>
          {criteriaOptions.map((c) => {
            const checked = draft.criteria.includes(c.key);
            return (
              <Checkbox
                key={c.key}
                label={c.label}
                checked={checked}
                disabled={!checked && draft.criteria.length >= L.criteriaMax}
                onChange={(_, d) => toggleCriterion(c.key, d.checked === true)}
              />
            );
          })}
        </div>
      </fieldset>

      {attempts > 0 && local.size > 0 ? (
        <Notice intent="error">{intl.formatMessage({ id: 'roleplays.scenario.form.fixFields' })}</Notice>
      ) : null}
      {conflict ? (
        <Notice intent="warning">
          {intl.formatMessage({ id: 'roleplays.scenario.conflict' })}{' '}
          {onReload ? (
            <Button size="small" onClick={onReload}>
              {intl.formatMessage({ id: 'roleplays.scenario.reload' })}
            </Button>
          ) : null}
        </Notice>
      ) : null}
      {unmapped.length > 0 ? (
        <Notice intent="error">
          {[
            intl.formatMessage({ id: 'roleplays.scenario.form.serverIssues' }),
            ...unmapped.map(([path, message]) => `${path}: ${message}`),
          ].join(' ')}
        </Notice>
      ) : null}
      {save.isError && !conflict && remote.size === 0 ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(save.error, info.inTeams).body })}</Notice>
      ) : null}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {intl.formatMessage({
            id: save.isPending
              ? 'roleplays.scenario.form.saving'
              : scenario
                ? 'roleplays.scenario.form.save'
                : 'roleplays.scenario.form.create',
          })}
        </Button>
        <Button onClick={onCancel}>{intl.formatMessage({ id: 'roleplays.scenario.form.cancel' })}</Button>
      </div>
    </form>
  );
}

interface ListEditorProps {
  legend: string;
  hint?: string;
  items: readonly string[];
  max: number;
  itemMax: number;
  multiline?: boolean;
  itemLabel: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  listIssue: string | undefined;
  itemIssue: (index: number) => string | undefined;
  onChange: (index: number, value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** A list of short texts with add and remove (what the customer cares about, the objections). */
function ListEditor(props: ListEditorProps) {
  const styles = useStyles();
  const { items, itemLabel, removeLabel, itemIssue } = props;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.hint ? (
        <Text as="p" size={200} className={styles.hint}>
          {props.hint}
        </Text>
      ) : null}
      {props.listIssue ? <Notice intent="error">{props.listIssue}</Notice> : null}
      <ol className={styles.items}>
        {items.map((value, index) => {
          const n = index + 1;
          const issue = itemIssue(index);
          return (
            <li key={index} className={styles.item}>
              <Field
                className={styles.grow}
                label={itemLabel(n)}
                {...(issue ? { validationState: 'error' as const, validationMessage: issue } : {})}
              >
                {props.multiline ? (
                  <Textarea
                    value={value}
                    rows={2}
                    resize="vertical"
                    maxLength={props.itemMax}
                    onChange={(_, d) => props.onChange(index, d.value)}
                  />
                ) : (
                  <Input value={value} maxLength={props.itemMax} onChange={(_, d) => props.onChange(index, d.value)} />
                )}
              </Field>
              <Button
                appearance="subtle"
                icon={<Delete20Regular />}
                disabled={items.length === 1}
                aria-label={removeLabel(n)}
                onClick={() => props.onRemove(index)}
              />
            </li>
          );
        })}
      </ol>
      <Button className={styles.start} disabled={items.length >= props.max} onClick={props.onAdd}>
        {props.addLabel}
      </Button>
    </fieldset>
  );
}
