import type { MeetingStateResponse } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { Countdown } from './Countdown';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  stageTitle: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link CurrentItem}. */
export interface CurrentItemProps {
  state: MeetingStateResponse;
  remainingMs: number | null;
  /** @default 'panel' */
  density?: 'panel' | 'stage';
}

/** Where the meeting is: the current item, its owner and position, and its countdown. */
export function CurrentItem({ state, remainingMs, density = 'panel' }: CurrentItemProps) {
  const intl = useIntl();
  const styles = useStyles();
  const current = state.current;
  if (state.status === 'notStarted') {
    return <Text as="p">{intl.formatMessage({ id: 'meetings.run.notStarted' })}</Text>;
  }
  if (state.status === 'ended' || !current) {
    return <Text as="p">{intl.formatMessage({ id: 'meetings.run.ended' })}</Text>;
  }
  return (
    <section className={styles.root} aria-label={intl.formatMessage({ id: 'meetings.run.current' })}>
      <Text size={200} className={styles.meta}>
        {intl.formatMessage(
          { id: 'meetings.run.position' },
          {
            index: current.index + 1,
            count: current.count,
            kind: intl.formatMessage({ id: `meetings.kind.${current.kind}` }),
          },
        )}
      </Text>
      <Text
        as="h2"
        size={density === 'stage' ? 900 : 500}
        weight="semibold"
        className={mergeClasses(styles.title, density === 'stage' && styles.stageTitle)}
        data-testid="current-item"
      >
        {current.title}
      </Text>
      <Text size={density === 'stage' ? 500 : 300} className={styles.meta}>
        {intl.formatMessage(
          { id: 'meetings.run.owner' },
          { owner: current.ownerName ?? intl.formatMessage({ id: 'meetings.noOwner' }) },
        )}
      </Text>
      {remainingMs !== null && current.timeboxMinutes !== null ? (
        <Countdown remainingMs={remainingMs} density={density} />
      ) : null}
    </section>
  );
}
