import type { BarrierResponse } from '@coachboard/api/domain';
import { makeStyles, tokens } from '@fluentui/react-components';
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

/** Barriers as cards, in the order given. */
export function BarrierList(props: { spaceId: string; items: readonly BarrierResponse[]; manager: boolean }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.items.map((b) => (
        <li key={b.id}>
          <BarrierCard spaceId={props.spaceId} barrier={b} manager={props.manager} />
        </li>
      ))}
    </ul>
  );
}
