import {
  can,
  ROLEPLAY_LIMITS,
  ScenarioDifficulty,
  STARTER_SCENARIOS,
  type Role,
  type Skill,
} from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Add20Regular, Search20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { StateMessage } from '../../components/StateMessage';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { DIFFICULTY_MESSAGES, ScenarioCard } from './ScenarioCard';
import { useInstallStarters } from './mutations';
import { useScenarios } from './queries';
import type { ScenarioListQuery } from './roleplaysApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  search: { flexGrow: 2, flexBasis: '16rem', minWidth: 0 },
  filter: { flexGrow: 1, flexBasis: '9rem', minWidth: 0 },
  archived: { alignSelf: 'center' },
  /** A select's intrinsic width (its longest option) must not push it out of a narrow field. */
  control: { minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(18rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  starters: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** What the library is filtered by; kept by the section so that "Back" returns to the same list. */
export interface LibraryFilters {
  search: string;
  skill: string;
  difficulty: ScenarioDifficulty | '';
  archived: boolean;
}

/** The library unfiltered. */
export const NO_FILTERS: LibraryFilters = { search: '', skill: '', difficulty: '', archived: false };

/** How long typing pauses before the search is sent. */
const SEARCH_DELAY_MS = 300;

/** `value`, once it has stopped changing for `delayMs`. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** The API query of a set of filters: only what is set. */
function toQuery(filters: LibraryFilters, search: string): ScenarioListQuery {
  return {
    ...(search ? { search } : {}),
    ...(filters.skill ? { skill: filters.skill } : {}),
    ...(filters.difficulty ? { difficulty: filters.difficulty } : {}),
    ...(filters.archived ? { archived: true } : {}),
  };
}

/** Props of {@link ScenarioLibrary}. */
export interface ScenarioLibraryProps {
  spaceId: string;
  /** The space's skills, for the skill filter. */
  skills: readonly Skill[];
  /** The viewer's role: who may write scenarios, see archived ones and install the starters. */
  role: Role;
  filters: LibraryFilters;
  onFiltersChange: (filters: LibraryFilters) => void;
  onOpen: (id: string) => void;
  onCreate: () => void;
}

/** The scenario library: search, filters by skill and difficulty, the scenarios as cards, the starters for managers. */
export function ScenarioLibrary({
  spaceId,
  skills,
  role,
  filters,
  onFiltersChange,
  onOpen,
  onCreate,
}: ScenarioLibraryProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const search = useSettled(filters.search.trim(), SEARCH_DELAY_MS);
  const list = useScenarios(spaceId, toQuery(filters, search));
  const set = (change: Partial<LibraryFilters>): void => onFiltersChange({ ...filters, ...change });
  const all = intl.formatMessage({ id: 'roleplays.library.all' });
  // Whoever may write, and so archive, a scenario must be able to find it again to restore it.
  const mayWrite = can(role, 'scenarios.write');
  const filtered = Boolean(search || filters.skill || filters.difficulty);

  let content;
  if (list.isPending) content = <LoadingState label={intl.formatMessage({ id: 'roleplays.library.loading' })} />;
  else if (list.isError)
    content = (
      <ErrorState title="roleplays.library.loadFailed" error={list.error} onRetry={() => void list.refetch()} />
    );
  else if (list.data.length === 0)
    content = (
      <StateMessage title={intl.formatMessage({ id: 'roleplays.library.empty.title' })}>
        {intl.formatMessage({
          id: filtered
            ? 'roleplays.library.empty.filtered'
            : filters.archived
              ? 'roleplays.library.empty.archived'
              : can(role, 'scenarios.install')
                ? 'roleplays.library.empty.bodyManager'
                : mayWrite
                  ? 'roleplays.library.empty.body'
                  : 'roleplays.library.empty.bodyReader',
        })}
      </StateMessage>
    );
  else
    content = (
      <ul className={styles.list} aria-label={intl.formatMessage({ id: 'roleplays.library.listLabel' })}>
        {list.data.map((scenario) => (
          <ScenarioCard key={scenario.id} scenario={scenario} onOpen={onOpen} />
        ))}
      </ul>
    );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {intl.formatMessage({
            id: filters.archived ? 'roleplays.library.archivedHeading' : 'roleplays.library.heading',
          })}
        </Text>
        {mayWrite ? (
          <Button appearance="primary" icon={<Add20Regular />} onClick={onCreate}>
            {intl.formatMessage({ id: 'roleplays.library.new' })}
          </Button>
        ) : null}
      </div>
      {can(role, 'scenarios.install') ? <StarterInstaller spaceId={spaceId} /> : null}
      <div className={styles.filters} role="search">
        <Field
          className={styles.search}
          label={intl.formatMessage({ id: 'roleplays.library.search' })}
          hint={intl.formatMessage({ id: 'roleplays.library.searchHint' })}
        >
          <Input
            type="search"
            contentBefore={<Search20Regular />}
            value={filters.search}
            maxLength={ROLEPLAY_LIMITS.searchMax}
            onChange={(_, data) => set({ search: data.value })}
          />
        </Field>
        <Field className={styles.filter} label={intl.formatMessage({ id: 'roleplays.library.skill' })}>
          <Select className={styles.control} value={filters.skill} onChange={(_, data) => set({ skill: data.value })}>
            <option value="">{all}</option>
            {skills.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={intl.formatMessage({ id: 'roleplays.library.difficulty' })}>
          <Select
            className={styles.control}
            value={filters.difficulty}
            onChange={(_, data) => set({ difficulty: data.value ? ScenarioDifficulty.parse(data.value) : '' })}
          >
            <option value="">{all}</option>
            {ScenarioDifficulty.options.map((d) => (
              <option key={d} value={d}>
                {intl.formatMessage({ id: DIFFICULTY_MESSAGES[d] })}
              </option>
            ))}
          </Select>
        </Field>
        {mayWrite ? (
          <Checkbox
            className={styles.archived}
            label={intl.formatMessage({ id: 'roleplays.library.showArchived' })}
            checked={filters.archived}
            onChange={(_, data) => set({ archived: data.checked === true })}
          />
        ) : null}
      </div>
      <Text as="p" role="status" size={200} className={styles.muted}>
        {list.isSuccess ? intl.formatMessage({ id: 'roleplays.library.count' }, { count: list.data.length }) : ''}
      </Text>
      {content}
    </section>
  );
}

const STARTER_KEYS = STARTER_SCENARIOS.map((s) => s.key);

/**
 * Managers: how many shipped starters the library lacks (archived ones count as present) and a
 * button that installs them, with what it did.
 */
function StarterInstaller({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const active = useScenarios(spaceId);
  const archived = useScenarios(spaceId, { archived: true });
  const install = useInstallStarters(spaceId);
  if (!active.data || !archived.data) return null;
  const present = new Set(
    [...active.data, ...archived.data].flatMap((s) => (s.source.kind === 'starter' ? [s.source.key] : [])),
  );
  const missing = STARTER_KEYS.filter((key) => !present.has(key)).length;
  if (missing === 0 && !install.data) return null;
  return (
    <section className={styles.starters} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.library.starters.heading' })}
      </Text>
      {missing > 0 ? (
        <>
          <Text as="p" className={styles.heading}>
            {intl.formatMessage({ id: 'roleplays.library.starters.missing' }, { count: missing })}
          </Text>
          <Button disabled={install.isPending} onClick={() => install.mutate()}>
            {intl.formatMessage({
              id: install.isPending ? 'roleplays.library.starters.installing' : 'roleplays.library.starters.install',
            })}
          </Button>
        </>
      ) : null}
      {install.data ? (
        <Notice intent="success">
          {intl.formatMessage(
            { id: 'roleplays.library.starters.done' },
            { installed: install.data.installed.length, present: install.data.alreadyPresent.length },
          )}
          {install.data.skipped.length > 0
            ? ` ${intl.formatMessage({ id: 'roleplays.library.starters.skipped' }, { count: install.data.skipped.length })}`
            : ''}
        </Notice>
      ) : null}
      {install.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(install.error, info.inTeams).body })}</Notice>
      ) : null}
    </section>
  );
}
