import type { SpaceResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { RoleBadge } from './RoleBadge';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  text: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { maxWidth: '100%', justifyContent: 'flex-start', textAlign: 'start' },
});

/** Props of {@link SpacePicker}. */
export interface SpacePickerProps {
  spaces: readonly SpaceResponse[];
  onChoose: (spaceId: string) => void;
}

/** Lets a person in several sales teams choose the one a surface shows. */
export function SpacePicker({ spaces, onChoose }: SpacePickerProps) {
  const styles = useStyles();
  const intl = useIntl();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'space.choose.heading' })}
      </Text>
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: 'space.choose.body' })}
      </Text>
      <ul className={styles.list}>
        {spaces.map((space) => (
          <li key={space.id} className={styles.item}>
            <Button className={styles.button} onClick={() => onChoose(space.id)}>
              {space.name}
            </Button>
            <RoleBadge role={space.myRole} />
          </li>
        ))}
      </ul>
    </section>
  );
}
