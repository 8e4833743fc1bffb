import { feedbackRoundProblem, type RoleplayFeedbackBody, type RoleplayResponse } from '@coachboard/api/domain';
import { Button, Spinner, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { useTeams } from '../../teams/context';
import { addMissingBehaviour, BehaviourFields, SendProblems, useFeedbackFormStyles } from './BehaviourFields';
import { RatingField } from './RatingField';
import { filledItems, formatRating, headingTag, rowPathOf, serverIssues, type HeadingLevel } from './feedbackForm';
import { usePutFeedback } from './mutations';
import { useDebrief } from './queries';
import { useDraftCheck } from './useDraftCheck';

/** Props of {@link ObserverScorecard}. */
export interface ObserverScorecardProps {
  roleplay: RoleplayResponse;
  /** The round being scored (the current or last played one). */
  round: number;
  /** Level of the scorecard's heading. @default 4 (under the role-play's title in the side panel) */
  headingLevel?: HeadingLevel;
}

/** What an observer is writing: a rating and the rows of each list as typed. */
interface ScoreDraft {
  rating: number | null;
  strengths: string[];
  developments: string[];
}

const EMPTY: ScoreDraft = { rating: null, strengths: [''], developments: [''] };

/**
 * An observer's scorecard for their focus criterion, sized for the side panel: a rating with
 * behavioural anchors, at least one strength and one development point written as observed
 * behaviour (checked as they type), sent for the round. Sending again replaces the card. Renders
 * nothing for anyone but the role-play's observers.
 */
export function ObserverScorecard({ roleplay, round, headingLevel = 4 }: ObserverScorecardProps) {
  if (roleplay.myRole !== 'observer' || !roleplay.myCriterion) return null;
  return (
    <Scorecard
      key={`${roleplay.id}/${round}`}
      roleplay={roleplay}
      round={round}
      criterionKey={roleplay.myCriterion}
      headingLevel={headingLevel}
    />
  );
}

function Scorecard({
  roleplay,
  round,
  criterionKey,
  headingLevel,
}: Required<ObserverScorecardProps> & { criterionKey: string }) {
  const intl = useIntl();
  const styles = useFeedbackFormStyles();
  const { info } = useTeams();
  const headingId = useId();
  const findingsId = useId();
  const criterion = roleplay.criteria.find((c) => c.key === criterionKey);
  const criterionLabel =
    criterion?.label ?? roleplay.observers.find((o) => o.criterion === criterionKey)?.criterionLabel ?? criterionKey;

  const debrief = useDebrief(roleplay.spaceId, roleplay.id);
  // An observer gets only their own cards; a manager who observes gets everyone's and picks theirs.
  const access = debrief.data?.access;
  const mine = debrief.data?.rounds
    .find((r) => r.round === round)
    ?.criteria.find((c) => c.criterion === criterionKey)
    ?.feedback.find((f) => access === 'observer' || f.observer.userId === info.user?.id);
  const saved: ScoreDraft | null = mine
    ? {
        rating: mine.rating,
        strengths: mine.strengths.length > 0 ? mine.strengths : [''],
        developments: mine.developments.length > 0 ? mine.developments : [''],
      }
    : null;

  const [edited, setEdited] = useState<ScoreDraft | null>(null);
  const [attempted, setAttempted] = useState(false);
  const draft = edited ?? saved ?? EMPTY;
  const put = usePutFeedback(roleplay.spaceId, roleplay.id);
  const check = useDraftCheck(
    roleplay.spaceId,
    { kind: 'feedback', strengths: draft.strengths, developments: draft.developments },
    edited !== null,
  );

  const change = (patch: Partial<ScoreDraft>) => {
    setEdited({ ...draft, ...patch });
    if (!put.isPending) put.reset();
  };

  const missing = new Map<string, string>();
  if (draft.rating === null) missing.set('rating', intl.formatMessage({ id: 'roleplays.feedback.needRating' }));
  addMissingBehaviour(intl, draft, missing);
  const fromServer = serverIssues(put.error, (path) => rowPathOf(draft, path));
  const messages = new Map([...(attempted ? missing : []), ...fromServer]);

  const problem = feedbackRoundProblem(roleplay, round);
  if (problem) {
    return (
      <section className={styles.form} aria-labelledby={headingId}>
        <Text as={headingTag(headingLevel)} id={headingId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.feedback.heading' }, { criterion: criterionLabel })}
        </Text>
        <Text as="p" className={styles.muted}>
          {roleplay.status === 'closed'
            ? intl.formatMessage({ id: 'roleplays.feedback.closed' })
            : intl.formatMessage({ id: 'roleplays.feedback.notStarted' }, { round })}
        </Text>
        {saved?.rating ? <SavedCard card={saved} level={headingLevel + 1} /> : null}
      </section>
    );
  }

  const submit = () => {
    setAttempted(true);
    if (missing.size > 0 || draft.rating === null) return;
    const body: RoleplayFeedbackBody = {
      round,
      rating: draft.rating,
      strengths: filledItems(draft.strengths),
      developments: filledItems(draft.developments),
    };
    put.mutate(body);
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Text as={headingTag(headingLevel)} id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.feedback.heading' }, { criterion: criterionLabel })}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage(
          { id: 'roleplays.feedback.round' },
          { round, rounds: roleplay.rounds, rep: roleplay.rep.name },
        )}
      </Text>
      {debrief.isPending ? (
        <Spinner size="tiny" label={intl.formatMessage({ id: 'roleplays.feedback.loading' })} />
      ) : null}
      <RatingField
        legend={intl.formatMessage({ id: 'roleplays.feedback.ratingLegend' }, { criterion: criterionLabel })}
        description={criterion?.description}
        anchors={criterion?.anchors ?? []}
        value={draft.rating}
        onChange={(rating) => change({ rating })}
        error={messages.get('rating')}
      />
      <BehaviourFields
        voice="observer"
        draft={draft}
        onChange={change}
        messages={messages}
        findingsId={findingsId}
        findings={check.findings}
      />
      <SendProblems
        error={put.error}
        fromServer={fromServer}
        fieldPaths={/^(?:rating|(?:strengths|developments)(?:\.\d+)?)$/}
        serverIssuesText="roleplays.feedback.serverIssues"
        missingOnSend={attempted && missing.size > 0}
      />
      {put.isSuccess ? (
        <Notice intent="success">{intl.formatMessage({ id: 'roleplays.feedback.saved' }, { round })}</Notice>
      ) : null}
      <Button
        type="submit"
        appearance="primary"
        className={styles.submit}
        disabled={put.isPending}
        aria-describedby={check.findings.length > 0 ? findingsId : undefined}
      >
        {intl.formatMessage({
          id: put.isPending
            ? 'roleplays.feedback.saving'
            : saved
              ? 'roleplays.feedback.update'
              : 'roleplays.feedback.submit',
        })}
      </Button>
    </form>
  );
}

/** A scorecard as sent, once it can no longer change. */
function SavedCard({ card, level }: { card: ScoreDraft; level: number }) {
  const intl = useIntl();
  const styles = useFeedbackFormStyles();
  return (
    <>
      {card.rating !== null ? (
        <Text as="p">
          {intl.formatMessage({ id: 'roleplays.feedback.yourRating' }, { rating: formatRating(intl, card.rating) })}
        </Text>
      ) : null}
      <Text as={headingTag(level)} size={300} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.feedback.strengthsLegend' })}
      </Text>
      <ul className={styles.items}>
        {filledItems(card.strengths).map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <Text as={headingTag(level)} size={300} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.feedback.developmentsLegend' })}
      </Text>
      <ul className={styles.items}>
        {filledItems(card.developments).map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </>
  );
}
