import type { NoticeKind, SpaceListResponse } from '@coachboard/api/domain';
import { Button, Checkbox, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { useNotificationSettings, useSaveNotificationSettings } from './queries';

/** The kinds something in this build sends; only these are offered (a switch must switch something). */
export const KINDS_SENT = [
  'actionAssigned',
  'selfAssessmentDue',
  'feedbackShared',
  'scorecardDue',
  'roleplayResultReady',
  'commitmentDue',
  'agreementToSign',
  'commitmentOwedDue',
  'opportunityAssigned',
  'opportunityUpdated',
  'pointsCredited',
  'barrierRaised',
  'barrierResolved',
] as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
});

/** Per team, which kinds of notice reach me: a kind turned off is muted there (see the API's settings). */
export function NotificationSettings({ spaces }: { spaces: SpaceListResponse['items'] }) {
  const intl = useIntl();
  const styles = useStyles();
  const panelId = useId();
  const [shown, setShown] = useState(false);
  const settings = useNotificationSettings(shown);
  const save = useSaveNotificationSettings();

  const mutedIn = (spaceId: string): NoticeKind[] =>
    settings.data?.spaces.find((s) => s.spaceId === spaceId)?.muted ?? [];

  const toggle = (spaceId: string, kind: NoticeKind, on: boolean): void => {
    const current = mutedIn(spaceId);
    const muted = on ? current.filter((k) => k !== kind) : [...current, kind];
    save.mutate({ spaceId, muted });
  };

  return (
    <div className={styles.root}>
      <Button appearance="subtle" aria-expanded={shown} aria-controls={panelId} onClick={() => setShown((s) => !s)}>
        {intl.formatMessage({ id: 'notifications.settings.show' })}
      </Button>
      {shown ? (
        <div id={panelId} className={styles.panel}>
          <Text as="p">{intl.formatMessage({ id: 'notifications.settings.intro' })}</Text>
          {settings.isPending ? (
            <Spinner size="tiny" label={intl.formatMessage({ id: 'notifications.loading' })} />
          ) : null}
          {settings.isError ? (
            <Notice intent="error">{intl.formatMessage({ id: 'notifications.settings.loadFailed' })}</Notice>
          ) : null}
          {save.isError ? (
            <Notice intent="error">{intl.formatMessage({ id: 'notifications.settings.failed' })}</Notice>
          ) : null}
          {settings.data
            ? spaces.map((space) => (
                <fieldset key={space.id} className={styles.fieldset}>
                  <legend className={styles.legend}>
                    {intl.formatMessage({ id: 'notifications.settings.team' }, { team: space.name })}
                  </legend>
                  {KINDS_SENT.map((kind) => (
                    <Checkbox
                      key={kind}
                      checked={!mutedIn(space.id).includes(kind)}
                      disabled={save.isPending}
                      label={intl.formatMessage({ id: `notifications.settings.kind.${kind}` as const })}
                      onChange={(_, data) => toggle(space.id, kind, data.checked === true)}
                    />
                  ))}
                </fieldset>
              ))
            : null}
        </div>
      ) : null}
    </div>
  );
}
