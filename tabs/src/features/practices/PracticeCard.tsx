import type { PracticeSummaryResponse } from '@coachboard/api/domain';
import { Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { AdoptButton } from './AdoptButton';
import { AdoptionStats } from './AdoptionStats';
import { ProvenBadge } from './ProvenBadge';
import { describeContext } from './labels';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  compact: { paddingInline: tokens.spacingHorizontalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  text: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  adopt: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

/** Props of {@link PracticeCard}. */
export interface PracticeCardProps {
  practice: PracticeSummaryResponse;
  /** Opens the practice; without it the title is plain text. */
  onOpen?: (id: string) => void;
  /** Shows "I'll try this" on the card (side panel). */
  adoptable?: boolean;
  /** `compact` fits the 280–320 px side panel. @default 'regular' */
  density?: 'regular' | 'compact';
}

/** One practice in the exchange: title, result and measure, context, adopters and outcomes. */
export function PracticeCard({ practice, onOpen, adoptable = false, density = 'regular' }: PracticeCardProps) {
  const styles = useStyles();
  return (
    <li className={mergeClasses(styles.card, density === 'compact' && styles.compact)}>
      <div className={styles.head}>
        <Text as="h3" size={400} weight="semibold" className={styles.title}>
          {onOpen ? (
            <Link as="button" onClick={() => onOpen(practice.id)}>
              {practice.title}
            </Link>
          ) : (
            practice.title
          )}
        </Text>
        {practice.proven ? <ProvenBadge /> : null}
      </div>
      <Text as="p" className={styles.text}>
        {practice.result.text}
      </Text>
      {practice.result.measureText ? (
        <Text as="p" weight="semibold" className={styles.text}>
          {practice.result.measureText}
        </Text>
      ) : null}
      <Text as="p" size={200} className={mergeClasses(styles.text, styles.muted)}>
        {`${describeContext(practice.context)} · ${practice.author.name}`}
      </Text>
      <AdoptionStats adoption={practice.adoption} />
      {adoptable ? (
        <div className={styles.adopt}>
          <AdoptButton
            spaceId={practice.spaceId}
            practiceId={practice.id}
            authorId={practice.author.userId}
            title={practice.title}
          />
        </div>
      ) : null}
    </li>
  );
}
