import type { OpportunityListView, OpportunityResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useTeams } from '../../teams/context';
import { ErrorLine } from './ErrorLine';
import { OpportunityCard } from './OpportunityCard';
import { useOpportunityList } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link OpportunityList}. */
export interface OpportunityListProps {
  heading: string;
  items: readonly OpportunityResponse[];
  empty: string;
  /** Whether the reader manages the opportunity's team. */
  managerOf: (spaceId: string) => boolean;
  showTeam?: boolean;
  /** The cards a notice opens (the personal tab's, each opportunity once). */
  openable?: (id: string) => boolean;
}

/** A titled list of opportunity cards. */
export function OpportunityList({ heading, items, empty, managerOf, showTeam, openable }: OpportunityListProps) {
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const meId = info.user?.id ?? '';
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {items.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {empty}
        </Text>
      ) : (
        <ul className={styles.list}>
          {items.map((o) => (
            <li key={o.id}>
              <OpportunityCard
                o={o}
                meId={meId}
                manager={managerOf(o.spaceId)}
                showTeam={showTeam}
                openable={openable?.(o.id) ?? false}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One of a team's lists, 50 at a time with "Show more". */
export function TeamList({ spaceId, view, manager }: { spaceId: string; view: OpportunityListView; manager: boolean }) {
  const intl = useIntl();
  const list = useOpportunityList(spaceId, view);
  if (list.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'opportunities.loading' })} />;
  if (list.isError) return <ErrorLine error={list.error} />;
  const items = list.data.pages.flatMap((p) => p.items);
  return (
    <>
      <OpportunityList
        heading={intl.formatMessage({ id: `opportunities.list.${view}` })}
        items={items}
        empty={intl.formatMessage({ id: 'opportunities.list.none' })}
        managerOf={() => manager}
      />
      {list.hasNextPage ? (
        <div>
          <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {intl.formatMessage({ id: 'opportunities.list.more' })}
          </Button>
        </div>
      ) : null}
    </>
  );
}
