import { BOARD_LIMITS, can, type StageDefinition } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  Add16Regular,
  ArrowDown16Regular,
  ArrowUp16Regular,
  ChevronDown16Regular,
  ChevronRight16Regular,
  Delete16Regular,
  Edit16Regular,
} from '@fluentui/react-icons';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import type { SpaceData } from '../spaces';
import { useSaveBoardStages } from './mutations';
import { useBoardStages } from './queries';
import {
  emptyCriterion,
  emptyStage,
  moved,
  toBody,
  toDraft,
  validateDraft,
  type CriterionDraft,
  type DraftError,
  type StageDraft,
} from './stageDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  flat: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  stages: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  criteria: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  stage: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: '12rem', minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * The space's stages in order with the buyer actions that end each one. Everyone who sees boards
 * reads them here; a manager edits them (add, rename, reorder, remove stages and their exit criteria)
 * and saves from the version shown: if someone saved in between, nothing is overwritten (412).
 */
export function BoardStagesEditor({ spaceId, myRole }: { spaceId: string; myRole: SpaceData['space']['myRole'] }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const bodyId = useId();
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const stages = useBoardStages(spaceId, shown);
  const mayEdit = can(myRole, 'boards.configure');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.flat}>
          {intl.formatMessage({ id: 'boards.stages.heading' })}
        </Text>
        <Button
          appearance="subtle"
          icon={shown ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={shown}
          aria-controls={shown ? bodyId : undefined}
          onClick={() => setShown(!shown)}
        >
          {intl.formatMessage({ id: shown ? 'boards.stages.hide' : 'boards.stages.show' })}
        </Button>
      </div>
      {shown ? (
        <div id={bodyId} className={styles.body}>
          <Text as="p" className={styles.muted}>
            {intl.formatMessage({ id: 'boards.stages.intro' })}
          </Text>
          {stages.isPending ? <LoadingState label={intl.formatMessage({ id: 'boards.stages.loading' })} /> : null}
          {stages.error ? (
            <ErrorState title="boards.stages.loadFailed" error={stages.error} onRetry={() => void stages.refetch()} />
          ) : null}
          {saved && !editing ? (
            <Notice intent="success">{intl.formatMessage({ id: 'boards.stages.saved' })}</Notice>
          ) : null}
          {stages.data && editing ? (
            <StagesForm
              spaceId={spaceId}
              stages={stages.data.stages}
              etag={stages.data.etag}
              onReload={async () => (await stages.refetch()).data?.stages}
              onDone={(didSave) => {
                setEditing(false);
                setSaved(didSave);
              }}
            />
          ) : null}
          {stages.data && !editing ? (
            <>
              {mayEdit ? (
                <div>
                  <Button
                    icon={<Edit16Regular />}
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                  >
                    {intl.formatMessage({ id: 'boards.stages.edit' })}
                  </Button>
                </div>
              ) : null}
              <StageList stages={stages.data.stages} label={intl.formatMessage({ id: 'boards.stages.heading' })} />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** The stages, read-only, in order. */
function StageList({ stages, label }: { stages: StageDefinition[]; label: string }) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <ol className={styles.stages} aria-label={label}>
      {stages.map((stage) => (
        <li key={stage.id}>
          <Text as="h4" weight="semibold" className={styles.flat}>
            {stage.name}
          </Text>
          <Text as="p" size={200} className={styles.muted}>
            {intl.formatMessage({ id: 'boards.stages.buyer' }, { buyer: stage.buyerName })}
          </Text>
          {stage.exitCriteria.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {intl.formatMessage({ id: 'boards.stages.noCriteria' })}
            </Text>
          ) : (
            <ul className={styles.criteria} aria-label={intl.formatMessage({ id: 'boards.stages.criteria' })}>
              {stage.exitCriteria.map((criterion) => (
                <li key={criterion.id}>
                  {criterion.text}
                  {criterion.signal ? (
                    <Text size={200} className={styles.muted}>
                      {' '}
                      {intl.formatMessage({ id: 'boards.stages.signal' })}
                    </Text>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

interface StagesFormProps {
  spaceId: string;
  stages: StageDefinition[];
  etag: string | null;
  /** Fetches the stages again; resolves to them, or undefined when that failed. */
  onReload: () => Promise<StageDefinition[] | undefined>;
  onDone: (saved: boolean) => void;
}

/** The manager's editor: every change stays in the draft until "Save stages". */
function StagesForm({ spaceId, stages, etag, onReload, onDone }: StagesFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const fieldPrefix = useId();
  const { info } = useTeams();
  const save = useSaveBoardStages(spaceId);
  const [draft, setDraft] = useState<StageDraft[]>(() => toDraft(stages));
  const [errors, setErrors] = useState<Record<string, DraftError>>({});
  const [focus, setFocus] = useState<string | null>(null);
  const fieldId = (key: string): string => `${fieldPrefix}-${key}`;

  useEffect(() => {
    if (!focus) return;
    document.getElementById(`${fieldPrefix}-${focus}`)?.focus();
    setFocus(null);
  }, [focus, fieldPrefix]);

  const setStage = (index: number, change: Partial<StageDraft>): void =>
    setDraft((all) => all.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const setCriteria = (index: number, change: (criteria: CriterionDraft[]) => CriterionDraft[]): void =>
    setDraft((all) => all.map((s, i) => (i === index ? { ...s, exitCriteria: change(s.exitCriteria) } : s)));

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    const first = draft.flatMap((s) => [
      `${s.key}.name`,
      `${s.key}.buyerName`,
      ...s.exitCriteria.map((c) => `${c.key}.text`),
    ]);
    const wrong = first.find((field) => found[field]);
    if (wrong) {
      setFocus(wrong.replace('.', '-'));
      return;
    }
    save.mutate({ body: toBody(draft), etag }, { onSuccess: () => onDone(true) });
  };

  const reload = async (): Promise<void> => {
    const fresh = await onReload();
    if (!fresh) return;
    save.reset();
    setErrors({});
    setDraft(toDraft(fresh));
  };

  const message = (field: string): string | undefined => {
    const error = errors[field];
    return error ? intl.formatMessage({ id: error }) : undefined;
  };
  const nameOf = (stage: StageDraft): string =>
    stage.name.trim() || intl.formatMessage({ id: 'boards.stages.unnamed' });

  return (
    <form
      className={styles.form}
      aria-label={intl.formatMessage({ id: 'boards.stages.form' })}
      onSubmit={submit}
      noValidate
    >
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage(
          { id: 'boards.stages.limits' },
          { min: BOARD_LIMITS.stagesMin, max: BOARD_LIMITS.stagesMax, criteria: BOARD_LIMITS.criteriaPerStageMax },
        )}
      </Text>
      {draft.map((stage, index) => (
        <fieldset key={stage.key} className={styles.stage}>
          <legend className={styles.legend}>
            {intl.formatMessage({ id: 'boards.stages.stage' }, { number: index + 1 })}
          </legend>
          <div className={styles.row}>
            <Field
              className={styles.grow}
              label={intl.formatMessage({ id: 'boards.stages.name' })}
              validationMessage={message(`${stage.key}.name`)}
              required
            >
              <Input
                id={fieldId(`${stage.key}-name`)}
                value={stage.name}
                maxLength={BOARD_LIMITS.stageNameMax}
                onChange={(_, data) => setStage(index, { name: data.value })}
              />
            </Field>
            <Field
              className={styles.grow}
              label={intl.formatMessage({ id: 'boards.stages.buyerName' })}
              validationMessage={message(`${stage.key}.buyerName`)}
              required
            >
              <Input
                id={fieldId(`${stage.key}-buyerName`)}
                value={stage.buyerName}
                maxLength={BOARD_LIMITS.stageNameMax}
                onChange={(_, data) => setStage(index, { buyerName: data.value })}
              />
            </Field>
          </div>
          <Text weight="semibold">{intl.formatMessage({ id: 'boards.stages.criteria' })}</Text>
          {stage.exitCriteria.map((criterion, j) => (
            <div key={criterion.key} className={styles.row}>
              <Field
                className={styles.grow}
                label={intl.formatMessage({ id: 'boards.stages.criterion' }, { number: j + 1 })}
                validationMessage={message(`${criterion.key}.text`)}
                hint={criterion.signal ? intl.formatMessage({ id: 'boards.stages.signal' }) : undefined}
                required
              >
                <Input
                  id={fieldId(`${criterion.key}-text`)}
                  value={criterion.text}
                  maxLength={BOARD_LIMITS.criterionTextMax}
                  onChange={(_, data) =>
                    setCriteria(index, (all) => all.map((c, k) => (k === j ? { ...c, text: data.value } : c)))
                  }
                />
              </Field>
              <Button
                icon={<Delete16Regular />}
                aria-label={intl.formatMessage(
                  { id: 'boards.stages.removeCriterion' },
                  { number: j + 1, name: nameOf(stage) },
                )}
                onClick={() => {
                  setCriteria(index, (all) => all.filter((_, k) => k !== j));
                  setFocus(`${stage.key}-add`);
                }}
              />
            </div>
          ))}
          <div className={styles.bar}>
            <Button
              id={fieldId(`${stage.key}-add`)}
              icon={<Add16Regular />}
              disabled={stage.exitCriteria.length >= BOARD_LIMITS.criteriaPerStageMax}
              aria-label={intl.formatMessage({ id: 'boards.stages.addCriterionTo' }, { name: nameOf(stage) })}
              onClick={() => {
                const added = emptyCriterion();
                setCriteria(index, (all) => [...all, added]);
                setFocus(`${added.key}-text`);
              }}
            >
              {intl.formatMessage({ id: 'boards.stages.addCriterion' })}
            </Button>
            <Button
              id={fieldId(`${stage.key}-up`)}
              icon={<ArrowUp16Regular />}
              disabled={index === 0}
              aria-label={intl.formatMessage({ id: 'boards.stages.moveUp' }, { name: nameOf(stage) })}
              onClick={() => {
                setDraft((all) => moved(all, index, -1));
                setFocus(index - 1 === 0 ? `${stage.key}-down` : `${stage.key}-up`);
              }}
            />
            <Button
              id={fieldId(`${stage.key}-down`)}
              icon={<ArrowDown16Regular />}
              disabled={index === draft.length - 1}
              aria-label={intl.formatMessage({ id: 'boards.stages.moveDown' }, { name: nameOf(stage) })}
              onClick={() => {
                setDraft((all) => moved(all, index, 1));
                setFocus(index + 1 === draft.length - 1 ? `${stage.key}-up` : `${stage.key}-down`);
              }}
            />
            <ConfirmDialog
              trigger={
                <Button
                  icon={<Delete16Regular />}
                  disabled={draft.length <= BOARD_LIMITS.stagesMin}
                  aria-label={intl.formatMessage({ id: 'boards.stages.removeNamed' }, { name: nameOf(stage) })}
                >
                  {intl.formatMessage({ id: 'boards.stages.remove' })}
                </Button>
              }
              title={intl.formatMessage({ id: 'boards.stages.removeTitle' }, { name: nameOf(stage) })}
              body={intl.formatMessage({ id: 'boards.stages.removeBody' })}
              confirmLabel={intl.formatMessage({ id: 'boards.stages.remove' })}
              cancelLabel={intl.formatMessage({ id: 'boards.stages.removeCancel' })}
              onConfirm={() => setDraft((all) => all.filter((s) => s.key !== stage.key))}
            />
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          icon={<Add16Regular />}
          disabled={draft.length >= BOARD_LIMITS.stagesMax}
          onClick={() => {
            const added = emptyStage();
            setDraft((all) => [...all, added]);
            setFocus(`${added.key}-name`);
          }}
        >
          {intl.formatMessage({ id: 'boards.stages.addStage' })}
        </Button>
      </div>
      {Object.keys(errors).length > 0 ? (
        <Notice intent="error">{intl.formatMessage({ id: 'boards.stages.fixErrors' })}</Notice>
      ) : null}
      {save.error ? <SaveError error={save.error} inTeams={info.inTeams} onReload={() => void reload()} /> : null}
      <div className={styles.bar}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {intl.formatMessage({ id: 'boards.stages.save' })}
        </Button>
        <Button onClick={() => onDone(false)} disabled={save.isPending}>
          {intl.formatMessage({ id: 'boards.stages.cancel' })}
        </Button>
      </div>
    </form>
  );
}

/** Why the stages were not saved: a stale version (with a way to reload), a board in a removed stage, or else. */
function SaveError({ error, inTeams, onReload }: { error: Error; inTeams: boolean; onReload: () => void }) {
  const intl = useIntl();
  const styles = useStyles();
  if (error instanceof ApiError && error.status === 412) {
    return (
      <div className={styles.bar}>
        <Notice intent="error">{intl.formatMessage({ id: 'boards.stages.stale' })}</Notice>
        <Button onClick={onReload}>{intl.formatMessage({ id: 'boards.stages.reload' })}</Button>
      </div>
    );
  }
  if (error instanceof ApiError && error.status === 409) {
    return <Notice intent="error">{intl.formatMessage({ id: 'boards.stages.inUse' })}</Notice>;
  }
  return (
    <Notice intent="error">
      {intl.formatMessage(
        { id: 'boards.stages.failed' },
        { reason: intl.formatMessage({ id: describeError(error, inTeams).body }) },
      )}
    </Notice>
  );
}
