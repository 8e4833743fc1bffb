import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ArchivedBadge } from '../../components/ArchivedBadge';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useArchivedBoards } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

/** The archived boards, out of the list and its counts, shown on request; each opens to be restored. */
export function ArchivedBoards({ spaceId, onOpen }: { spaceId: string; onOpen: (boardId: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const listId = useId();
  const [shown, setShown] = useState(false);
  const archived = useArchivedBoards(spaceId, shown);
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: 'boards.archived.heading' })}>
      <Button
        appearance="subtle"
        icon={shown ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={shown}
        aria-controls={shown ? listId : undefined}
        onClick={() => setShown(!shown)}
      >
        {intl.formatMessage({ id: shown ? 'boards.archived.hide' : 'boards.archived.show' })}
      </Button>
      {shown ? (
        <div id={listId}>
          {archived.isPending ? <LoadingState label={intl.formatMessage({ id: 'boards.archived.loading' })} /> : null}
          {archived.error ? (
            <ErrorState title="boards.loadFailed" error={archived.error} onRetry={() => void archived.refetch()} />
          ) : null}
          {archived.data && archived.data.items.length === 0 ? (
            <Text as="p" className={styles.heading}>
              {intl.formatMessage({ id: 'boards.archived.empty' })}
            </Text>
          ) : null}
          {archived.data && archived.data.items.length > 0 ? (
            <ul className={styles.list}>
              {archived.data.items.map((item) => (
                <li key={item.id} className={styles.item}>
                  <Link
                    as="button"
                    onClick={() => onOpen(item.id)}
                    aria-label={intl.formatMessage({ id: 'boards.open' }, { name: item.name })}
                  >
                    {item.name}
                  </Link>
                  <ArchivedBadge label={intl.formatMessage({ id: 'boards.archive.badge' })} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
