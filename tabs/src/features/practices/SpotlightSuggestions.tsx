import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { useSpotlightSuggestions } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column' },
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The stage view of one practice's spotlight, on this app's origin. */
export function spotlightStageUrl(spaceId: string, practiceId: string, origin = window.location.origin): string {
  return `${origin}/stage?spaceId=${encodeURIComponent(spaceId)}&practiceId=${encodeURIComponent(practiceId)}`;
}

/** Managers: practices worth a spotlight in the next meeting, and why. */
export function SpotlightSuggestions({ spaceId, onOpen }: { spaceId: string; onOpen: (id: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const suggestions = useSpotlightSuggestions(spaceId, { enabled: true });
  if (suggestions.isPending || (suggestions.data && suggestions.data.length === 0)) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.spotlights.heading' })}
      </Text>
      {suggestions.isError ? (
        <ErrorState title="practices.spotlights.failed" error={suggestions.error} />
      ) : (
        <ul className={styles.list}>
          {suggestions.data.map(({ practice, reason }) => (
            <li key={practice.id} className={styles.item}>
              <Link as="button" onClick={() => onOpen(practice.id)}>
                {practice.title}
              </Link>
              <Text className={styles.muted}>{reason}</Text>
              <Link href={spotlightStageUrl(spaceId, practice.id)}>
                {intl.formatMessage({ id: 'practices.spotlights.openStage' }, { title: practice.title })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
