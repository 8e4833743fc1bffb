import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useMarkDiscussed } from './mutations';
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

/**
 * Managers: practices worth a spotlight in the next meeting, and why. "Mark discussed" takes one out
 * of the suggestions at once, with "Undo" in case it was the wrong one.
 */
export function SpotlightSuggestions({ spaceId, onOpen }: { spaceId: string; onOpen: (id: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const suggestions = useSpotlightSuggestions(spaceId, { enabled: true });
  const discussed = useMarkDiscussed(spaceId);
  const [marked, setMarked] = useState<{ id: string; title: string } | null>(null);
  if (suggestions.isPending || (suggestions.data && suggestions.data.length === 0 && !marked)) return null;
  const mark = (id: string, title: string): void =>
    discussed.mutate({ practiceId: id, discussed: true }, { onSuccess: () => setMarked({ id, title }) });
  const undo = (): void => {
    if (!marked) return;
    discussed.mutate({ practiceId: marked.id, discussed: false }, { onSuccess: () => setMarked(null) });
  };
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
              <Button
                size="small"
                disabled={discussed.isPending}
                aria-label={intl.formatMessage(
                  { id: 'practices.spotlights.markDiscussedFor' },
                  { title: practice.title },
                )}
                onClick={() => mark(practice.id, practice.title)}
              >
                {intl.formatMessage({ id: 'practices.spotlights.markDiscussed' })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {marked ? (
        <Notice intent="success">
          {intl.formatMessage({ id: 'practices.spotlights.discussed' }, { title: marked.title })}{' '}
          <Button size="small" disabled={discussed.isPending} onClick={undo}>
            {intl.formatMessage({ id: 'practices.spotlights.undo' })}
          </Button>
        </Notice>
      ) : null}
      {discussed.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(discussed.error, info.inTeams).body })}</Notice>
      ) : null}
    </section>
  );
}
