import { ROLEPLAY_LIMITS, type RoleplayDebriefResponse, type RoleplayResponse } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { CoachingQuestionActions, CoachingQuestionForm } from './CoachingQuestionForm';
import { NextStepForm } from './NextStepForm';
import { formatRating, headingTag, type HeadingLevel } from './feedbackForm';
import { useDebrief } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  stage: { gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  text: { margin: 0, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  criteria: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  criteriaStage: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  cardStage: {
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXL,
  },
  observer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  withheld: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  questions: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  question: { overflowWrap: 'anywhere' },
});

/** Props of {@link DebriefView}. */
export interface DebriefViewProps {
  roleplay: RoleplayResponse;
  /** `stage` is read from across a room; `panel` fits the 280–320 px side panel. */
  density: 'stage' | 'panel';
  /**
   * Level of the "Debrief" heading; its sections go one and two levels deeper.
   * @default 3 on the stage (under the scenario's title), 4 in the panel (under the role-play's title)
   */
  headingLevel?: HeadingLevel;
}

type Density = DebriefViewProps['density'];
type Round = RoleplayDebriefResponse['rounds'][number];
type Access = RoleplayDebriefResponse['access'];

/** Text sizes per density: the stage is read from across a room. */
const SIZES = {
  stage: { heading: 800, subheading: 700, title: 600, body: 500, small: 400 },
  panel: { heading: 500, subheading: 400, title: 300, body: 300, small: 200 },
} as const;

/**
 * The debrief as the signed-in person may see it (the API decides): per criterion the rep's self
 * rating next to the observers' ratings, strengths and development points; the manager's coaching
 * questions; the rep's chosen next step. The rep reads feedback only after assessing themselves.
 * At `panel` density managers ask questions and the rep chooses the next step; `stage` is read-only.
 */
export function DebriefView({ roleplay, density, headingLevel }: DebriefViewProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const debrief = useDebrief(roleplay.spaceId, roleplay.id, { live: roleplay.status !== 'closed' });
  const size = SIZES[density];
  const level = headingLevel ?? (density === 'stage' ? 3 : 4);

  let content;
  if (debrief.isPending) content = <LoadingState label={intl.formatMessage({ id: 'roleplays.debrief.loading' })} />;
  else if (debrief.isError)
    content = (
      <ErrorState title="roleplays.debrief.failed" error={debrief.error} onRetry={() => void debrief.refetch()} />
    );
  else content = <DebriefContent roleplay={roleplay} debrief={debrief.data} density={density} level={level} />;

  return (
    <section className={mergeClasses(styles.root, density === 'stage' && styles.stage)} aria-labelledby={headingId}>
      <Text as={headingTag(level)} id={headingId} size={size.heading} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.debrief.heading' })}
      </Text>
      <Text as="p" size={size.small} className={styles.muted}>
        {intl.formatMessage(
          { id: 'roleplays.debrief.subtitle' },
          { title: roleplay.scenario.title, rep: roleplay.rep.name },
        )}
      </Text>
      {content}
    </section>
  );
}

function DebriefContent({
  roleplay,
  debrief,
  density,
  level,
}: {
  roleplay: RoleplayResponse;
  debrief: RoleplayDebriefResponse;
  density: Density;
  level: number;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const size = SIZES[density];
  const { access } = debrief;
  // The stage shows the round being talked about: the latest one.
  const rounds = density === 'stage' ? debrief.rounds.slice(-1) : [...debrief.rounds].reverse();
  const cardsShown = rounds.some((r) => r.criteria.length > 0);

  return (
    <>
      {access === 'none' ? (
        <Text as="p" size={size.body} className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.debrief.private' }, { rep: debrief.rep.name })}
        </Text>
      ) : null}
      {access === 'observer' && !cardsShown ? (
        <Text as="p" size={size.body} className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.debrief.noCards' })}
        </Text>
      ) : null}
      {access !== 'none'
        ? rounds
            .filter((r) => access !== 'observer' || r.criteria.length > 0)
            .map((r) => (
              <RoundView
                key={r.round}
                round={r}
                rounds={roleplay.rounds}
                access={access}
                repName={debrief.rep.name}
                density={density}
                level={level + 1}
              />
            ))
        : null}
      <Questions roleplay={roleplay} debrief={debrief} density={density} level={level + 1} />
      {access === 'rep' || access === 'manager' ? (
        <NextStep roleplay={roleplay} debrief={debrief} density={density} level={level + 1} />
      ) : null}
    </>
  );
}

/** One round: the withheld note for a rep who has not assessed it, else the criteria side by side. */
function RoundView({
  round,
  rounds,
  access,
  repName,
  density,
  level,
}: {
  round: Round;
  rounds: number;
  access: Access;
  repName: string;
  density: Density;
  /** Of the round's heading; the criteria sit one level deeper. */
  level: number;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const size = SIZES[density];
  const stage = density === 'stage';
  const withheld = access === 'rep' && round.selfAssessment === null;
  const showsSelf = access === 'rep' || access === 'manager';
  const self = round.selfAssessment;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as={headingTag(level)} id={headingId} size={size.subheading} weight="semibold" className={styles.heading}>
        {intl.formatMessage(
          { id: access === 'observer' ? 'roleplays.debrief.yourCards' : 'roleplays.debrief.round' },
          { round: round.round, rounds },
        )}
      </Text>
      {withheld ? (
        <div className={styles.withheld}>
          <Text as="p" size={size.body} weight="semibold" className={styles.text}>
            {intl.formatMessage({ id: 'roleplays.debrief.withheld' })}
          </Text>
          {round.feedbackWithheld ? (
            <Text as="p" size={size.small} className={styles.text}>
              {intl.formatMessage({ id: 'roleplays.debrief.waiting' })}
            </Text>
          ) : null}
        </div>
      ) : (
        <ul className={mergeClasses(styles.criteria, stage && styles.criteriaStage)}>
          {round.criteria.map((c) => (
            <li key={c.criterion} className={mergeClasses(styles.card, stage && styles.cardStage)}>
              <Text as={headingTag(level + 1)} size={size.title} weight="semibold" className={styles.heading}>
                {c.label}
              </Text>
              {showsSelf ? (
                <Text as="p" size={size.body} className={styles.text}>
                  {c.selfRating !== null
                    ? intl.formatMessage({ id: 'roleplays.debrief.self' }, { rating: formatRating(intl, c.selfRating) })
                    : intl.formatMessage({ id: 'roleplays.debrief.selfNone' })}
                </Text>
              ) : null}
              {c.feedback.length === 0 ? (
                <Text as="p" size={size.body} className={styles.muted}>
                  {intl.formatMessage({ id: 'roleplays.debrief.noFeedback' })}
                </Text>
              ) : (
                c.feedback.map((f) => (
                  <div key={f.observer.userId} className={styles.observer}>
                    <Text as="p" size={size.body} weight="semibold" className={styles.text}>
                      {intl.formatMessage(
                        { id: 'roleplays.debrief.observerRating' },
                        { observer: f.observer.name, rating: formatRating(intl, f.rating) },
                      )}
                    </Text>
                    <Items label="roleplays.debrief.strengths" items={f.strengths} density={density} />
                    <Items label="roleplays.debrief.developments" items={f.developments} density={density} />
                  </div>
                ))
              )}
            </li>
          ))}
        </ul>
      )}
      {showsSelf && self ? (
        <div className={mergeClasses(styles.card, stage && styles.cardStage)}>
          <Text as={headingTag(level + 1)} size={size.title} weight="semibold" className={styles.heading}>
            {access === 'rep'
              ? intl.formatMessage({ id: 'roleplays.debrief.ownWords.rep' })
              : intl.formatMessage({ id: 'roleplays.debrief.ownWords.manager' }, { rep: repName })}
          </Text>
          <Items label="roleplays.debrief.strengths" items={self.strengths} density={density} />
          <Items label="roleplays.debrief.developments" items={self.developments} density={density} />
        </div>
      ) : null}
    </section>
  );
}

/** Strengths or development points, named by a label the list points at. */
function Items({
  label,
  items,
  density,
}: {
  label: 'roleplays.debrief.strengths' | 'roleplays.debrief.developments';
  items: readonly string[];
  density: Density;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const labelId = useId();
  if (items.length === 0) return null;
  const size = SIZES[density];
  return (
    <>
      <Text as="p" id={labelId} size={size.small} weight="semibold" className={styles.muted}>
        {intl.formatMessage({ id: label })}
      </Text>
      <ul className={styles.items} aria-labelledby={labelId}>
        {items.map((item, i) => (
          <li key={i}>
            <Text size={size.body}>{item}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The coaching questions, and for managers at the panel the form to ask one. */
function Questions({
  roleplay,
  debrief,
  density,
  level,
}: {
  roleplay: RoleplayResponse;
  debrief: RoleplayDebriefResponse;
  density: Density;
  level: number;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const size = SIZES[density];
  const questions = debrief.coachingQuestions;
  const coaching = roleplay.canCoach && density === 'panel';
  const open = debrief.status === 'roundEnded' || debrief.status === 'debrief';
  const full = questions.length >= ROLEPLAY_LIMITS.coachingQuestionsMax;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as={headingTag(level)} id={headingId} size={size.subheading} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.debrief.questions' })}
      </Text>
      {questions.length === 0 ? (
        <Text as="p" size={size.body} className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.debrief.noQuestions' })}
        </Text>
      ) : (
        <ol className={styles.questions} aria-labelledby={headingId}>
          {questions.map((q) => (
            <li key={q.id} className={styles.question}>
              <Text size={density === 'stage' ? size.title : size.body} weight="semibold">
                {q.text}
              </Text>{' '}
              <Text size={size.small} className={styles.muted}>
                {intl.formatMessage({ id: 'roleplays.debrief.askedBy' }, { name: q.askedBy.name })}
              </Text>
              {coaching && open ? (
                <CoachingQuestionActions spaceId={roleplay.spaceId} roleplayId={roleplay.id} question={q} />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {coaching && open && !full ? (
        <CoachingQuestionForm spaceId={roleplay.spaceId} roleplayId={roleplay.id} repName={debrief.rep.name} />
      ) : null}
      {coaching && open && full ? (
        <Text as="p" size={size.small} className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.debrief.ask.full' }, { max: ROLEPLAY_LIMITS.coachingQuestionsMax })}
        </Text>
      ) : null}
      {coaching && (debrief.status === 'setup' || debrief.status === 'running') ? (
        <Text as="p" size={size.small} className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.debrief.ask.notYet' })}
        </Text>
      ) : null}
    </section>
  );
}

/** The rep's chosen next step; at the panel the rep chooses or changes it. */
function NextStep({
  roleplay,
  debrief,
  density,
  level,
}: {
  roleplay: RoleplayResponse;
  debrief: RoleplayDebriefResponse;
  density: Density;
  level: number;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const size = SIZES[density];
  const step = debrief.nextStep;
  const isRep = debrief.access === 'rep';
  const choosing = isRep && density === 'panel';
  const open = debrief.status === 'debrief' || debrief.status === 'closed';
  const criterion = step?.criterion
    ? (roleplay.criteria.find((c) => c.key === step.criterion)?.label ?? step.criterion)
    : null;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as={headingTag(level)} id={headingId} size={size.subheading} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: isRep ? 'roleplays.debrief.nextStep.mine' : 'roleplays.debrief.nextStep' })}
      </Text>
      {step ? (
        <div className={styles.card}>
          <Text as="p" size={density === 'stage' ? size.title : size.body} weight="semibold" className={styles.text}>
            {step.text}
          </Text>
          {criterion ? (
            <Text as="p" size={size.small} className={styles.muted}>
              {intl.formatMessage({ id: 'roleplays.debrief.nextStep.criterion' }, { criterion })}
            </Text>
          ) : null}
          {step.dueDate ? (
            <Text as="p" size={size.small} className={styles.muted}>
              {intl.formatMessage(
                { id: 'roleplays.debrief.nextStep.due' },
                { date: intl.formatDate(`${step.dueDate}T00:00:00`, { dateStyle: 'medium' }) },
              )}
            </Text>
          ) : null}
        </div>
      ) : (
        <Text as="p" size={size.body} className={styles.muted}>
          {isRep
            ? intl.formatMessage({ id: 'roleplays.debrief.nextStep.noneMine' })
            : intl.formatMessage({ id: 'roleplays.debrief.nextStep.none' }, { rep: debrief.rep.name })}
        </Text>
      )}
      {choosing && open ? (
        <NextStepForm spaceId={roleplay.spaceId} roleplayId={roleplay.id} criteria={roleplay.criteria} current={step} />
      ) : null}
      {choosing && !open ? (
        <Text as="p" size={size.small} className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.debrief.nextStep.notYet' })}
        </Text>
      ) : null}
    </section>
  );
}
