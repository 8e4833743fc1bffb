import { BARRIER_CATEGORIES, type BarrierCategory, type BarrierResponse } from '@coachboard/api/domain';
import { Field, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { BarrierCard } from './BarrierCard';
import { BarrierStats } from './BarrierStats';
import { ErrorLine } from './ErrorLine';
import { useBarrierBoard } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  filter: { maxWidth: '16rem' },
});

/** Open barriers of one category, the oldest first. */
function Group({ spaceId, category, items }: { spaceId: string; category: BarrierCategory; items: BarrierResponse[] }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h4" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage(
          { id: 'barriers.board.group' },
          { category: intl.formatMessage({ id: `barriers.category.${category}` }), count: items.length },
        )}
      </Text>
      <ul className={styles.list}>
        {items.map((b) => (
          <li key={b.id}>
            <BarrierCard spaceId={spaceId} barrier={b} manager />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The managers' barrier board: the space's time to remove, then open barriers grouped by category
 * (the category with the oldest barrier first), each the oldest first, with how long it is open.
 */
export function BarrierBoard({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const board = useBarrierBoard(spaceId);
  const [filter, setFilter] = useState<BarrierCategory | ''>('');
  if (board.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'barriers.loading' })} />;
  if (board.isError) return <ErrorLine error={board.error} />;
  const open = board.data.open.filter((b) => !filter || b.category === filter);
  const groups = new Map<BarrierCategory, BarrierResponse[]>();
  for (const b of open) groups.set(b.category, [...(groups.get(b.category) ?? []), b]);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'barriers.board.heading' })}
      </Text>
      <BarrierStats stats={board.data.stats} />
      <Text as="p" className={styles.muted}>
        {intl.formatMessage({ id: 'barriers.board.openCount' }, { count: board.data.open.length })}
        {board.data.truncated
          ? ` ${intl.formatMessage({ id: 'barriers.board.truncated' }, { count: board.data.open.length })}`
          : ''}
      </Text>
      {board.data.open.length > 0 ? (
        <Field label={intl.formatMessage({ id: 'barriers.board.filter' })} className={styles.filter}>
          <Select value={filter} onChange={(_, d) => setFilter(d.value as BarrierCategory | '')}>
            <option value="">{intl.formatMessage({ id: 'barriers.category.all' })}</option>
            {BARRIER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {intl.formatMessage({ id: `barriers.category.${c}` })}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text as="p" className={styles.muted}>
          {intl.formatMessage({ id: 'barriers.noneOpen' })}
        </Text>
      )}
      {board.data.open.length > 0 ? (
        <Text as="p" size={200} className={styles.muted}>
          {intl.formatMessage({ id: 'barriers.agenda.privateHint' })}
        </Text>
      ) : null}
      {[...groups.entries()].map(([category, items]) => (
        <Group key={category} spaceId={spaceId} category={category} items={items} />
      ))}
    </section>
  );
}
