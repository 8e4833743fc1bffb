import { formatCountdown } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  time: {
    fontFamily: tokens.fontFamilyNumeric,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeHero900,
    lineHeight: tokens.lineHeightHero900,
    fontVariantNumeric: 'tabular-nums',
  },
  stage: { fontSize: tokens.fontSizeHero1000, lineHeight: tokens.lineHeightHero1000 },
  over: { color: tokens.colorStatusDangerForeground1 },
  label: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link Countdown}. */
export interface CountdownProps {
  /** Remaining time of the current item; negative when it has run over. */
  remainingMs: number;
  /** `stage` is read from across a room. @default 'panel' */
  density?: 'panel' | 'stage';
}

/** The current item's remaining timebox, large; over time in the danger colour and in words ("2:10 over"). */
export function Countdown({ remainingMs, density = 'panel' }: CountdownProps) {
  const intl = useIntl();
  const styles = useStyles();
  const over = remainingMs < 0;
  const text = formatCountdown(remainingMs);
  const shown = over ? intl.formatMessage({ id: 'meetings.countdown.over' }, { time: text.slice(1) }) : text;
  return (
    <div className={styles.root}>
      <Text className={styles.label} size={200}>
        {intl.formatMessage({ id: over ? 'meetings.countdown.overLabel' : 'meetings.countdown.label' })}
      </Text>
      <span
        className={mergeClasses(styles.time, density === 'stage' && styles.stage, over && styles.over)}
        data-remaining-ms={Math.round(remainingMs)}
        data-testid="countdown"
      >
        {shown}
      </span>
    </div>
  );
}
