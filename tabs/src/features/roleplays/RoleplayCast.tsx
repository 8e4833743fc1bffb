import { DIFFICULTY_LABELS, type RoleplayResponse } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';

/** The public part of a role-play: everything but the customer's brief, so it cannot be rendered here. */
export type PublicRoleplay = Pick<RoleplayResponse, 'scenario' | 'rep' | 'customer' | 'observers'>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  stageList: { gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  part: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: 0, whiteSpace: 'pre-wrap' },
  facts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  cares: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const STAGE_TEXT = 600;
const PANEL_TEXT = 300;

/** Props of {@link RoleplayCast}. */
export interface RoleplayCastProps {
  roleplay: PublicRoleplay;
  /** `stage` is read from across a room. @default 'panel' */
  density?: 'panel' | 'stage';
}

/** Who plays what: the rep, the customer (and the persona they play), each observer with their criterion. */
export function RoleplayCast({ roleplay, density = 'panel' }: RoleplayCastProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const size = density === 'stage' ? STAGE_TEXT : PANEL_TEXT;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={density === 'stage' ? 700 : 400} className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.stage.cast' })}
      </Text>
      <ul className={mergeClasses(styles.list, density === 'stage' && styles.stageList)}>
        <li className={styles.item}>
          <Text size={size} className={styles.part}>
            {intl.formatMessage({ id: 'roleplays.stage.rep' })}
          </Text>
          <Text size={size}>{roleplay.rep.name}</Text>
        </li>
        <li className={styles.item}>
          <Text size={size} className={styles.part}>
            {intl.formatMessage({ id: 'roleplays.stage.customer' })}
          </Text>
          <Text size={size}>
            {intl.formatMessage(
              { id: 'roleplays.stage.customerPlays' },
              { name: roleplay.customer.name, persona: roleplay.scenario.persona.name },
            )}
          </Text>
        </li>
        {roleplay.observers.map((observer) => (
          <li key={observer.userId} className={styles.item}>
            <Text size={size} className={styles.part}>
              {intl.formatMessage({ id: 'roleplays.stage.observer' })}
            </Text>
            <Text size={size}>
              {intl.formatMessage(
                { id: 'roleplays.stage.observerLine' },
                { name: observer.name, criterion: observer.criterionLabel },
              )}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Props of {@link ScenarioPublicBrief}. */
export interface ScenarioPublicBriefProps {
  scenario: RoleplayResponse['scenario'];
  /** `stage` is read from across a room. @default 'panel' */
  density?: 'panel' | 'stage';
  /** Shows skill and difficulty (the stage does; the panel's header already says enough). @default false */
  withFacts?: boolean;
}

/** What everyone may know: the persona (who, mood, what they care about) and the situation the rep is told. */
export function ScenarioPublicBrief({ scenario, density = 'panel', withFacts = false }: ScenarioPublicBriefProps) {
  const intl = useIntl();
  const styles = useStyles();
  const personaId = useId();
  const situationId = useId();
  const size = density === 'stage' ? STAGE_TEXT : PANEL_TEXT;
  const headingSize = density === 'stage' ? 700 : 400;
  const { persona } = scenario;
  return (
    <>
      {withFacts ? (
        <div className={styles.facts}>
          <Text size={size}>
            {intl.formatMessage({ id: 'roleplays.stage.skill' }, { skill: scenario.skill.label })}
          </Text>
          <Text size={size}>
            {intl.formatMessage(
              { id: 'roleplays.stage.difficulty' },
              { difficulty: DIFFICULTY_LABELS[scenario.difficulty] },
            )}
          </Text>
        </div>
      ) : null}
      <section className={styles.root} aria-labelledby={personaId}>
        <Text as="h3" id={personaId} weight="semibold" size={headingSize} className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.run.persona' })}
        </Text>
        <Text as="p" size={size} className={styles.paragraph}>
          {intl.formatMessage(
            { id: 'roleplays.run.personaLine' },
            { name: persona.name, role: persona.role, company: persona.company },
          )}
        </Text>
        <Text as="p" size={size} className={styles.paragraph}>
          {intl.formatMessage({ id: 'roleplays.run.mood' }, { mood: persona.mood })}
        </Text>
        {persona.caresAbout.length > 0 ? (
          <>
            <Text size={size} className={styles.part}>
              {intl.formatMessage({ id: 'roleplays.run.caresAbout' })}
            </Text>
            <ul className={styles.cares}>
              {persona.caresAbout.map((item, i) => (
                <li key={i}>
                  <Text size={size}>{item}</Text>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section className={styles.root} aria-labelledby={situationId}>
        <Text as="h3" id={situationId} weight="semibold" size={headingSize} className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.run.situation' })}
        </Text>
        <Text as="p" size={size} className={styles.paragraph}>
          {scenario.situation}
        </Text>
      </section>
    </>
  );
}
