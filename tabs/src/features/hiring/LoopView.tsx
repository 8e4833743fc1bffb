import {
  RATING_LABELS,
  type HiringLoopResponse,
  type MemberResponse,
  type ScorecardResponse,
} from '@coachboard/api/domain';
import { Badge, Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { Debrief } from './Debrief';
import { ScorecardForm } from './ScorecardForm';
import { useLoop } from './hiringApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

function CardView({ card }: { card: ScorecardResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <article
      className={styles.card}
      aria-label={intl.formatMessage({ id: 'hiring.card.by' }, { name: card.interviewerName })}
    >
      <Text weight="semibold">
        {intl.formatMessage({ id: 'hiring.card.by' }, { name: card.interviewerName })} ·{' '}
        {intl.formatMessage({ id: `hiring.recommendation.${card.recommendation}` })}
      </Text>
      <ul className={styles.list}>
        {card.ratings.map((r) => (
          <li key={r.key}>
            <Text>
              {intl.formatMessage(
                { id: 'hiring.card.ratingLine' },
                { label: r.label, rating: r.rating, anchor: RATING_LABELS[r.rating - 1] ?? '' },
              )}
            </Text>
            <Text as="p">{r.evidence}</Text>
          </li>
        ))}
      </ul>
      {card.developmentPoints.length > 0 ? (
        <ul className={styles.list}>
          {card.developmentPoints.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** One loop: the kit, the panel, my scorecard, the others' cards the rule allows, and the debrief. */
export function LoopView({
  spaceId,
  loopId,
  userId,
  members,
  onBack,
  compact = false,
}: {
  spaceId: string;
  loopId: string;
  userId: string;
  members: readonly MemberResponse[];
  onBack?: () => void;
  /** The side panel shows only the kit and the scorecard. */
  compact?: boolean;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const loop = useLoop(spaceId, loopId);
  if (loop.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'hiring.loading' })} />;
  if (loop.isError) return <Notice intent="error">{intl.formatMessage({ id: 'hiring.loadFailed' })}</Notice>;
  const view: HiringLoopResponse = loop.data;
  const onPanel = view.interviewers.some((i) => i.userId === userId);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      {onBack ? <Button onClick={onBack}>{intl.formatMessage({ id: 'hiring.loops.back' })}</Button> : null}
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'hiring.loops.line' }, { candidate: view.candidate.name, profile: view.profileName })}
      </Text>
      <div className={styles.block}>
        {view.candidate.contact ? (
          <Text>{intl.formatMessage({ id: 'hiring.view.contact' }, { contact: view.candidate.contact })}</Text>
        ) : null}
        {view.candidate.notes ? <Text as="p">{view.candidate.notes}</Text> : null}
        {view.interviewDates.length > 0 ? (
          <Text>{intl.formatMessage({ id: 'hiring.view.dates' }, { dates: view.interviewDates.join(', ') })}</Text>
        ) : null}
        {view.purgeAt ? (
          <Text>{intl.formatMessage({ id: 'hiring.view.purgeAt' }, { date: view.purgeAt.slice(0, 10) })}</Text>
        ) : null}
      </div>
      <div className={styles.block}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'hiring.view.kit' })}
        </Text>
        {view.profile.scenario ? (
          <>
            <Text>{intl.formatMessage({ id: 'hiring.view.case' }, { title: view.profile.scenario.title })}</Text>
            <Text size={200}>{intl.formatMessage({ id: 'hiring.view.caseHint' })}</Text>
          </>
        ) : null}
        {compact ? null : (
          <ul className={styles.list} aria-label={intl.formatMessage({ id: 'hiring.view.panel' })}>
            {view.interviewers.map((i) => (
              <li key={i.userId}>
                <Text>
                  {intl.formatMessage(
                    { id: 'hiring.view.panelLine' },
                    {
                      name: i.name,
                      competencies: i.competencies
                        .map((k) => view.profile.competencies.find((c) => c.key === k)?.label ?? k)
                        .join(', '),
                    },
                  )}{' '}
                </Text>
                <Badge appearance="tint" color={i.submitted ? 'success' : 'informative'}>
                  {intl.formatMessage({ id: i.submitted ? 'hiring.view.submitted' : 'hiring.view.pending' })}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
      {onPanel && !view.myCard && !view.decision ? (
        <ScorecardForm spaceId={spaceId} loop={view} userId={userId} />
      ) : null}
      {view.myCard ? <CardView card={view.myCard} /> : null}
      {compact ? null : (
        <>
          {view.othersVisible ? (
            view.cards.map((card) => <CardView key={card.interviewerId} card={card} />)
          ) : (
            <Text>{intl.formatMessage({ id: onPanel ? 'hiring.view.hidden' : 'hiring.view.hiddenManager' })}</Text>
          )}
          {view.othersVisible || view.viewer === 'manager' ? (
            <Debrief spaceId={spaceId} loop={view} members={members} />
          ) : null}
        </>
      )}
    </section>
  );
}
