import type { AddPeopleBody, MemberResponse, SpaceResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PeopleAdd20Regular } from '@fluentui/react-icons';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { peopleMessages } from '../../i18n/en.people';
import { withMessages } from '../../i18n/withMessages';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { choosePeopleInTeams, PeoplePickerUnavailable, usePeopleSource, type PickedPerson } from '../../teams/people';
import { useAddPeople } from '../spaces';
import { ChosenPeople, nameOf, type ChosenPerson } from './ChosenPeople';
import { DemoDirectory } from './DemoDirectory';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem', minWidth: 0 },
  heading: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  start: { alignSelf: 'flex-start' },
});

type Outcome =
  | { kind: 'added'; names: string[]; already: string[] }
  | { kind: 'failed'; message: MessageId }
  | { kind: 'pickerUnavailable' }
  | null;

/** Props of {@link AddPeople}. */
export interface AddPeopleProps {
  space: SpaceResponse;
  members: readonly MemberResponse[];
  /** The heading's level where the section sits under a page heading (default h3, under a section). */
  headingLevel?: 'h2' | 'h3';
  /** Shown under the heading: where the page lets a manager of several teams choose the team. */
  teamChoice?: ReactNode;
  /** While the team's members load (or failed to): shown instead of the chooser, the heading stays. */
  membersPending?: ReactNode;
}

/**
 * Adding people to a space (managers): choose them with the Teams people picker (or, outside
 * Teams, from the demo directory), give each a role, add them all at once. In the side panel and
 * on the stage, and where the host has no picker, it says where people are added instead.
 */
function AddPeopleView({ space, members, headingLevel = 'h3', teamChoice, membersPending }: AddPeopleProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const source = usePeopleSource();
  const add = useAddPeople(space.id);
  const [chosen, setChosen] = useState<ChosenPerson[]>([]);
  const [alreadyChosen, setAlreadyChosen] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  // Outside Teams the demo directory opens in place, where Teams would open its picker.
  const [directoryOpen, setDirectoryOpen] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const chosenIds = useMemo(() => new Set(chosen.map((p) => p.userId)), [chosen]);
  const busy = add.isPending || picking;

  /** Puts people on the list (once each); people already in the team are named instead. */
  const choose = (picked: readonly PickedPerson[]): void => {
    const memberNames = new Map(members.map((m) => [m.userId, m.name]));
    setAlreadyChosen(picked.flatMap((p) => (memberNames.has(p.userId) ? [memberNames.get(p.userId) ?? ''] : [])));
    setChosen((current) => {
      const known = new Set(current.map((p) => p.userId));
      const fresh = picked
        .filter((p) => !memberNames.has(p.userId) && !known.has(p.userId))
        .map((p): ChosenPerson => ({ ...p, role: 'rep', typedName: '' }));
      return [...current, ...fresh];
    });
  };

  const openPicker = async (): Promise<void> => {
    setOutcome(null);
    setPicking(true);
    try {
      const picked = await choosePeopleInTeams(
        intl.formatMessage({ id: 'people.add.pickerTitle' }, { team: space.name }),
      );
      if (picked) choose(picked);
    } catch (error) {
      setOutcome(
        error instanceof PeoplePickerUnavailable
          ? { kind: 'pickerUnavailable' }
          : { kind: 'failed', message: 'people.add.pickerFailed' },
      );
    } finally {
      setPicking(false);
    }
  };

  const submit = (): void => {
    setOutcome(null);
    setShowProblems(true);
    if (chosen.length === 0 || chosen.some((p) => !nameOf(p))) return;
    const body: AddPeopleBody = {
      people: chosen.map((p) => ({ userId: p.userId, name: nameOf(p), role: p.role })),
    };
    const names = new Map(body.people.map((p) => [p.userId, p.name]));
    add.mutate(body, {
      onSuccess: (answer) => {
        setOutcome({
          kind: 'added',
          names: answer.added.map((id) => names.get(id) ?? ''),
          already: answer.alreadyMembers.map((id) => names.get(id) ?? ''),
        });
        setChosen([]);
        setAlreadyChosen([]);
        setShowProblems(false);
      },
      onError: (error) => setOutcome({ kind: 'failed', message: describeError(error, info.inTeams).body }),
    });
  };

  let chooser;
  if (source.kind === 'unavailable') {
    chooser = (
      <Notice intent="warning">
        {intl.formatMessage({ id: source.reason === 'frame' ? 'people.unavailable.frame' : 'people.unavailable.host' })}
      </Notice>
    );
  } else if (source.kind === 'directory' && !directoryOpen) {
    chooser = (
      <Button
        className={styles.start}
        icon={<PeopleAdd20Regular />}
        aria-expanded={false}
        onClick={() => {
          setOutcome(null);
          setDirectoryOpen(true);
        }}
      >
        {intl.formatMessage({ id: 'people.add.choose' })}
      </Button>
    );
  } else if (source.kind === 'directory') {
    chooser = (
      <DemoDirectory
        members={members}
        chosen={chosenIds}
        onToggle={(person, checked) => {
          setOutcome(null);
          if (checked) choose([person]);
          else setChosen((current) => current.filter((p) => p.userId !== person.userId));
        }}
      />
    );
  } else {
    chooser = (
      <>
        <Text as="p" size={200} className={styles.hint}>
          {intl.formatMessage({ id: `people.add.scope.${source.scope}` })}
        </Text>
        <Button
          className={styles.start}
          icon={<PeopleAdd20Regular />}
          disabled={busy}
          onClick={() => void openPicker()}
        >
          {intl.formatMessage({ id: chosen.length > 0 ? 'people.add.chooseMore' : 'people.add.choose' })}
        </Button>
      </>
    );
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as={headingLevel} id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'people.add.heading' })}
      </Text>
      {teamChoice}
      {source.kind === 'unavailable' ? null : (
        <Text as="p" className={styles.hint}>
          {intl.formatMessage({ id: 'people.add.intro' })}
        </Text>
      )}
      {membersPending ?? chooser}
      {alreadyChosen.length > 0 ? (
        <Notice intent="warning">
          {intl.formatMessage(
            { id: 'people.chosen.alreadyMembers' },
            { names: intl.formatList(alreadyChosen), count: alreadyChosen.length },
          )}
        </Notice>
      ) : null}
      {chosen.length > 0 && !membersPending ? (
        <form
          className={styles.section}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <ChosenPeople
            people={chosen}
            showProblems={showProblems}
            disabled={add.isPending}
            onChange={(userId, changes) =>
              setChosen((current) => current.map((p) => (p.userId === userId ? { ...p, ...changes } : p)))
            }
            onRemove={(userId) => setChosen((current) => current.filter((p) => p.userId !== userId))}
          />
          <Button type="submit" appearance="primary" className={styles.start} disabled={add.isPending}>
            {add.isPending
              ? intl.formatMessage({ id: 'people.add.saving' })
              : intl.formatMessage({ id: 'people.add.submit' }, { count: chosen.length })}
          </Button>
        </form>
      ) : null}
      <AddOutcome outcome={outcome} />
    </section>
  );
}

function AddOutcome({ outcome }: { outcome: Outcome }) {
  const intl = useIntl();
  if (outcome?.kind === 'added') {
    return (
      <Notice intent="success">
        {outcome.names.length > 0
          ? intl.formatMessage({ id: 'people.add.done' }, { names: intl.formatList(outcome.names) })
          : intl.formatMessage({ id: 'people.add.doneNone' })}
        {outcome.names.length > 0 && outcome.already.length > 0
          ? ` ${intl.formatMessage(
              { id: 'people.chosen.alreadyMembers' },
              { names: intl.formatList(outcome.already), count: outcome.already.length },
            )}`
          : null}
      </Notice>
    );
  }
  if (outcome?.kind === 'pickerUnavailable')
    return <Notice intent="warning">{intl.formatMessage({ id: 'people.unavailable.host' })}</Notice>;
  if (outcome?.kind === 'failed')
    return (
      <Notice intent="error">
        {outcome.message === 'people.add.pickerFailed'
          ? intl.formatMessage({ id: outcome.message })
          : `${intl.formatMessage({ id: 'people.add.failed' })} ${intl.formatMessage({ id: outcome.message })}`}
      </Notice>
    );
  return null;
}

export const AddPeople = withMessages(peopleMessages)(AddPeopleView);
