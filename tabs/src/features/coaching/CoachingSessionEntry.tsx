import { Button, Field, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { PeopleChatRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { coachingMessages } from '../../i18n/en.coaching';
import { withMessages } from '../../i18n/withMessages';
import { PersonPicker } from '../people';
import { useMembers, useMySpaces } from '../spaces';

// The session's code (GROW steps, the ask/tell classifier) loads when a manager picks a rep.
const CoachingSessionPanel = lazy(() => import('./CoachingSessionPanel'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { margin: 0 },
});

/** Props of {@link CoachingSessionEntry}. */
export interface CoachingSessionEntryProps {
  /** The space the meeting is bound to; null when it is not, and the manager picks one of theirs. */
  boundSpaceId: string | null;
  /** The Teams meeting, whose occurrence (its id and today's date) keys one session per rep. */
  meetingId: string | null;
}

/** Today's date where the manager is, for the occurrence key of a meeting that recurs on other days. */
function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The side panel's "Coaching session" entry, for managers: opens a picker of the team (when the
 * meeting is not bound to one) and the rep, then the session itself.
 */
function CoachingSessionEntry({ boundSpaceId, meetingId }: CoachingSessionEntryProps) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const spaces = useMySpaces();
  // Only managers run sessions; everyone else sees no entry.
  if (!spaces.data?.some((s) => s.myRole === 'manager')) return null;
  return (
    <div>
      <Button
        icon={<PeopleChatRegular />}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {intl.formatMessage({ id: open ? 'coaching.entry.close' : 'coaching.entry.open' })}
      </Button>
      {open ? (
        <div id={panelId}>
          <Chooser boundSpaceId={boundSpaceId} meetingId={meetingId} />
        </div>
      ) : null}
    </div>
  );
}

function Chooser({ boundSpaceId, meetingId }: CoachingSessionEntryProps) {
  const intl = useIntl();
  const styles = useStyles();
  const spaces = useMySpaces();
  const managed = spaces.data?.filter((s) => s.myRole === 'manager') ?? [];
  const [chosenSpace, setChosenSpace] = useState<string | null>(null);
  const spaceId = boundSpaceId ?? chosenSpace ?? managed[0]?.id ?? null;

  if (spaces.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'coaching.loading' })} />;
  if (!spaceId || !managed.some((s) => s.id === spaceId)) {
    return (
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: 'coaching.entry.noTeams' })}
      </Text>
    );
  }
  return (
    <div className={styles.root}>
      {boundSpaceId === null && managed.length > 1 ? (
        <Field label={intl.formatMessage({ id: 'coaching.entry.team' })} size="small">
          <Select size="small" value={spaceId} onChange={(_, d) => setChosenSpace(d.value)}>
            {managed.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <RepChooser key={spaceId} spaceId={spaceId} meetingId={meetingId} />
    </div>
  );
}

function RepChooser({ spaceId, meetingId }: { spaceId: string; meetingId: string | null }) {
  const intl = useIntl();
  const styles = useStyles();
  const members = useMembers(spaceId);
  const [repId, setRepId] = useState('');
  const loading = <Spinner size="tiny" label={intl.formatMessage({ id: 'coaching.loading' })} />;
  if (members.isPending) return loading;
  const reps = members.data?.filter((m) => m.role === 'rep') ?? [];
  if (reps.length === 0) {
    return (
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: 'coaching.entry.noReps' })}
      </Text>
    );
  }
  const rep = reps.find((m) => m.userId === repId);
  return (
    <>
      <PersonPicker
        label={intl.formatMessage({ id: 'coaching.entry.rep' })}
        size="small"
        members={reps}
        value={repId}
        onChange={setRepId}
        emptyLabel={intl.formatMessage({ id: 'coaching.entry.chooseRep' })}
      />
      {rep ? (
        <Suspense fallback={loading}>
          <CoachingSessionPanel
            key={rep.userId}
            spaceId={spaceId}
            repId={rep.userId}
            repName={rep.name}
            {...(meetingId ? { occurrenceKey: `${meetingId}|${localDay()}` } : {})}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** The entry with the coaching texts, which load with it. */
export default withMessages(coachingMessages)(CoachingSessionEntry);
