import type { MemberResponse } from '@coachboard/api/domain';
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { lessonMessages } from '../../i18n/en.lessons';
import { withMessages } from '../../i18n/withMessages';
import { useMemberPasses } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  titles: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/**
 * The lessons a member has passed, beside them in the team's member list: a badge with the count
 * and the titles. All rows share one request (the query is per space). Nothing when none passed.
 */
function MemberPasses({ spaceId, member }: { spaceId: string; member: MemberResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const passes = useMemberPasses(spaceId);
  const mine = passes.data?.find((p) => p.userId === member.userId)?.passes ?? [];
  if (mine.length === 0) return null;
  return (
    <div className={styles.root}>
      <Badge appearance="tint" color="success">
        {intl.formatMessage({ id: 'lessons.passes.badge' }, { count: mine.length })}
      </Badge>
      <Text size={200} className={styles.titles}>
        {intl.formatMessage({ id: 'lessons.passes.list' }, { titles: intl.formatList(mine.map((p) => p.title)) })}
      </Text>
    </div>
  );
}

export default withMessages(lessonMessages)(MemberPasses);
