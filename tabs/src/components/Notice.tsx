import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusSuccessBorderActive}`,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorNeutralForeground1,
  },
  warning: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  error: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusDangerBorderActive}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
});

/** Props of {@link Notice}. */
export interface NoticeProps {
  /** `error` and `warning` are announced at once (role alert), `success` politely (role status). */
  intent: 'success' | 'warning' | 'error';
  children: ReactNode;
}

/** A one-line outcome of something the user just did. */
export function Notice({ intent, children }: NoticeProps) {
  const styles = useStyles();
  return (
    <div
      role={intent === 'success' ? 'status' : 'alert'}
      className={mergeClasses(styles.root, intent === 'warning' && styles.warning, intent === 'error' && styles.error)}
    >
      <Text>{children}</Text>
    </div>
  );
}
