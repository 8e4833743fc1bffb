import { DisplayName, type SpaceResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { useLoadReport } from '../components/useLoadReport';
import { teamsToAddPeopleTo } from '../features/people';
import { LazyTeamAddPeople } from '../features/people/lazyViews';
import { messageForIssue, type FieldMessages } from '../features/spaces/fieldErrors';
import { useBindSpace, useCreateSpace } from '../features/spaces/mutations';
import { useMySpaces } from '../features/spaces/queries';
import { roleMessage } from '../features/spaces/roleMessage';
import { bindingFor, contentPathFor, tabConfigFor } from '../features/spaces/tabConfig';
import { describeError } from '../lib/errors';
import { useTabConfigSave, type TabConfig } from '../teams/configTab';
import { useTeams } from '../teams/context';

/** The radio value of "Create a new sales team" (space ids never contain a space). */
const CREATE = 'create new';

const nameMessages: FieldMessages = {
  required: 'config.nameRequired',
  tooLong: 'config.nameTooLong',
  format: 'config.nameInvalid',
  invalid: 'config.nameInvalid',
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '32rem' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  radioDetail: { color: tokens.colorNeutralForeground2 },
  save: { alignSelf: 'flex-start' },
});

/** The configuration page (frame context `settings`): choose or create the space a tab belongs to. */
export function ConfigPage() {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const spaces = useMySpaces();
  const createSpace = useCreateSpace();
  const bindSpace = useBindSpace();
  useLoadReport(spaces.isPending, spaces.error);

  const [picked, setPicked] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  // A space created by a Save whose later steps failed is reused by the next Save, never created twice.
  const created = useRef<SpaceResponse | null>(null);

  const mySpaces = spaces.data ?? [];
  const choice = picked ?? (spaces.data && mySpaces.length === 0 ? CREATE : null);
  const parsedName = DisplayName.safeParse(name);
  const nameIssue = parsedName.error?.issues[0];
  const nameError = nameIssue ? messageForIssue(nameIssue, nameMessages) : null;
  const valid = choice === CREATE ? parsedName.success : choice !== null;
  // A manager who picks one of their teams can add people to it here (the picker works in this frame).
  const addingTo = teamsToAddPeopleTo(mySpaces).find((s) => s.id === choice);

  const prepare = async (): Promise<TabConfig> => {
    const binding = bindingFor(info);
    let space: SpaceResponse | undefined;
    if (choice === CREATE) {
      if (!parsedName.success) throw new Error(intl.formatMessage({ id: nameMessages.required }));
      const previous = created.current;
      space =
        previous && previous.name === parsedName.data
          ? previous
          : await createSpace.mutateAsync({ name: parsedName.data, ...(binding ? { binding } : {}) });
      created.current = space;
    } else {
      space = mySpaces.find((s) => s.id === choice);
      if (!space) throw new Error(intl.formatMessage({ id: 'config.hostSaves' }));
      // Only managers may bind; others just point the tab at the team.
      if (binding && space.myRole === 'manager') await bindSpace.mutateAsync({ spaceId: space.id, binding });
    }
    const displayName = intl.formatMessage({
      id: contentPathFor(info) === '/details' ? 'config.meetingTabName' : 'config.channelTabName',
    });
    return tabConfigFor(space, info, window.location.origin, displayName);
  };

  /** Runs a Save; on failure shows why and passes the same words on (the host shows them too). */
  const save = async (): Promise<TabConfig> => {
    setSaving(true);
    setSaveError(null);
    try {
      return await prepare();
    } catch (error) {
      const reason = intl.formatMessage({ id: describeError(error, info.inTeams).body });
      setSaveError(reason);
      throw new Error(reason, { cause: error });
    } finally {
      setSaving(false);
    }
  };

  const hostSaves = useTabConfigSave(save, valid);

  const saveHere = (): void => {
    save().then(
      (config) => window.location.assign(config.contentUrl),
      () => undefined,
    );
  };

  let content;
  if (spaces.isPending) {
    content = <LoadingState label={intl.formatMessage({ id: 'space.loadingList' })} />;
  } else if (spaces.isError) {
    content = <ErrorState title="space.listFailed" error={spaces.error} onRetry={() => void spaces.refetch()} />;
  } else {
    content = (
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!hostSaves && valid && !saving) saveHere();
        }}
      >
        {mySpaces.length === 0 ? (
          <Text as="p" className={styles.hint}>
            {intl.formatMessage({ id: 'config.noSpaces' })}
          </Text>
        ) : null}
        <Field label={intl.formatMessage({ id: 'config.chooseLabel' })}>
          <RadioGroup value={choice ?? ''} onChange={(_, data) => setPicked(data.value)}>
            {mySpaces.map((space) => (
              <Radio
                key={space.id}
                value={space.id}
                label={
                  <>
                    {space.name}{' '}
                    <span className={styles.radioDetail}>
                      ({intl.formatMessage({ id: roleMessage[space.myRole] })},{' '}
                      {intl.formatMessage({ id: 'space.memberCount' }, { count: space.memberCount })})
                    </span>
                  </>
                }
              />
            ))}
            <Radio value={CREATE} label={intl.formatMessage({ id: 'config.createOption' })} />
          </RadioGroup>
        </Field>
        {choice === CREATE ? (
          <Field
            label={intl.formatMessage({ id: 'config.nameLabel' })}
            required
            hint={intl.formatMessage({ id: 'config.nameHint' })}
            validationState={nameTouched && nameError ? 'error' : 'none'}
            validationMessage={nameTouched && nameError ? intl.formatMessage({ id: nameError }) : undefined}
          >
            <Input
              value={name}
              onChange={(_, data) => {
                setName(data.value);
                setNameTouched(true);
              }}
              onBlur={() => setNameTouched(true)}
            />
          </Field>
        ) : null}
        {saveError ? (
          <Notice intent="error">{intl.formatMessage({ id: 'config.saveFailed' }, { reason: saveError })}</Notice>
        ) : null}
        <Text as="p" className={styles.hint}>
          {intl.formatMessage({ id: hostSaves ? 'config.hostSaves' : 'config.localSaves' })}
        </Text>
        {hostSaves ? null : (
          <Button type="submit" appearance="primary" disabled={!valid || saving} className={styles.save}>
            {intl.formatMessage({ id: saving ? 'config.saving' : 'config.save' })}
          </Button>
        )}
      </form>
    );
    if (addingTo)
      content = (
        <>
          {content}
          <LazyTeamAddPeople key={addingTo.id} space={addingTo} />
        </>
      );
  }

  return (
    <Page title={intl.formatMessage({ id: 'config.title' })} purpose={intl.formatMessage({ id: 'config.purpose' })}>
      {content}
    </Page>
  );
}
