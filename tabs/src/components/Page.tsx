import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** How much room a surface has: a tab, the 280–320 px side panel, or the meeting stage. */
export type Density = 'regular' | 'compact' | 'stage';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '64rem',
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXL,
    paddingInline: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere',
  },
  compact: {
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
  },
  stage: {
    maxWidth: 'none',
    gap: tokens.spacingVerticalXXXL,
    paddingBlock: tokens.spacingVerticalXXXL,
    paddingInline: tokens.spacingHorizontalXXXL,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  title: { margin: 0 },
  purpose: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '48rem' },
});

const titleSize = { regular: 700, compact: 500, stage: 900 } as const;
const purposeSize = { regular: 300, compact: 200, stage: 500 } as const;

/** Props of {@link Page}. */
export interface PageProps {
  /** The page's one h1. */
  title: ReactNode;
  /** One sentence on what this surface is for. */
  purpose?: ReactNode;
  /** @default 'regular' */
  density?: Density;
  children?: ReactNode;
}

/** A surface's page: its one `<main>` landmark, its one h1 and purpose line, then the content. */
export function Page({ title, purpose, density = 'regular', children }: PageProps) {
  const styles = useStyles();
  return (
    <main
      className={mergeClasses(
        styles.main,
        density === 'compact' && styles.compact,
        density === 'stage' && styles.stage,
      )}
    >
      <div className={styles.header}>
        <Text as="h1" size={titleSize[density]} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {purpose ? (
          <Text as="p" size={purposeSize[density]} className={styles.purpose}>
            {purpose}
          </Text>
        ) : null}
      </div>
      {children}
    </main>
  );
}
