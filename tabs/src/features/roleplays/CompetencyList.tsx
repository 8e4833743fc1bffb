import type { Competency } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  stage: { gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link CompetencyList}. */
export interface CompetencyListProps {
  /** The criteria a scenario is scored on, as the scenario names them. */
  criteria: readonly { key: string; label: string }[];
  /** The space's competency list, for each criterion's description; without it only the labels show. */
  competencies?: readonly Pick<Competency, 'key' | 'description'>[];
  /** The list's accessible name. */
  label: string;
  /** `stage` is read from across a room. @default 'regular' */
  density?: 'regular' | 'stage';
}

/** The criteria observers score, each with what it means in this team (its competency description). */
export function CompetencyList({ criteria, competencies, label, density = 'regular' }: CompetencyListProps) {
  const intl = useIntl();
  const styles = useStyles();
  const stage = density === 'stage';
  return (
    <ul className={mergeClasses(styles.list, stage && styles.stage)} aria-label={label}>
      {criteria.map((criterion) => {
        const description = competencies
          ? (competencies.find((c) => c.key === criterion.key)?.description ??
            intl.formatMessage({ id: 'roleplays.scenario.noCompetency' }))
          : '';
        return (
          <li key={criterion.key} className={styles.item}>
            <Text size={stage ? 600 : 300} weight="semibold">
              {criterion.label}
            </Text>
            {description ? (
              <Text size={stage ? 500 : 300} className={styles.muted}>
                {description}
              </Text>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
