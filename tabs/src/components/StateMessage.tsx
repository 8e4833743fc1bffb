import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  title: { margin: 0 },
  body: { margin: 0 },
});

/** Props of {@link StateMessage}. */
export interface StateMessageProps {
  /** Rendered as an h2. */
  title: ReactNode;
  children: ReactNode;
  /** A button or link that gets the user going again. */
  action?: ReactNode;
  /** `error` is announced at once (role alert). @default 'info' */
  intent?: 'info' | 'error';
}

/** An empty or error state: what happened and what the user can do about it. */
export function StateMessage({ title, children, action, intent = 'info' }: StateMessageProps) {
  const styles = useStyles();
  return (
    <section
      role={intent === 'error' ? 'alert' : undefined}
      className={mergeClasses(styles.root, intent === 'error' && styles.error)}
    >
      <Text as="h2" size={400} weight="semibold" className={styles.title}>
        {title}
      </Text>
      <Text as="p" className={styles.body}>
        {children}
      </Text>
      {action}
    </section>
  );
}
