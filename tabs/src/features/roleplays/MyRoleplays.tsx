import { DIFFICULTY_LABELS, type MyRoleplaysResponse, type RoleplayStatus } from '@coachboard/api/domain';
import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { MessageId } from '../../i18n/en';
import { targetDomId, useTargetHighlight } from '../notifications';
import { CriterionTrend } from './CriterionTrend';
import { withRoleplayMessages } from './RoleplayMessages';
import { formatRating } from './feedbackForm';
import { useMyRoleplays } from './queries';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  trends: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  results: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type MyRoleplay = MyRoleplaysResponse['items'][number];

const STATUS_LABELS: Record<RoleplayStatus, MessageId> = {
  setup: 'roleplays.mine.status.setup',
  running: 'roleplays.mine.status.running',
  roundEnded: 'roleplays.mine.status.roundEnded',
  debrief: 'roleplays.mine.status.debrief',
  closed: 'roleplays.mine.status.closed',
};

/**
 * The personal tab's "My role-plays": per criterion my own rating and the observers' over time
 * (oldest first), then each role-play I was the rep in with its results and the next step I chose.
 * Only the rep sees this; observer ratings count once I have assessed that round myself.
 */
function MyRoleplays() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const trendsId = useId();
  const listId = useId();
  const mine = useMyRoleplays();

  let content;
  if (mine.isPending) content = <LoadingState label={intl.formatMessage({ id: 'roleplays.mine.loading' })} />;
  else if (mine.isError)
    content = <ErrorState title="roleplays.mine.failed" error={mine.error} onRetry={() => void mine.refetch()} />;
  else if (mine.data.items.length === 0)
    content = (
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: 'roleplays.mine.empty' })}
      </Text>
    );
  else {
    const titles = new Map(mine.data.items.map((item) => [item.roleplayId, item.scenarioTitle]));
    content = (
      <>
        <Text as="h3" id={trendsId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.mine.trendHeading' })}
        </Text>
        {mine.data.criteria.length === 0 ? (
          <Text as="p" className={styles.muted}>
            {intl.formatMessage({ id: 'roleplays.mine.noTrend' })}
          </Text>
        ) : (
          <div className={styles.trends}>
            {mine.data.criteria.map((series) => (
              <CriterionTrend key={series.criterion} series={series} titles={titles} />
            ))}
          </div>
        )}
        <Text as="h3" id={listId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.mine.listHeading' })}
        </Text>
        <ul className={styles.list} aria-labelledby={listId}>
          {mine.data.items.map((item) => (
            <RoleplayItem key={`${item.spaceId}/${item.roleplayId}`} item={item} />
          ))}
        </ul>
      </>
    );
  }

  return (
    <section id={targetDomId('roleplays')} className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.mine.heading' })}
      </Text>
      {content}
    </section>
  );
}

function RoleplayItem({ item }: { item: MyRoleplay }) {
  const intl = useIntl();
  const styles = useStyles();
  const highlight = useTargetHighlight();
  const rated = item.results.filter((r) => r.round !== null);
  const step = item.nextStep;
  const stepCriterion = step?.criterion
    ? (item.results.find((r) => r.criterion === step.criterion)?.label ?? null)
    : null;
  return (
    <li id={targetDomId('roleplays', item.roleplayId)} className={mergeClasses(styles.item, highlight)}>
      <div className={styles.head}>
        <Text as="h4" size={400} weight="semibold" className={styles.heading}>
          {item.scenarioTitle}
        </Text>
        <Badge appearance="tint" color={item.status === 'closed' ? 'informative' : 'brand'}>
          {intl.formatMessage({ id: STATUS_LABELS[item.status] })}
        </Badge>
      </div>
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage(
          { id: 'roleplays.mine.meta' },
          {
            team: item.spaceName,
            date: item.playedAt
              ? intl.formatDate(item.playedAt, { dateStyle: 'medium' })
              : intl.formatMessage({ id: 'roleplays.mine.notPlayed' }),
            skill: item.skill.label,
            difficulty: DIFFICULTY_LABELS[item.difficulty],
          },
        )}
      </Text>
      {rated.length > 0 ? (
        <ul
          className={styles.results}
          aria-label={intl.formatMessage({ id: 'roleplays.mine.resultsLabel' }, { title: item.scenarioTitle })}
        >
          {rated.map((r) => (
            <li key={r.criterion}>
              <Text>
                {intl.formatMessage(
                  { id: 'roleplays.mine.result' },
                  {
                    criterion: r.label,
                    self:
                      r.selfRating === null
                        ? intl.formatMessage({ id: 'roleplays.mine.notRated' })
                        : formatRating(intl, r.selfRating),
                    observers: !r.revealed
                      ? intl.formatMessage({ id: 'roleplays.mine.hidden' })
                      : r.observerRating === null
                        ? intl.formatMessage({ id: 'roleplays.mine.notRated' })
                        : intl.formatMessage(
                            { id: 'roleplays.mine.observerSummary' },
                            {
                              value: intl.formatNumber(r.observerRating, { maximumFractionDigits: 1 }),
                              count: r.observerCount,
                            },
                          ),
                  },
                )}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text as="p" className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.mine.noResults' })}
        </Text>
      )}
      {step ? (
        <div>
          <Text as="p" className={styles.text}>
            {intl.formatMessage({ id: 'roleplays.mine.nextStep' }, { text: step.text })}
          </Text>
          {stepCriterion || step.dueDate ? (
            <Text as="p" size={200} className={styles.muted}>
              {intl.formatMessage(
                { id: 'roleplays.mine.nextStepMeta' },
                {
                  hasCriterion: stepCriterion ? 'yes' : 'no',
                  criterion: stepCriterion ?? '',
                  both: stepCriterion && step.dueDate ? 'yes' : 'no',
                  hasDue: step.dueDate ? 'yes' : 'no',
                  due: step.dueDate ? intl.formatDate(`${step.dueDate}T00:00:00`, { dateStyle: 'medium' }) : '',
                },
              )}
            </Text>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** MyRoleplays with the role-play texts, which load with it. */
export default withRoleplayMessages(MyRoleplays);
