import { BoardLevel, StakeholderStance, type RelationshipMapResponse } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { optionLabel } from './cardFields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    verticalAlign: 'top',
    textAlign: 'start',
    color: tokens.colorNeutralForeground1,
  },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  keyRisk: { backgroundColor: tokens.colorStatusDangerBackground1 },
  keyAlly: { backgroundColor: tokens.colorStatusSuccessBackground1 },
  names: { listStyleType: 'none', margin: 0, padding: 0 },
  stage: { fontSize: tokens.fontSizeBase400 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Props of {@link RelationshipMap}. */
export interface RelationshipMapProps {
  map: RelationshipMapResponse;
  /** `list` alone fits the side panel; `grid` is the influence × stance table. @default 'grid' */
  layout?: 'grid' | 'list';
  /** Larger type for the meeting stage. */
  big?: boolean;
  /** @default 3 */
  headingLevel?: 2 | 3;
}

const INFLUENCE_ROWS = [...BoardLevel.options].reverse();

/**
 * Stakeholders on an influence × stance grid, as a table (rows: influence, columns: stance), so a
 * screen reader reads the same map; high-influence people who are not for us are marked key risks.
 */
export function RelationshipMap({ map, layout = 'grid', big = false, headingLevel = 3 }: RelationshipMapProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const roles = (role: (typeof map.points)[number]['role']) => optionLabel(intl, role);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as={`h${headingLevel}`} id={headingId} size={big ? 700 : 500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'boards.map.heading' })}
      </Text>
      {map.points.length === 0 ? (
        <Text className={styles.muted}>{intl.formatMessage({ id: 'boards.map.empty' })}</Text>
      ) : layout === 'list' ? (
        <ul className={styles.list}>
          {map.points.map((p) => (
            <li key={p.cardId}>
              <Text>
                {intl.formatMessage(
                  { id: 'boards.map.listItem' },
                  {
                    name: p.name,
                    role: roles(p.role),
                    influence: optionLabel(intl, p.influence),
                    stance: optionLabel(intl, p.stance),
                    quadrant: intl.formatMessage({ id: `boards.quadrant.${p.quadrant}` }),
                  },
                )}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <div className={styles.scroll}>
          <table className={mergeClasses(styles.table, big && styles.stage)}>
            <caption className={styles.muted}>{intl.formatMessage({ id: 'boards.map.description' })}</caption>
            <thead>
              <tr>
                <td className={mergeClasses(styles.cell, styles.header)} />
                {StakeholderStance.options.map((stance) => (
                  <th key={stance} scope="col" className={mergeClasses(styles.cell, styles.header)}>
                    {optionLabel(intl, stance)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {INFLUENCE_ROWS.map((level) => (
                <tr key={level}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.header)}>
                    {intl.formatMessage({ id: 'boards.map.influence' }, { level: optionLabel(intl, level) })}
                  </th>
                  {StakeholderStance.options.map((stance) => {
                    const here = map.points.filter((p) => p.influence === level && p.stance === stance);
                    const quadrant = here[0]?.quadrant;
                    return (
                      <td
                        key={stance}
                        className={mergeClasses(
                          styles.cell,
                          quadrant === 'keyRisk' && styles.keyRisk,
                          quadrant === 'keyAlly' && styles.keyAlly,
                        )}
                      >
                        {here.length > 0 ? (
                          <ul className={styles.names}>
                            {here.map((p) => (
                              <li key={p.cardId}>
                                {intl.formatMessage({ id: 'boards.map.person' }, { name: p.name, role: roles(p.role) })}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {map.missingRoles.length > 0 ? (
        <Text className={styles.muted}>
          {intl.formatMessage(
            { id: 'boards.map.missingRoles' },
            { roles: map.missingRoles.map((role) => optionLabel(intl, role)).join(', ') },
          )}
        </Text>
      ) : null}
    </section>
  );
}
