import type { MemberResponse } from '@coachboard/api/domain';
import { Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useTeams } from '../../teams/context';
import type { PickedPerson } from '../../teams/people';
import { useDevUsers } from '../signin';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    maxHeight: '16rem',
    overflowY: 'auto',
  },
  detail: { color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link DemoDirectory}. */
export interface DemoDirectoryProps {
  members: readonly MemberResponse[];
  /** User ids on the list to add. */
  chosen: ReadonlySet<string>;
  onToggle: (person: PickedPerson, checked: boolean) => void;
}

/**
 * Local mode's stand-in for the Teams people picker: the demo people of the signed-in user's
 * organization (what the local sign-in lists), searchable, each with a checkbox.
 */
export function DemoDirectory({ members, chosen, onToggle }: DemoDirectoryProps) {
  const intl = useIntl();
  const styles = useStyles();
  const listId = useId();
  const { info } = useTeams();
  const users = useDevUsers();
  const [query, setQuery] = useState('');

  const memberIds = useMemo(() => new Set(members.map((m) => m.userId)), [members]);
  const people = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return (users.data ?? [])
      .filter((u) => u.tenantId === info.tenantId)
      .filter((u) => !needle || `${u.name} ${u.title}`.toLocaleLowerCase().includes(needle));
  }, [users.data, info.tenantId, query]);

  if (users.isPending) return <LoadingState label={intl.formatMessage({ id: 'people.directory.loading' })} />;
  if (users.isError)
    return <ErrorState title="people.directory.failed" error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <div className={styles.root}>
      <Text as="p" size={200} className={styles.hint}>
        {intl.formatMessage({ id: 'people.directory.hint' })}
      </Text>
      <Field label={intl.formatMessage({ id: 'people.directory.search' })}>
        <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} aria-controls={listId} />
      </Field>
      <ul id={listId} className={styles.list} aria-label={intl.formatMessage({ id: 'people.directory.label' })}>
        {people.map((person) => {
          const member = memberIds.has(person.userId);
          return (
            <li key={person.userId}>
              <Checkbox
                checked={member || chosen.has(person.userId)}
                disabled={member}
                onChange={(_, data) =>
                  onToggle({ userId: person.userId, name: person.name, email: null }, data.checked === true)
                }
                label={
                  <>
                    {person.name}{' '}
                    <Text size={200} className={styles.detail}>
                      {member ? `· ${intl.formatMessage({ id: 'people.directory.member' })}` : `· ${person.title}`}
                    </Text>
                  </>
                }
              />
            </li>
          );
        })}
      </ul>
      {people.length === 0 && query.trim() ? (
        <Text as="p" size={200} className={styles.hint} role="status">
          {intl.formatMessage({ id: 'people.directory.noMatch' }, { query: query.trim() })}
        </Text>
      ) : null}
    </div>
  );
}
