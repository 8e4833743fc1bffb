import { Badge, Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { hiringMessages } from '../../i18n/en.hiring';
import { withMessages } from '../../i18n/withMessages';
import { useTeams } from '../../teams/context';
import type { SpaceData } from '../spaces';
import { LoopForm } from './LoopForm';
import { LoopView } from './LoopView';
import { ProfileForm } from './ProfileForm';
import { useLoops, useProfiles } from './hiringApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

type Mode = { kind: 'list' } | { kind: 'newProfile' } | { kind: 'newLoop' } | { kind: 'loop'; loopId: string };

/**
 * The channel tab's "Hiring" section: for managers the role profiles, every loop and its debrief;
 * for anyone else only the loops they interview on.
 */
function HiringSection({ space, members }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const userId = info.user?.id ?? '';
  const manager = space.myRole === 'manager';
  const profiles = useProfiles(space.id, manager);
  const loops = useLoops(space.id);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const profilesId = useId();
  const loopsId = useId();

  if (mode.kind === 'loop') {
    return (
      <LoopView
        spaceId={space.id}
        loopId={mode.loopId}
        userId={userId}
        members={members}
        onBack={() => setMode({ kind: 'list' })}
      />
    );
  }
  if (mode.kind === 'newProfile') return <ProfileForm spaceId={space.id} onDone={() => setMode({ kind: 'list' })} />;
  if (mode.kind === 'newLoop') {
    return (
      <LoopForm
        spaceId={space.id}
        profiles={profiles.data ?? []}
        members={members}
        onDone={(loopId) => setMode(loopId ? { kind: 'loop', loopId } : { kind: 'list' })}
      />
    );
  }

  return (
    <div className={styles.root}>
      <Text as="p">{intl.formatMessage({ id: manager ? 'hiring.intro.manager' : 'hiring.intro.member' })}</Text>
      {manager ? (
        <section className={styles.block} aria-labelledby={profilesId}>
          <Text as="h2" id={profilesId} size={500} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'hiring.profiles.heading' })}
          </Text>
          {profiles.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'hiring.loading' })} /> : null}
          {profiles.isError ? <Notice intent="error">{intl.formatMessage({ id: 'hiring.loadFailed' })}</Notice> : null}
          {profiles.data?.length === 0 ? <Text>{intl.formatMessage({ id: 'hiring.profiles.none' })}</Text> : null}
          <ul className={styles.list}>
            {profiles.data?.map((p) => (
              <li key={p.id} className={styles.item}>
                <Text weight="semibold">{p.name}</Text>
                <Text>{intl.formatMessage({ id: 'hiring.profiles.line' }, { count: p.competencies.length })}</Text>
                <Text>
                  {p.scenario
                    ? intl.formatMessage({ id: 'hiring.profiles.case' }, { title: p.scenario.title })
                    : intl.formatMessage({ id: 'hiring.profiles.noCase' })}
                </Text>
              </li>
            ))}
          </ul>
          <div>
            <Button onClick={() => setMode({ kind: 'newProfile' })}>
              {intl.formatMessage({ id: 'hiring.profiles.new' })}
            </Button>
          </div>
        </section>
      ) : null}
      <section className={styles.block} aria-labelledby={loopsId}>
        <Text as="h2" id={loopsId} size={500} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'hiring.loops.heading' })}
        </Text>
        {loops.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'hiring.loading' })} /> : null}
        {loops.isError ? <Notice intent="error">{intl.formatMessage({ id: 'hiring.loadFailed' })}</Notice> : null}
        {loops.data?.length === 0 ? (
          <Text>{intl.formatMessage({ id: manager ? 'hiring.loops.none' : 'hiring.loops.noneMine' })}</Text>
        ) : null}
        <ul className={styles.list}>
          {loops.data?.map((l) => (
            <li key={l.id} className={styles.item}>
              <Button appearance="subtle" onClick={() => setMode({ kind: 'loop', loopId: l.id })}>
                {intl.formatMessage({ id: 'hiring.loops.open' }, { candidate: l.candidateName })}
              </Button>
              <Text>{l.profileName}</Text>
              <Text>
                {intl.formatMessage(
                  { id: 'hiring.loops.submitted' },
                  { done: l.interviewers.filter((i) => i.submitted).length, total: l.interviewers.length },
                )}
              </Text>
              {l.decision ? (
                <Badge appearance="tint" color={l.decision === 'hire' ? 'success' : 'informative'}>
                  {intl.formatMessage({ id: `hiring.decision.${l.decision}` })}
                </Badge>
              ) : null}
            </li>
          ))}
        </ul>
        {manager && (profiles.data?.length ?? 0) > 0 ? (
          <div>
            <Button appearance="primary" onClick={() => setMode({ kind: 'newLoop' })}>
              {intl.formatMessage({ id: 'hiring.loops.new' })}
            </Button>
          </div>
        ) : null}
      </section>
    </div>
  );
}

export default withMessages(hiringMessages)(HiringSection);
