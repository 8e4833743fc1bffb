import { PRACTICE_LIMITS, type Skill, type SkillListResponse } from '@coachboard/api/domain';
import { Badge, Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSaveSkills } from './mutations';
import { usePracticesApi } from './practicesApi';
import { useSkillList } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: '12rem', minWidth: 0 },
});

/** A stable key for a new skill from its name: "Partner selling" → "partnerSelling". */
export function skillKeyOf(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const key = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .replace(/^[0-9]+/, '')
    .slice(0, 32);
  return /^[a-z]/.test(key) ? key : `skill${key}`.slice(0, 32);
}

/** Props of {@link SkillsEditor}. */
export interface SkillsEditorProps {
  spaceId: string;
  onDone: () => void;
}

/** Managers: add, rename, retire and bring back the space's skills. Retiring never rewrites a practice. */
export function SkillsEditor({ spaceId, onDone }: SkillsEditorProps) {
  const intl = useIntl();
  const list = useSkillList(spaceId);
  let content;
  if (list.isPending) content = <LoadingState label={intl.formatMessage({ id: 'practices.loading' })} />;
  else if (list.isError)
    content = <ErrorState title="practices.loadFailed" error={list.error} onRetry={() => void list.refetch()} />;
  else content = <SkillsForm spaceId={spaceId} list={list.data} />;
  return (
    <div>
      <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onDone}>
        {intl.formatMessage({ id: 'practices.skills.done' })}
      </Button>
      {content}
    </div>
  );
}

function SkillsForm({ spaceId, list }: { spaceId: string; list: SkillListResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const api = usePracticesApi();
  const [skills, setSkills] = useState<Skill[]>(list.items);
  const [etag, setEtag] = useState(list.etag);
  const [newLabel, setNewLabel] = useState('');
  const save = useSaveSkills(spaceId);
  const conflict = save.error instanceof ApiError && save.error.status === 412;
  const newKey = skillKeyOf(newLabel);
  const taken = newLabel.trim() !== '' && skills.some((s) => s.key === newKey);

  const change = (key: string, patch: Partial<Skill>): void =>
    setSkills((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const add = (): void => {
    if (newLabel.trim() === '' || taken) return;
    setSkills((all) => [...all, { key: newKey, label: newLabel.trim() }]);
    setNewLabel('');
  };
  const submit = (over: string = etag, list: Skill[] = skills): void =>
    save.mutate(
      { skills: list.map((s) => (s.retired ? s : { key: s.key, label: s.label })), etag: over },
      {
        onSuccess: (saved) => {
          setEtag(saved.etag);
          setSkills(saved.items);
        },
      },
    );
  /** After a 412: keeps this editor's list and adds any skill someone else added meanwhile. */
  const keepMine = async (): Promise<void> => {
    const latest = await api.skillList(spaceId);
    const merged = [...skills, ...latest.items.filter((s) => !skills.some((m) => m.key === s.key))];
    setSkills(merged);
    setEtag(latest.etag);
    submit(latest.etag, merged);
  };

  return (
    <form
      className={styles.root}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.skills.heading' })}
      </Text>
      <Text as="p" className={styles.muted}>
        {intl.formatMessage({ id: 'practices.skills.intro' })}
      </Text>
      <ul className={styles.list}>
        {skills.map((skill) => {
          const original = list.items.find((s) => s.key === skill.key)?.label ?? skill.label;
          return (
            <li key={skill.key} className={styles.row}>
              <Field
                className={styles.grow}
                label={intl.formatMessage({ id: 'practices.skills.label' }, { key: original })}
              >
                <Input
                  value={skill.label}
                  maxLength={PRACTICE_LIMITS.skillLabelMax}
                  onChange={(_, data) => change(skill.key, { label: data.value })}
                />
              </Field>
              {skill.retired ? (
                <Badge appearance="tint" color="subtle">
                  {intl.formatMessage({ id: 'practices.skills.retired' })}
                </Badge>
              ) : null}
              <Button onClick={() => change(skill.key, { retired: !skill.retired })}>
                {intl.formatMessage(
                  { id: skill.retired ? 'practices.skills.restore' : 'practices.skills.retire' },
                  { label: skill.label || original },
                )}
              </Button>
            </li>
          );
        })}
      </ul>
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={intl.formatMessage({ id: 'practices.skills.newLabel' })}
          {...(taken
            ? {
                validationState: 'error' as const,
                validationMessage: intl.formatMessage({ id: 'practices.skills.newKeyTaken' }),
              }
            : {})}
        >
          <Input
            value={newLabel}
            maxLength={PRACTICE_LIMITS.skillLabelMax}
            onChange={(_, data) => setNewLabel(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <Button disabled={newLabel.trim() === '' || taken || skills.length >= PRACTICE_LIMITS.skillsMax} onClick={add}>
          {intl.formatMessage({ id: 'practices.skills.add' })}
        </Button>
      </div>
      {conflict ? (
        <Notice intent="warning">
          {intl.formatMessage({ id: 'practices.skills.conflict' })}{' '}
          <Button size="small" disabled={save.isPending} onClick={() => void keepMine()}>
            {intl.formatMessage({ id: 'practices.edit.overwrite' })}
          </Button>
        </Notice>
      ) : null}
      {save.isError && !conflict ? (
        <Notice intent="error">
          {save.error instanceof ApiError && save.error.status === 400 && save.error.issues[0]
            ? save.error.issues[0].message
            : intl.formatMessage({ id: describeError(save.error, info.inTeams).body })}
        </Notice>
      ) : null}
      {save.isSuccess ? <Notice intent="success">{intl.formatMessage({ id: 'practices.skills.saved' })}</Notice> : null}
      <Button type="submit" appearance="primary" disabled={save.isPending}>
        {intl.formatMessage({ id: save.isPending ? 'practices.skills.saving' : 'practices.skills.save' })}
      </Button>
    </form>
  );
}
