import type { MemberResponse } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Density } from '../../components/Page';
import { RoleBadge } from './RoleBadge';
import { roleMessage } from './roleMessage';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  stageList: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))',
    gap: tokens.spacingVerticalL,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  compactItem: {
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
  },
  stageItem: {
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalL,
    flexWrap: 'nowrap',
  },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexBasis: '8rem', minWidth: 0 },
  nameRow: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  since: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const nameSize = { regular: 300, compact: 200, stage: 600 } as const;
const badgeSize = { regular: 'medium', compact: 'small' } as const;

/** Props of {@link MemberList}. */
export interface MemberListProps {
  members: readonly MemberResponse[];
  /** Rendered as the list's h2. */
  heading: string;
  /** The signed-in person, marked "(you)". */
  meId?: string | null;
  /** @default 'regular' */
  density?: Density;
  /** A picture before each name (see `renderMemberAvatar`); none when omitted. */
  renderAvatar?: (member: MemberResponse, density: Density) => ReactNode;
  /** Controls beside each member (managers change roles and remove members here). */
  renderActions?: (member: MemberResponse) => ReactNode;
  /** More about each member under their name (e.g. the lessons they passed); not on the stage. */
  renderDetails?: (member: MemberResponse) => ReactNode;
}

/** The people of a space with their roles; on the stage, large enough to read across a room. */
export function MemberList({
  members,
  heading,
  meId,
  density = 'regular',
  renderAvatar,
  renderActions,
  renderDetails,
}: MemberListProps) {
  const styles = useStyles();
  const intl = useIntl();
  const headingId = useId();
  return (
    <div className={styles.section}>
      <Text
        as="h2"
        id={headingId}
        size={density === 'stage' ? 700 : density === 'compact' ? 300 : 500}
        weight="semibold"
        className={styles.heading}
      >
        {heading}
      </Text>
      <ul className={mergeClasses(styles.list, density === 'stage' && styles.stageList)} aria-labelledby={headingId}>
        {members.map((member) => (
          <li
            key={member.userId}
            className={mergeClasses(
              styles.item,
              density === 'compact' && styles.compactItem,
              density === 'stage' && styles.stageItem,
            )}
          >
            {renderAvatar?.(member, density)}
            <div className={styles.who}>
              <div className={styles.nameRow}>
                <Text size={nameSize[density]} weight="semibold">
                  {member.name}
                </Text>
                {member.userId === meId ? (
                  <Text size={nameSize[density]}>{intl.formatMessage({ id: 'space.you' })}</Text>
                ) : null}
              </div>
              {density === 'regular' ? (
                <Text size={200} className={styles.since}>
                  {intl.formatMessage(
                    { id: 'space.memberSince' },
                    { date: intl.formatDate(member.addedAt, { dateStyle: 'medium' }) },
                  )}
                </Text>
              ) : null}
              {density === 'stage' ? null : renderDetails?.(member)}
              {density === 'stage' ? (
                <Text size={500} className={styles.since}>
                  {intl.formatMessage({ id: roleMessage[member.role] })}
                </Text>
              ) : null}
            </div>
            {/* With actions the role picker shows the role; on the stage it is spelled out large. */}
            {renderActions || density === 'stage' ? null : <RoleBadge role={member.role} size={badgeSize[density]} />}
            {renderActions ? <div className={styles.actions}>{renderActions(member)}</div> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
