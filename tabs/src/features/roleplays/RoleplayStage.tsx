import type { RoleplayResponse } from '@coachboard/api/domain';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { DebriefView } from './DebriefView';
import { RoleplayCast, ScenarioPublicBrief, type PublicRoleplay } from './RoleplayCast';
import { RoleplayClock } from './RoleplayClock';
import { withRoleplayMessages } from './RoleplayMessages';
import { useRoleplay } from './queries';
import { withLiveState } from './runQueries';
import { useRoleplayState } from './useRoleplayState';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  round: { color: tokens.colorNeutralForeground2 },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(24rem, 1fr))',
    gap: tokens.spacingHorizontalXXXL,
    alignItems: 'start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

/** Props of {@link RoleplayStage}. */
export interface RoleplayStageProps {
  spaceId: string;
  roleplayId: string;
}

/**
 * A role-play on the meeting stage, read from across a room: the scenario, who plays what, the round
 * and a very large timer (the same server clock as every side panel); the debrief once it begins.
 * The stage is everyone's screen, so the customer's private brief is dropped before anything renders,
 * even when the customer's own account opened the stage.
 */
function RoleplayStage({ spaceId, roleplayId }: RoleplayStageProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const detail = useRoleplay(spaceId, roleplayId);
  const live = useRoleplayState(spaceId, roleplayId);

  if (detail.isError) return <Notice intent="error">{intl.formatMessage({ id: 'roleplays.stage.failed' })}</Notice>;
  if (!detail.data) return <Spinner size="large" label={intl.formatMessage({ id: 'roleplays.stage.loading' })} />;

  const roleplay: RoleplayResponse = { ...withLiveState(detail.data, live.state), customerBrief: null };
  const publicPart: PublicRoleplay = roleplay;
  const { status, round, rounds } = roleplay;
  const debrief = status === 'debrief' || status === 'closed';

  return (
    <section className={styles.root} aria-labelledby={headingId} data-roleplay-id={roleplay.id}>
      <header className={styles.header}>
        <Text as="h2" id={headingId} size={900} weight="semibold" className={styles.title}>
          {intl.formatMessage({ id: 'roleplays.stage.region' }, { title: roleplay.scenario.title })}
        </Text>
        <Text size={700} className={styles.round}>
          {round > 0
            ? intl.formatMessage({ id: 'roleplays.run.round' }, { round, rounds })
            : intl.formatMessage({ id: 'roleplays.run.notStartedRound' }, { rounds, minutes: roleplay.roundMinutes })}
        </Text>
      </header>
      {debrief ? (
        <DebriefView roleplay={roleplay} density="stage" />
      ) : (
        <div className={styles.layout}>
          <div className={styles.column}>
            {live.clock ? <RoleplayClock clock={live.clock} density="stage" /> : null}
            <RoleplayCast roleplay={publicPart} density="stage" />
          </div>
          <div className={styles.column}>
            <ScenarioPublicBrief scenario={publicPart.scenario} density="stage" withFacts />
          </div>
        </div>
      )}
    </section>
  );
}

/** RoleplayStage with the role-play texts, which load with it. */
export default withRoleplayMessages(RoleplayStage);
