import {
  CUSTOMER_ROLE_LABELS,
  CustomerRole,
  DEAL_SIZE_LABELS,
  DEAL_STAGE_LABELS,
  DealSizeBand,
  DealStage,
  EvidenceKind,
  PRACTICE_LIMITS,
  Segment,
  SEGMENT_LABELS,
  type PracticeResponse,
  type Skill,
} from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { Findings } from './PracticeFindings';
import { useCreatePractice, useUpdatePractice } from './mutations';
import { usePracticesApi } from './practicesApi';
import { fromPractice, usePracticeDraft, type MeasureKind } from './usePracticeDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
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
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: '12rem', minWidth: 0 },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column' },
  step: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  tags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  submit: { alignSelf: 'flex-start' },
});

const MEASURE_KINDS: MeasureKind[] = [
  'dealWon',
  'cycleShortened',
  'meetingBooked',
  'dealExpanded',
  'replyRateUp',
  'other',
];
const MEASURE_LABELS: Record<MeasureKind, MessageId> = {
  dealWon: 'practices.measure.dealWon',
  cycleShortened: 'practices.measure.cycleShortened',
  meetingBooked: 'practices.measure.meetingBooked',
  dealExpanded: 'practices.measure.dealExpanded',
  replyRateUp: 'practices.measure.replyRateUp',
  other: 'practices.measure.other',
};
const MEASURE_VALUE_LABELS: Partial<Record<MeasureKind, MessageId>> = {
  cycleShortened: 'practices.measure.days',
  meetingBooked: 'practices.measure.count',
  dealExpanded: 'practices.measure.percent',
  replyRateUp: 'practices.measure.points',
  other: 'practices.measure.label',
};
const EVIDENCE_LABELS: Record<EvidenceKind, MessageId> = {
  callRecording: 'practices.evidence.callRecording',
  document: 'practices.evidence.document',
  emailTemplate: 'practices.evidence.emailTemplate',
  link: 'practices.evidence.link',
};

/** Server issues (`body.result.text`) by draft path (`result.text`); the first per path. */
function issuesByField(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError) || error.status !== 400) return out;
  for (const issue of error.issues) {
    const field = issue.field.replace(/^body\.?/, '');
    if (!out.has(field)) out.set(field, issue.message);
  }
  return out;
}

/** The draft paths whose fields show a server issue next to them; the rest are listed under the form. */
const FIELD_PATHS =
  /^(?:title|result\.text|result\.measure|actions(?:\.\d+)?|context\.(?:segment|stage)|evidence\.\d+\.(?:label|url))$/;

/** Props of {@link PracticeForm}. */
export interface PracticeFormProps {
  spaceId: string;
  skills: readonly Skill[];
  /** The practice to edit (its author or a manager); without it the form posts a new one. */
  practice?: PracticeResponse;
  /** Called with the practice's id once it is posted or saved. */
  onPosted: (id: string) => void;
  onCancel: () => void;
  /** Loads the current version after someone else changed the practice (412), dropping this form's edits. */
  onReload?: () => void;
}

/**
 * "Post a practice": the result and the specific steps that produced it, with context. The
 * guiding check runs as the author types and says what is still missing before posting.
 */
export function PracticeForm({ spaceId, skills, practice, onPosted, onCancel, onReload }: PracticeFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const findingsId = useId();
  // Retired skills are offered only to the practices that already carry them.
  const [offered] = useState(() => skills.filter((s) => !s.retired || practice?.tags.includes(s.key)));
  const [skillKeys] = useState(() => offered.map((s) => s.key));
  const [initial] = useState(() => (practice ? fromPractice(practice) : undefined));
  const form = usePracticeDraft(skillKeys, initial);
  const [etag, setEtag] = useState(practice?.etag ?? '');
  const api = usePracticesApi();
  const createPractice = useCreatePractice(spaceId);
  const updatePractice = useUpdatePractice(spaceId, practice?.id ?? '');
  const create = practice ? updatePractice : createPractice;
  const conflict = create.error instanceof ApiError && create.error.status === 412;
  const { state } = form;
  const serverIssues = issuesByField(create.error);
  const unmappedError = create.isError && serverIssues.size === 0 && !conflict;

  /** The server's word on a field, for its validation message. */
  const fieldProps = (path: string) => {
    const message = serverIssues.get(path);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };

  const submit = (over: string = etag): void => {
    if (!form.check.ready) return;
    const done = {
      onSuccess: (saved: PracticeResponse) => {
        if (!practice) form.reset();
        onPosted(saved.id);
      },
    };
    if (practice) updatePractice.mutate({ body: form.draft, etag: over }, done);
    else createPractice.mutate(form.draft, done);
  };
  /** After a 412, the editor chose to keep their version: save it over the latest one. */
  const overwrite = async (): Promise<void> => {
    if (!practice) return;
    const latest = await api.get(spaceId, practice.id);
    setEtag(latest.etag);
    submit(latest.etag);
  };

  const findings = form.touched ? form.check.findings : [];
  const numbered = state.measureKind !== '' ? MEASURE_VALUE_LABELS[state.measureKind] : undefined;

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: practice ? 'practices.edit.heading' : 'practices.form.heading' })}
      </Text>
      <Field label={intl.formatMessage({ id: 'practices.form.title' })} required {...fieldProps('title')}>
        <Input
          value={state.title}
          maxLength={PRACTICE_LIMITS.titleMax}
          onChange={(_, data) => form.update({ title: data.value })}
        />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'practices.form.resultLegend' })}</legend>
        <Field
          label={intl.formatMessage({ id: 'practices.form.result' })}
          hint={intl.formatMessage({ id: 'practices.form.resultHint' })}
          {...fieldProps('result.text')}
        >
          <Textarea
            value={state.resultText}
            maxLength={PRACTICE_LIMITS.resultTextMax}
            onChange={(_, data) => form.update({ resultText: data.value })}
          />
        </Field>
        <div className={styles.row}>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'practices.form.measure' })}
            {...fieldProps('result.measure')}
          >
            <Select
              value={state.measureKind}
              onChange={(_, data) => form.update({ measureKind: data.value as MeasureKind | '', measureValue: '' })}
            >
              <option value="">{intl.formatMessage({ id: 'practices.measure.none' })}</option>
              {MEASURE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {intl.formatMessage({ id: MEASURE_LABELS[kind] })}
                </option>
              ))}
            </Select>
          </Field>
          {numbered ? (
            <Field className={styles.grow} label={intl.formatMessage({ id: numbered })} required>
              <Input
                type={state.measureKind === 'other' ? 'text' : 'number'}
                value={state.measureValue}
                onChange={(_, data) => form.update({ measureValue: data.value })}
              />
            </Field>
          ) : null}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'practices.form.actionsLegend' })}</legend>
        {serverIssues.get('actions') ? <Notice intent="error">{serverIssues.get('actions')}</Notice> : null}
        <ol className={styles.steps}>
          {state.actions.map((action, index) => {
            const n = index + 1;
            return (
              <li key={index} className={styles.step}>
                <Field
                  className={styles.grow}
                  label={intl.formatMessage({ id: 'practices.form.step' }, { n })}
                  {...fieldProps(`actions.${index}`)}
                >
                  <Textarea
                    value={action}
                    rows={2}
                    maxLength={PRACTICE_LIMITS.actionTextMax}
                    onChange={(_, data) => form.setAction(index, data.value)}
                  />
                </Field>
                <Button
                  appearance="subtle"
                  icon={<ArrowUp20Regular />}
                  disabled={index === 0}
                  aria-label={intl.formatMessage({ id: 'practices.form.stepUp' }, { n })}
                  onClick={() => form.moveAction(index, index - 1)}
                />
                <Button
                  appearance="subtle"
                  icon={<ArrowDown20Regular />}
                  disabled={index === state.actions.length - 1}
                  aria-label={intl.formatMessage({ id: 'practices.form.stepDown' }, { n })}
                  onClick={() => form.moveAction(index, index + 1)}
                />
                <Button
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  disabled={state.actions.length === 1}
                  aria-label={intl.formatMessage({ id: 'practices.form.stepRemove' }, { n })}
                  onClick={() => form.removeAction(index)}
                />
              </li>
            );
          })}
        </ol>
        <Button
          className={styles.submit}
          disabled={state.actions.length >= PRACTICE_LIMITS.actionsMax}
          onClick={form.addAction}
        >
          {intl.formatMessage({ id: 'practices.form.addStep' })}
        </Button>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'practices.form.contextLegend' })}</legend>
        <div className={styles.row}>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'practices.form.segment' })}
            required
            {...fieldProps('context.segment')}
          >
            <Select value={state.segment} onChange={(_, data) => form.update({ segment: data.value as Segment | '' })}>
              <option value="">{intl.formatMessage({ id: 'practices.form.choose' })}</option>
              {Segment.options.map((s) => (
                <option key={s} value={s}>
                  {SEGMENT_LABELS[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: 'practices.form.stage' })}
            required
            {...fieldProps('context.stage')}
          >
            <Select value={state.stage} onChange={(_, data) => form.update({ stage: data.value as DealStage | '' })}>
              <option value="">{intl.formatMessage({ id: 'practices.form.choose' })}</option>
              {DealStage.options.map((s) => (
                <option key={s} value={s}>
                  {DEAL_STAGE_LABELS[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.grow} label={intl.formatMessage({ id: 'practices.form.dealSize' })}>
            <Select
              value={state.dealSize}
              onChange={(_, data) => form.update({ dealSize: data.value as DealSizeBand | '' })}
            >
              <option value="">{intl.formatMessage({ id: 'practices.form.notSaid' })}</option>
              {DealSizeBand.options.map((s) => (
                <option key={s} value={s}>
                  {DEAL_SIZE_LABELS[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.grow} label={intl.formatMessage({ id: 'practices.form.customerRole' })}>
            <Select
              value={state.customerRole}
              onChange={(_, data) => form.update({ customerRole: data.value as CustomerRole | '' })}
            >
              <option value="">{intl.formatMessage({ id: 'practices.form.notSaid' })}</option>
              {CustomerRole.options.map((s) => (
                <option key={s} value={s}>
                  {CUSTOMER_ROLE_LABELS[s]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'practices.form.evidenceLegend' })}</legend>
        {state.evidence.map((item, index) => {
          const n = index + 1;
          return (
            <div key={index} className={styles.row}>
              <Field className={styles.grow} label={intl.formatMessage({ id: 'practices.form.evidenceKind' }, { n })}>
                <Select
                  value={item.kind}
                  onChange={(_, data) => form.setEvidence(index, { kind: EvidenceKind.parse(data.value) })}
                >
                  {EvidenceKind.options.map((kind) => (
                    <option key={kind} value={kind}>
                      {intl.formatMessage({ id: EVIDENCE_LABELS[kind] })}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                className={styles.grow}
                label={intl.formatMessage({ id: 'practices.form.evidenceLabel' }, { n })}
                {...fieldProps(`evidence.${index}.label`)}
              >
                <Input
                  value={item.label}
                  maxLength={PRACTICE_LIMITS.evidenceLabelMax}
                  onChange={(_, data) => form.setEvidence(index, { label: data.value })}
                />
              </Field>
              <Field
                className={styles.grow}
                label={intl.formatMessage({ id: 'practices.form.evidenceUrl' }, { n })}
                {...fieldProps(`evidence.${index}.url`)}
              >
                <Input
                  type="url"
                  value={item.url}
                  onChange={(_, data) => form.setEvidence(index, { url: data.value })}
                />
              </Field>
              <Field className={styles.grow} label={intl.formatMessage({ id: 'practices.form.evidenceText' }, { n })}>
                <Textarea
                  value={item.text}
                  maxLength={PRACTICE_LIMITS.evidenceTextMax}
                  onChange={(_, data) => form.setEvidence(index, { text: data.value })}
                />
              </Field>
              <Button
                appearance="subtle"
                icon={<Delete20Regular />}
                aria-label={intl.formatMessage({ id: 'practices.form.evidenceRemove' }, { n })}
                onClick={() => form.removeEvidence(index)}
              />
            </div>
          );
        })}
        <Button
          className={styles.submit}
          disabled={state.evidence.length >= PRACTICE_LIMITS.evidenceMax}
          onClick={form.addEvidence}
        >
          {intl.formatMessage({ id: 'practices.form.addEvidence' })}
        </Button>
      </fieldset>

      {offered.length > 0 ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>
            {intl.formatMessage({ id: 'practices.form.tagsLegend' }, { max: PRACTICE_LIMITS.tagsMax })}
          </legend>
          <div className={styles.tags}>
            {offered.map((skill) => {
              const checked = state.tags.includes(skill.key);
              return (
                <Checkbox
                  key={skill.key}
                  label={skill.label}
                  checked={checked}
                  disabled={!checked && state.tags.length >= PRACTICE_LIMITS.tagsMax}
                  onChange={(_, data) => form.toggleTag(skill.key, data.checked === true)}
                />
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <Findings id={findingsId} findings={findings} />

      {conflict ? (
        <Notice intent="warning">
          {intl.formatMessage({ id: 'practices.edit.conflict' })}{' '}
          <Button size="small" disabled={create.isPending} onClick={() => void overwrite()}>
            {intl.formatMessage({ id: 'practices.edit.overwrite' })}
          </Button>{' '}
          {onReload ? (
            <Button size="small" onClick={onReload}>
              {intl.formatMessage({ id: 'practices.edit.loadTheirs' })}
            </Button>
          ) : null}
        </Notice>
      ) : null}
      {unmappedError ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(create.error, info.inTeams).body })}</Notice>
      ) : null}
      {create.isError && !unmappedError && !conflict ? (
        <Notice intent="error">
          {[
            intl.formatMessage({ id: 'practices.form.serverIssues' }),
            ...[...serverIssues]
              .filter(([path]) => !FIELD_PATHS.test(path))
              .map(([path, message]) => `${path}: ${message}`),
          ].join(' ')}
        </Notice>
      ) : null}
      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          disabled={create.isPending || !form.check.ready}
          aria-describedby={findings.length > 0 ? findingsId : undefined}
        >
          {intl.formatMessage({
            id: practice
              ? create.isPending
                ? 'practices.edit.saving'
                : 'practices.edit.save'
              : create.isPending
                ? 'practices.form.posting'
                : 'practices.form.submit',
          })}
        </Button>
        <Button onClick={onCancel}>{intl.formatMessage({ id: 'practices.form.cancel' })}</Button>
      </div>
    </form>
  );
}
