import { selfAssessmentRoundProblem, type RoleplayResponse, type SelfAssessmentBody } from '@coachboard/api/domain';
import { Button, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { addMissingBehaviour, BehaviourFields, SendProblems, useFeedbackFormStyles } from './BehaviourFields';
import { RatingField } from './RatingField';
import {
  conflictDetail,
  filledItems,
  formatRating,
  headingTag,
  rowPathOf,
  serverIssues,
  type HeadingLevel,
} from './feedbackForm';
import { useSelfAssess } from './mutations';
import { useDebrief } from './queries';
import { useDraftCheck } from './useDraftCheck';

/** Props of {@link SelfAssessmentForm}. */
export interface SelfAssessmentFormProps {
  roleplay: RoleplayResponse;
  /** The round that is over and being assessed. */
  round: number;
  /** Level of the form's heading. @default 4 (under the role-play's title in the side panel) */
  headingLevel?: HeadingLevel;
}

/** What the rep is writing: a rating per criterion key and the rows of each list as typed. */
interface SelfDraft {
  ratings: Record<string, number>;
  strengths: string[];
  developments: string[];
}

/**
 * The rep's own assessment of a round that is over, before reading any feedback: a rating per
 * criterion (with anchors), strengths and development points. Once sent it stays as written and the
 * observers' feedback for the round appears in the debrief. Renders nothing for anyone but the rep.
 */
export function SelfAssessmentForm({ roleplay, round, headingLevel = 4 }: SelfAssessmentFormProps) {
  if (roleplay.myRole !== 'rep') return null;
  return (
    <SelfAssessment key={`${roleplay.id}/${round}`} roleplay={roleplay} round={round} headingLevel={headingLevel} />
  );
}

function SelfAssessment({ roleplay, round, headingLevel }: Required<SelfAssessmentFormProps>) {
  const intl = useIntl();
  const styles = useFeedbackFormStyles();
  const headingId = useId();
  const findingsId = useId();
  const debrief = useDebrief(roleplay.spaceId, roleplay.id);
  const assess = useSelfAssess(roleplay.spaceId, roleplay.id);
  const [draft, setDraft] = useState<SelfDraft>({ ratings: {}, strengths: [''], developments: [''] });
  const [touched, setTouched] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const check = useDraftCheck(
    roleplay.spaceId,
    { kind: 'selfAssessment', strengths: draft.strengths, developments: draft.developments },
    touched,
  );

  const heading = (id: 'roleplays.self.heading' | 'roleplays.self.doneHeading') => (
    <Text as={headingTag(headingLevel)} id={headingId} size={400} weight="semibold" className={styles.heading}>
      {intl.formatMessage({ id }, { round })}
    </Text>
  );

  if (selfAssessmentRoundProblem(roleplay, round)) {
    return (
      <section className={styles.form} aria-labelledby={headingId}>
        {heading('roleplays.self.heading')}
        <Text as="p" className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.self.notOver' }, { round })}
        </Text>
      </section>
    );
  }
  if (debrief.isPending) return <LoadingState label={intl.formatMessage({ id: 'roleplays.self.loading' })} />;
  if (debrief.isError)
    return (
      <ErrorState title="roleplays.self.loadFailed" error={debrief.error} onRetry={() => void debrief.refetch()} />
    );

  const done = debrief.data.rounds.find((r) => r.round === round)?.selfAssessment;
  if (done) {
    return (
      <section className={styles.form} aria-labelledby={headingId}>
        {heading('roleplays.self.doneHeading')}
        <Notice intent="success">{intl.formatMessage({ id: 'roleplays.self.done' }, { round })}</Notice>
        <ul className={styles.items}>
          {done.ratings.map((r) => (
            <li key={r.criterion}>
              {intl.formatMessage(
                { id: 'roleplays.self.ratingDone' },
                {
                  criterion: roleplay.criteria.find((c) => c.key === r.criterion)?.label ?? r.criterion,
                  rating: formatRating(intl, r.rating),
                },
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const change = (patch: Partial<SelfDraft>) => {
    setDraft({ ...draft, ...patch });
    setTouched(true);
    if (!assess.isPending) assess.reset();
  };

  const missing = new Map<string, string>();
  for (const c of roleplay.criteria) {
    if (draft.ratings[c.key] === undefined)
      missing.set(`rating.${c.key}`, intl.formatMessage({ id: 'roleplays.self.needRating' }, { criterion: c.label }));
  }
  addMissingBehaviour(intl, draft, missing);

  // The body rates the criteria in their order, so `ratings.1` is the second criterion.
  const fromServer = serverIssues(assess.error, (path) => {
    const rated = /^ratings\.(\d+)/.exec(path);
    const key = rated ? roleplay.criteria[Number(rated[1])]?.key : undefined;
    return key ? `rating.${key}` : rowPathOf(draft, path);
  });
  const messages = new Map([...(attempted ? missing : []), ...fromServer]);

  const submit = () => {
    setAttempted(true);
    if (missing.size > 0) return;
    const body: SelfAssessmentBody = {
      round,
      ratings: roleplay.criteria.map((c) => ({ criterion: c.key, rating: draft.ratings[c.key] ?? 0 })),
      strengths: filledItems(draft.strengths),
      developments: filledItems(draft.developments),
    };
    assess.mutate(body, {
      onError: (error) => {
        // Assessed already (on another device): show that assessment.
        if (conflictDetail(error) !== null) void debrief.refetch();
      },
    });
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
      {heading('roleplays.self.heading')}
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage({ id: 'roleplays.self.intro' })}
      </Text>
      {roleplay.criteria.map((c) => (
        <RatingField
          key={c.key}
          legend={intl.formatMessage({ id: 'roleplays.self.ratingLegend' }, { criterion: c.label })}
          description={c.description}
          anchors={c.anchors}
          value={draft.ratings[c.key] ?? null}
          onChange={(rating) => change({ ratings: { ...draft.ratings, [c.key]: rating } })}
          error={messages.get(`rating.${c.key}`)}
        />
      ))}
      <BehaviourFields
        voice="self"
        draft={draft}
        onChange={change}
        messages={messages}
        findingsId={findingsId}
        findings={check.findings}
      />
      <SendProblems
        error={assess.error}
        fromServer={fromServer}
        fieldPaths={/^(?:rating\.\w+|(?:strengths|developments)(?:\.\d+)?)$/}
        serverIssuesText="roleplays.self.serverIssues"
        missingOnSend={attempted && missing.size > 0}
      />
      <Button
        type="submit"
        appearance="primary"
        className={styles.submit}
        disabled={assess.isPending || assess.isSuccess}
        aria-describedby={check.findings.length > 0 ? findingsId : undefined}
      >
        {intl.formatMessage({ id: assess.isPending ? 'roleplays.self.saving' : 'roleplays.self.submit' })}
      </Button>
    </form>
  );
}
