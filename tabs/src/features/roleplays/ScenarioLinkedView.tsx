import type { ScenarioResponse } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { LinkedContentProps } from '../linkedContent';
import { CompetencyList } from './CompetencyList';
import { withRoleplayMessages } from './RoleplayMessages';
import { ScenarioBadges } from './ScenarioCard';
import { useCompetencies, useScenario } from './queries';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  stage: { gap: tokens.spacingVerticalXL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(28rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  stageColumn: { gap: tokens.spacingVerticalM },
  stageStack: { gap: tokens.spacingVerticalXXL },
  heading: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * A scenario linked from a role-play agenda item, as everyone in the meeting may see it: the
 * customer, the situation, skill, difficulty and what observers score. The hidden objections are
 * never shown here, even to those who may read them: the stage is shared and the panel is seen by all.
 */
function ScenarioLinkedView({ spaceId, id, density }: LinkedContentProps) {
  const intl = useIntl();
  const scenario = useScenario(spaceId, id);
  if (scenario.isPending) return <LoadingState label={intl.formatMessage({ id: 'roleplays.scenario.loading' })} />;
  if (scenario.isError)
    return (
      <ErrorState
        title="roleplays.scenario.loadFailed"
        error={scenario.error}
        onRetry={() => void scenario.refetch()}
      />
    );
  return <PublicScenario scenario={scenario.data} density={density} />;
}

function PublicScenario({ scenario, density }: { scenario: ScenarioResponse; density: LinkedContentProps['density'] }) {
  const intl = useIntl();
  const styles = useStyles();
  const titleId = useId();
  const stage = density === 'stage';
  const { persona } = scenario;
  const subheading = (
    id: 'roleplays.scenario.customer' | 'roleplays.scenario.situation' | 'roleplays.scenario.criteria',
  ) => (
    <Text as="h3" size={stage ? 700 : 400} weight="semibold" className={styles.heading}>
      {intl.formatMessage({ id })}
    </Text>
  );
  const bodySize = stage ? 500 : 300;

  const customer = (
    <div className={mergeClasses(styles.column, stage && styles.stageColumn)}>
      {subheading('roleplays.scenario.customer')}
      <Text as="p" size={stage ? 600 : 300} weight="semibold" className={styles.text}>
        {intl.formatMessage(
          { id: 'roleplays.scenario.personaLine' },
          { name: persona.name, role: persona.role, company: persona.company },
        )}
      </Text>
      <Text as="p" size={bodySize} className={styles.text}>
        {intl.formatMessage({ id: 'roleplays.scenario.mood' }, { mood: persona.mood })}
      </Text>
      <ul className={styles.list} aria-label={intl.formatMessage({ id: 'roleplays.scenario.caresAbout' })}>
        {persona.caresAbout.map((care, index) => (
          <li key={index}>
            <Text size={bodySize}>{care}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
  const situation = (
    <div className={mergeClasses(styles.column, stage && styles.stageColumn)}>
      {subheading('roleplays.scenario.situation')}
      <Text as="p" size={bodySize} className={styles.text}>
        {scenario.situation}
      </Text>
    </div>
  );
  const criteria = (
    <div className={mergeClasses(styles.column, stage && styles.stageColumn)}>
      {subheading('roleplays.scenario.criteria')}
      {stage ? (
        <StageCriteria scenario={scenario} />
      ) : (
        <CompetencyList
          criteria={scenario.criteria}
          label={intl.formatMessage({ id: 'roleplays.scenario.criteria' })}
        />
      )}
    </div>
  );

  return (
    <section className={mergeClasses(styles.root, stage && styles.stage)} aria-labelledby={titleId}>
      <Text as="h2" id={titleId} size={stage ? 800 : 500} weight="semibold" className={styles.heading}>
        {scenario.title}
      </Text>
      <div className={styles.badges}>
        <ScenarioBadges scenario={scenario} size={stage ? 'extra-large' : 'medium'} />
      </div>
      <Text as="p" size={stage ? 500 : 200} className={styles.muted}>
        {[
          intl.formatMessage({ id: 'roleplays.scenario.skillLine' }, { skill: scenario.skill.label }),
          intl.formatMessage({ id: 'roleplays.scenario.roundMinutes' }, { minutes: scenario.suggestedRoundMinutes }),
        ].join(' · ')}
      </Text>
      {stage ? (
        <div className={styles.grid}>
          <div className={mergeClasses(styles.column, styles.stageStack)}>
            {situation}
            {customer}
          </div>
          {criteria}
        </div>
      ) : (
        <>
          {customer}
          {situation}
          {criteria}
        </>
      )}
    </section>
  );
}

/** On the stage each criterion comes with its meaning in this team, so observers know what to look for. */
function StageCriteria({ scenario }: { scenario: ScenarioResponse }) {
  const intl = useIntl();
  const competencies = useCompetencies(scenario.spaceId);
  return (
    <CompetencyList
      criteria={scenario.criteria}
      competencies={competencies.data?.items}
      label={intl.formatMessage({ id: 'roleplays.scenario.criteria' })}
      density="stage"
    />
  );
}

/** ScenarioLinkedView with the role-play texts, which load with it. */
export default withRoleplayMessages(ScenarioLinkedView);
