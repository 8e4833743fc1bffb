import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useArchivedPractices } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

/** Archived practices the viewer may restore (a manager's whole space, anyone else's own); hidden when none. */
export function ArchivedPractices({ spaceId, onOpen }: { spaceId: string; onOpen: (id: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const archived = useArchivedPractices(spaceId, { enabled: true });
  if (!archived.data || archived.data.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.archivedList.heading' })}
      </Text>
      <ul className={styles.list}>
        {archived.data.map((practice) => (
          <li key={practice.id}>
            <Link
              as="button"
              aria-label={intl.formatMessage({ id: 'practices.archivedList.open' }, { title: practice.title })}
              onClick={() => onOpen(practice.id)}
            >
              {practice.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
