import type { SpaceResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Density } from '../../components/Page';
import { SpaceFacts } from './SpaceFacts';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  name: { margin: 0 },
});

/** The space a surface belongs to: its name as an h2, then my role, member count and age. */
export function SpaceOverview({ space, density = 'regular' }: { space: SpaceResponse; density?: Density }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={density === 'compact' ? 400 : 600} weight="semibold" className={styles.name}>
        {space.name}
      </Text>
      <SpaceFacts space={space} density={density} />
    </section>
  );
}
