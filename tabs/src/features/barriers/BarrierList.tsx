import type { BarrierResponse } from '@coachboard/api/domain';
import { makeStyles, tokens } from '@fluentui/react-components';
import { targetDomId, useTargetHighlight } from '../notifications';
import { BarrierCard } from './BarrierCard';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
});

/** Props of {@link BarrierList}. */
export interface BarrierListProps {
  spaceId: string;
  items: readonly BarrierResponse[];
  manager: boolean;
  /** Items a notice can open (one element per barrier on the page); none by default. */
  openable?: (barrierId: string) => boolean;
}

/** Barriers as cards, in the order given. */
export function BarrierList({ spaceId, items, manager, openable }: BarrierListProps) {
  const styles = useStyles();
  const highlight = useTargetHighlight();
  return (
    <ul className={styles.list}>
      {items.map((b) =>
        openable?.(b.id) ? (
          <li key={b.id} id={targetDomId('barriers', b.id)} className={highlight}>
            <BarrierCard spaceId={spaceId} barrier={b} manager={manager} />
          </li>
        ) : (
          <li key={b.id}>
            <BarrierCard spaceId={spaceId} barrier={b} manager={manager} />
          </li>
        ),
      )}
    </ul>
  );
}
