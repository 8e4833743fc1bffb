import { formatCountdown, type RoundPhase } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/en';

/**
 * The four border colours. Longhands rather than Griffel's `shorthands` helper: importing it changes
 * how the bundler splits the shared chunks and costs the side panel's first render about 5 KB.
 */
const borderColor = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  stageRoot: {
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalXL,
    paddingInline: tokens.spacingHorizontalXXXL,
    border: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke2}`,
  },
  warning: {
    ...borderColor(tokens.colorStatusWarningBorderActive),
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  timeUp: {
    ...borderColor(tokens.colorStatusDangerBorderActive),
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  paused: {
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
  },
  label: { color: tokens.colorNeutralForeground2 },
  stageLabel: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  time: {
    fontFamily: tokens.fontFamilyNumeric,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeHero900,
    lineHeight: tokens.lineHeightHero900,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground1,
  },
  // Read from the back of a meeting room: as large as the stage allows.
  stageTime: { fontSize: 'clamp(6rem, 16vw, 14rem)', lineHeight: 1 },
  timeUpText: { color: tokens.colorStatusDangerForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  state: { fontWeight: tokens.fontWeightSemibold },
  stageState: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** The round clock as `roundClock()` computes it. */
export interface RoundClockValue {
  phase: RoundPhase;
  /** Remaining time, never below zero. */
  remainingMs: number;
  /** How far the round has run past zero. */
  overrunMs: number;
}

/** Props of {@link RoleplayClock}. */
export interface RoleplayClockProps {
  clock: RoundClockValue;
  /** `stage` is read from across a room. @default 'panel' */
  density?: 'panel' | 'stage';
}

const STATE_TEXT: Record<RoundPhase, MessageId | null> = {
  notStarted: 'roleplays.run.clock.notStarted',
  running: null,
  warning: 'roleplays.run.clock.warning',
  timeUp: 'roleplays.run.clock.timeUp',
  paused: 'roleplays.run.clock.paused',
  roundOver: 'roleplays.run.clock.roundOver',
  finished: 'roleplays.run.clock.finished',
};

const ANNOUNCED: Partial<Record<RoundPhase, MessageId>> = {
  warning: 'roleplays.run.clock.announceWarning',
  timeUp: 'roleplays.run.clock.announceTimeUp',
  paused: 'roleplays.run.clock.announcePaused',
};

/**
 * The round's countdown, large: a soft warning in the last 30 s, "Time's up" at zero (with the
 * overrun), a dashed frame while paused. Only phase changes are announced (politely), never the ticks.
 */
export function RoleplayClock({ clock, density = 'panel' }: RoleplayClockProps) {
  const intl = useIntl();
  const styles = useStyles();
  const stage = density === 'stage';
  const { phase } = clock;
  const stateText = STATE_TEXT[phase];
  const announced = ANNOUNCED[phase];
  const idle = phase === 'notStarted' || phase === 'roundOver' || phase === 'finished';
  return (
    <div
      className={mergeClasses(
        styles.root,
        stage && styles.stageRoot,
        phase === 'warning' && styles.warning,
        phase === 'timeUp' && styles.timeUp,
        phase === 'paused' && styles.paused,
      )}
      data-phase={phase}
    >
      <Text className={mergeClasses(styles.label, stage && styles.stageLabel)} size={200}>
        {intl.formatMessage({ id: 'roleplays.run.clock.label' })}
      </Text>
      <span
        className={mergeClasses(
          styles.time,
          stage && styles.stageTime,
          phase === 'timeUp' && styles.timeUpText,
          idle && styles.muted,
        )}
        data-testid="roleplay-countdown"
        data-remaining-ms={Math.round(clock.remainingMs)}
        data-phase={phase}
      >
        {formatCountdown(clock.remainingMs)}
      </span>
      {stateText ? (
        <Text
          className={mergeClasses(styles.state, stage && styles.stageState, phase === 'timeUp' && styles.timeUpText)}
        >
          {intl.formatMessage({ id: stateText })}
          {phase === 'timeUp' && clock.overrunMs >= 1000
            ? ` · ${intl.formatMessage(
                { id: 'roleplays.run.clock.overrun' },
                { time: formatCountdown(clock.overrunMs) },
              )}`
            : null}
        </Text>
      ) : null}
      <span className={styles.visuallyHidden} role="status" aria-live="polite">
        {announced ? intl.formatMessage({ id: announced }) : ''}
      </span>
    </div>
  );
}
