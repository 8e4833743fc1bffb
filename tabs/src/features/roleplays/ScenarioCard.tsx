import type { ScenarioDifficulty, ScenarioSummaryResponse } from '@coachboard/api/domain';
import { Badge, Link, makeStyles, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/en';

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
  title: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Message ids of the difficulty levels. */
export const DIFFICULTY_MESSAGES: Record<ScenarioDifficulty, MessageId> = {
  foundation: 'roleplays.scenario.difficulty.foundation',
  intermediate: 'roleplays.scenario.difficulty.intermediate',
  advanced: 'roleplays.scenario.difficulty.advanced',
};

const DIFFICULTY_COLORS: Record<ScenarioDifficulty, BadgeProps['color']> = {
  foundation: 'success',
  intermediate: 'warning',
  advanced: 'danger',
};

/** The scenario's difficulty, its source (starter, lost deal, loss theme) and whether it is archived, as badges. */
export function ScenarioBadges({
  scenario,
  size = 'medium',
}: {
  scenario: Pick<ScenarioSummaryResponse, 'difficulty' | 'source' | 'archived'>;
  size?: BadgeProps['size'];
}) {
  const intl = useIntl();
  const { difficulty, source, archived } = scenario;
  return (
    <>
      <Badge appearance="tint" color={DIFFICULTY_COLORS[difficulty]} size={size}>
        {intl.formatMessage({ id: DIFFICULTY_MESSAGES[difficulty] })}
      </Badge>
      {source.kind === 'starter' ? (
        <Badge appearance="outline" color="informative" size={size}>
          {intl.formatMessage({ id: 'roleplays.scenario.source.starter' })}
        </Badge>
      ) : null}
      {source.kind === 'lostDeal' ? (
        <Badge appearance="tint" color="important" size={size}>
          {intl.formatMessage({ id: 'roleplays.scenario.source.lostDeal' })}
        </Badge>
      ) : null}
      {source.kind === 'lossTheme' ? (
        <Badge appearance="tint" color="important" size={size}>
          {intl.formatMessage({ id: 'roleplays.scenario.source.lossTheme' }, { reason: source.reasonLabel })}
        </Badge>
      ) : null}
      {archived ? (
        <Badge appearance="tint" color="informative" size={size}>
          {intl.formatMessage({ id: 'roleplays.scenario.archived' })}
        </Badge>
      ) : null}
    </>
  );
}

const EXCERPT_MAX = 180;

/** The situation cut at a word boundary, so that a card stays a glance. */
function excerpt(text: string, max = EXCERPT_MAX): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Props of {@link ScenarioCard}. */
export interface ScenarioCardProps {
  scenario: ScenarioSummaryResponse;
  onOpen: (id: string) => void;
}

/** One scenario in the library: title, the customer, the situation in brief, skill, difficulty, length, criteria. */
export function ScenarioCard({ scenario, onOpen }: ScenarioCardProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { persona } = scenario;
  return (
    <li className={styles.card}>
      <Text as="h3" size={400} weight="semibold" className={styles.title}>
        <Link as="button" onClick={() => onOpen(scenario.id)}>
          {scenario.title}
        </Link>
      </Text>
      <div className={styles.badges}>
        <ScenarioBadges scenario={scenario} />
      </div>
      <Text as="p" className={styles.muted}>
        {intl.formatMessage(
          { id: 'roleplays.scenario.personaLine' },
          { name: persona.name, role: persona.role, company: persona.company },
        )}
      </Text>
      <Text as="p" className={styles.text}>
        {excerpt(scenario.situation)}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {[
          intl.formatMessage({ id: 'roleplays.scenario.skillLine' }, { skill: scenario.skill.label }),
          intl.formatMessage({ id: 'roleplays.scenario.roundMinutes' }, { minutes: scenario.suggestedRoundMinutes }),
          intl.formatMessage({ id: 'roleplays.scenario.objectionCount' }, { count: scenario.objectionCount }),
        ].join(' · ')}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage(
          { id: 'roleplays.scenario.criteriaLine' },
          { criteria: intl.formatList(scenario.criteria.map((c) => c.label)) },
        )}
      </Text>
    </li>
  );
}
