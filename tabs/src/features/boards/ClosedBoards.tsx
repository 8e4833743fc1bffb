import { Badge, Button, Field, Link, makeStyles, SearchBox, Text, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useDeferredValue, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useClosedBoards } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  muted: { margin: 0 },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

/** The closed deals, out of the list: shown on request, searchable by name or segment; each opens. */
export function ClosedBoards({ spaceId, onOpen }: { spaceId: string; onOpen: (boardId: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const listId = useId();
  const [shown, setShown] = useState(false);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const closed = useClosedBoards(spaceId, deferred, shown);
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: 'boards.closed.heading' })}>
      <Button
        appearance="subtle"
        icon={shown ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={shown}
        aria-controls={shown ? listId : undefined}
        onClick={() => setShown(!shown)}
      >
        {intl.formatMessage({ id: shown ? 'boards.closed.hide' : 'boards.closed.show' })}
      </Button>
      {shown ? (
        <div id={listId}>
          <Field label={intl.formatMessage({ id: 'boards.closed.search' })}>
            <SearchBox value={search} onChange={(_, d) => setSearch(d.value)} />
          </Field>
          {closed.isPending ? <LoadingState label={intl.formatMessage({ id: 'boards.closed.loading' })} /> : null}
          {closed.error ? (
            <ErrorState title="boards.loadFailed" error={closed.error} onRetry={() => void closed.refetch()} />
          ) : null}
          {closed.data && closed.data.items.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {intl.formatMessage({ id: 'boards.closed.empty' })}
            </Text>
          ) : null}
          {closed.data && closed.data.items.length > 0 ? (
            <ul className={styles.list}>
              {closed.data.items.map((item) => (
                <li key={item.id} className={styles.item}>
                  <Link
                    as="button"
                    onClick={() => onOpen(item.id)}
                    aria-label={intl.formatMessage({ id: 'boards.open' }, { name: item.name })}
                  >
                    {item.name}
                  </Link>
                  {item.closing ? (
                    <Badge appearance="tint">
                      {intl.formatMessage(
                        { id: 'boards.closing.badge' },
                        {
                          outcome: intl.formatMessage({ id: `boards.closing.outcome.${item.closing.outcome}` }),
                          date: item.closing.date,
                        },
                      )}
                    </Badge>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
