import {
  ROLEPLAY_LIMITS,
  type CreateRoleplayBody,
  type MemberResponse,
  type RoleplayResponse,
  type ScenarioSummaryResponse,
} from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { PersonPicker } from '../people';
import { useCreateRoleplay } from './mutations';
import { useScenarios } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { paddingInline: tokens.spacingHorizontalXS },
  observer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  remove: { alignSelf: 'flex-start' },
  // A native select grows to its longest option (scenario titles are long); the panel is 300 px.
  select: { minWidth: 0, maxWidth: '100%' },
  selectControl: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  number: { flexBasis: '7rem', flexGrow: 1, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The role-play agenda item a role-play is set up for. */
export interface SetupMeetingItem {
  meetingId: string;
  itemId: string;
  title: string;
  /** The scenario the item links, preselected. */
  scenarioId: string | null;
}

/** Props of {@link RoleplaySetupForm}. */
export interface RoleplaySetupFormProps {
  spaceId: string;
  /** The space's members: who can be cast. */
  members: readonly MemberResponse[];
  /** Set when started from a role-play agenda item of the running meeting. */
  meetingItem?: SetupMeetingItem | null;
  /** Called with the role-play once it is set up. */
  onCreated: (roleplay: RoleplayResponse) => void;
  onCancel: () => void;
}

interface ObserverRow {
  userId: string;
  criterion: string;
}

interface Draft {
  scenarioId: string;
  repId: string;
  customerId: string;
  observers: ObserverRow[];
  rounds: string;
  roundMinutes: string;
  /** Whether the user changed the round length (otherwise it follows the scenario's suggestion). */
  minutesTouched: boolean;
}

/** Server issues by body path (`observers.0.criterion`); the first per path. */
function issuesByField(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError) || error.status !== 400) return out;
  for (const issue of error.issues) {
    const field = issue.field.replace(/^body\.?/, '');
    if (!out.has(field)) out.set(field, issue.message);
  }
  return out;
}

const FIELD_PATHS = /^(?:scenarioId|repId|customerId|rounds|roundMinutes|observers(?:\.\d+\.(?:userId|criterion))?)$/;

function wholeNumber(value: string, min: number, max: number): number | null {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** What the form itself can tell before posting, by field path. */
function localIssues(draft: Draft): Map<string, MessageId> {
  const out = new Map<string, MessageId>();
  if (!draft.scenarioId) out.set('scenarioId', 'roleplays.setup.required');
  if (!draft.repId) out.set('repId', 'roleplays.setup.required');
  if (!draft.customerId) out.set('customerId', 'roleplays.setup.required');
  else if (draft.customerId === draft.repId) out.set('customerId', 'roleplays.setup.samePerson');
  const cast = new Set([draft.repId, draft.customerId]);
  draft.observers.forEach((o, i) => {
    if (!o.userId) out.set(`observers.${i}.userId`, 'roleplays.setup.required');
    else if (cast.has(o.userId)) out.set(`observers.${i}.userId`, 'roleplays.setup.twoParts');
    cast.add(o.userId);
    if (!o.criterion) out.set(`observers.${i}.criterion`, 'roleplays.setup.required');
  });
  if (wholeNumber(draft.rounds, 1, ROLEPLAY_LIMITS.roundsMax) === null)
    out.set('rounds', 'roleplays.setup.wholeNumber');
  if (wholeNumber(draft.roundMinutes, 1, ROLEPLAY_LIMITS.roundMinutesMax) === null)
    out.set('roundMinutes', 'roleplays.setup.wholeNumber');
  return out;
}

/**
 * "Set up a role-play": a scenario (preselected from the agenda item), the rep, the customer, observers
 * each with one focus criterion from the scenario, rounds and round length (the scenario's suggestion
 * by default). One column, for the 280–320 px side panel.
 */
export function RoleplaySetupForm({ spaceId, members, meetingItem, onCreated, onCancel }: RoleplaySetupFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const scenarios = useScenarios(spaceId);
  const create = useCreateRoleplay(spaceId);
  const [draft, setDraft] = useState<Draft>({
    scenarioId: meetingItem?.scenarioId ?? '',
    repId: '',
    customerId: '',
    observers: [],
    rounds: '1',
    roundMinutes: '',
    minutesTouched: false,
  });
  const [submitted, setSubmitted] = useState(false);

  const list = scenarios.data ?? [];
  const scenario: ScenarioSummaryResponse | undefined = list.find((s) => s.id === draft.scenarioId);
  const criteria = scenario?.criteria ?? [];
  const roundMinutes = draft.minutesTouched
    ? draft.roundMinutes
    : scenario
      ? String(scenario.suggestedRoundMinutes)
      : draft.roundMinutes;
  const shown: Draft = { ...draft, roundMinutes };
  const local = submitted ? localIssues(shown) : new Map<string, MessageId>();
  const server = issuesByField(create.error);
  const unmapped = [...server.entries()].filter(([path]) => !FIELD_PATHS.test(path));

  const fieldProps = (path: string, limits?: { min: number; max: number }) => {
    const localId = local.get(path);
    const message = localId ? intl.formatMessage({ id: localId }, limits) : server.get(path);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };

  const update = (changes: Partial<Draft>): void => setDraft((d) => ({ ...d, ...changes }));
  const setObserver = (index: number, changes: Partial<ObserverRow>): void =>
    setDraft((d) => ({ ...d, observers: d.observers.map((o, i) => (i === index ? { ...o, ...changes } : o)) }));

  const chooseScenario = (scenarioId: string): void => {
    const next = list.find((s) => s.id === scenarioId);
    const keys = new Set(next?.criteria.map((c) => c.key) ?? []);
    setDraft((d) => ({
      ...d,
      scenarioId,
      observers: d.observers.map((o) => (keys.has(o.criterion) ? o : { ...o, criterion: '' })),
    }));
  };

  const addObserver = (): void =>
    setDraft((d) => {
      const used = new Set(d.observers.map((o) => o.criterion));
      const criterion = criteria.find((c) => !used.has(c.key))?.key ?? criteria[0]?.key ?? '';
      return { ...d, observers: [...d.observers, { userId: '', criterion }] };
    });

  const submit = (): void => {
    setSubmitted(true);
    if (localIssues(shown).size > 0) return;
    const body: CreateRoleplayBody = {
      scenarioId: shown.scenarioId,
      repId: shown.repId,
      customerId: shown.customerId,
      observers: shown.observers,
      rounds: Number(shown.rounds),
      roundMinutes: Number(shown.roundMinutes),
      ...(meetingItem ? { meeting: { meetingId: meetingItem.meetingId, itemId: meetingItem.itemId } } : {}),
    };
    create.mutate(body, { onSuccess: onCreated });
  };

  // Everyone in the cast is chosen the one way a person is chosen in the app (PersonPicker).
  const personProps = {
    members,
    emptyLabel: intl.formatMessage({ id: 'roleplays.setup.personChoose' }),
    selectClassName: styles.select,
    controlClassName: styles.selectControl,
    required: true,
  };

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
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.setup.heading' })}
      </Text>
      {meetingItem ? (
        <Text as="p" size={200} className={styles.hint}>
          {intl.formatMessage({ id: 'roleplays.setup.forItem' }, { title: meetingItem.title })}
        </Text>
      ) : null}

      {scenarios.isPending ? (
        <Spinner size="tiny" label={intl.formatMessage({ id: 'roleplays.setup.scenariosLoading' })} />
      ) : scenarios.isSuccess && list.length === 0 ? (
        <Notice intent="warning">{intl.formatMessage({ id: 'roleplays.setup.noScenarios' })}</Notice>
      ) : (
        <Field label={intl.formatMessage({ id: 'roleplays.setup.scenario' })} required {...fieldProps('scenarioId')}>
          <Select
            className={styles.select}
            select={{ className: styles.selectControl }}
            value={draft.scenarioId}
            onChange={(_, data) => chooseScenario(data.value)}
          >
            <option value="">{intl.formatMessage({ id: 'roleplays.setup.scenarioChoose' })}</option>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </Select>
        </Field>
      )}

      <PersonPicker
        {...personProps}
        label={intl.formatMessage({ id: 'roleplays.setup.rep' })}
        explainMembersOnly
        {...fieldProps('repId')}
        value={draft.repId}
        onChange={(repId) => update({ repId })}
      />
      <PersonPicker
        {...personProps}
        label={intl.formatMessage({ id: 'roleplays.setup.customer' })}
        {...fieldProps('customerId')}
        value={draft.customerId}
        onChange={(customerId) => update({ customerId })}
      />

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'roleplays.setup.observers' })}</legend>
        <Text as="p" size={200} className={styles.hint}>
          {intl.formatMessage({ id: 'roleplays.setup.observersHint' })}
        </Text>
        {server.get('observers') ? <Notice intent="error">{server.get('observers')}</Notice> : null}
        {draft.observers.map((observer, index) => {
          const n = index + 1;
          return (
            <div key={index} className={styles.observer}>
              <PersonPicker
                {...personProps}
                label={intl.formatMessage({ id: 'roleplays.setup.observer' }, { n })}
                {...fieldProps(`observers.${index}.userId`)}
                value={observer.userId}
                onChange={(userId) => setObserver(index, { userId })}
              />
              <Field
                label={intl.formatMessage({ id: 'roleplays.setup.criterion' }, { n })}
                required
                {...fieldProps(`observers.${index}.criterion`)}
              >
                <Select
                  value={observer.criterion}
                  onChange={(_, data) => setObserver(index, { criterion: data.value })}
                >
                  <option value="">{intl.formatMessage({ id: 'roleplays.setup.criterionChoose' })}</option>
                  {criteria.map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button
                className={styles.remove}
                appearance="subtle"
                size="small"
                icon={<Delete20Regular />}
                onClick={() => setDraft((d) => ({ ...d, observers: d.observers.filter((_, i) => i !== index) }))}
              >
                {intl.formatMessage({ id: 'roleplays.setup.removeObserver' }, { n })}
              </Button>
            </div>
          );
        })}
        <Button
          className={styles.remove}
          disabled={draft.observers.length >= ROLEPLAY_LIMITS.observersMax}
          onClick={addObserver}
        >
          {intl.formatMessage({ id: 'roleplays.setup.addObserver' })}
        </Button>
      </fieldset>

      <div className={styles.row}>
        <Field
          className={styles.number}
          label={intl.formatMessage({ id: 'roleplays.setup.rounds' })}
          required
          {...fieldProps('rounds', { min: 1, max: ROLEPLAY_LIMITS.roundsMax })}
        >
          <Input
            type="number"
            min={1}
            max={ROLEPLAY_LIMITS.roundsMax}
            value={draft.rounds}
            onChange={(_, data) => update({ rounds: data.value })}
          />
        </Field>
        <Field
          className={styles.number}
          label={intl.formatMessage({ id: 'roleplays.setup.roundMinutes' })}
          required
          {...fieldProps('roundMinutes', { min: 1, max: ROLEPLAY_LIMITS.roundMinutesMax })}
        >
          <Input
            type="number"
            min={1}
            max={ROLEPLAY_LIMITS.roundMinutesMax}
            value={roundMinutes}
            onChange={(_, data) => update({ roundMinutes: data.value, minutesTouched: true })}
          />
        </Field>
      </div>

      {unmapped.length > 0 ? <Notice intent="error">{unmapped.map(([, message]) => message).join(' ')}</Notice> : null}
      {server.size > 0 && unmapped.length === 0 ? (
        <Notice intent="error">{intl.formatMessage({ id: 'roleplays.setup.serverIssues' })}</Notice>
      ) : null}
      {create.isError && server.size === 0 ? (
        <Notice intent="error">
          {intl.formatMessage(
            { id: 'roleplays.setup.failed' },
            {
              reason:
                create.error instanceof ApiError && create.error.status === 409
                  ? create.error.message
                  : intl.formatMessage({ id: describeError(create.error, info.inTeams).body }),
            },
          )}
        </Notice>
      ) : null}

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={create.isPending}>
          {intl.formatMessage({ id: create.isPending ? 'roleplays.setup.submitting' : 'roleplays.setup.submit' })}
        </Button>
        <Button onClick={onCancel}>{intl.formatMessage({ id: 'roleplays.setup.cancel' })}</Button>
      </div>
    </form>
  );
}
