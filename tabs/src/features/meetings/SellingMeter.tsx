import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '32rem' },
  track: {
    height: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflow: 'hidden',
  },
  fill: { fill: tokens.colorBrandBackground },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link SellingMeter}. */
export interface SellingMeterProps {
  /** Share of the agenda spent on selling kinds, 0..1. */
  ratio: number;
  totalMinutes: number;
  meetingMinutes: number;
}

/** The selling-time ratio as a meter, with the planned total against the meeting's length. */
export function SellingMeter({ ratio, totalMinutes, meetingMinutes }: SellingMeterProps) {
  const intl = useIntl();
  const styles = useStyles();
  const labelId = useId();
  const percent = Math.round(ratio * 100);
  return (
    <div className={styles.root}>
      <Text id={labelId} weight="semibold">
        {intl.formatMessage({ id: 'meetings.lint.ratio' }, { percent })}
      </Text>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className={styles.track}
      >
        <svg width="100%" height="100%" aria-hidden="true" focusable="false">
          <rect x="0" y="0" height="100%" width={`${percent}%`} className={styles.fill} />
        </svg>
      </div>
      <Text size={200} className={styles.meta}>
        {intl.formatMessage({ id: 'meetings.lint.total' }, { total: totalMinutes, length: meetingMinutes })}
      </Text>
    </div>
  );
}
