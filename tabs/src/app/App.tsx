import { FluentProvider, makeStaticStyles, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { systemTheme } from '../teams/LocalHostProvider';
import { TeamsRoot } from '../teams/TeamsRoot';
import { useTeams } from '../teams/context';
import { fluentThemeFor } from '../teams/theme';
import { ApiRoot } from './ApiRoot';
import { IntlRoot } from './IntlRoot';
import { Router } from './Router';
import { SessionGate } from './SessionGate';

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  boot: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalXXL,
    paddingInline: tokens.spacingHorizontalL,
    textAlign: 'center',
  },
  heading: { margin: 0 },
});

/** Before the Teams host has answered: the system theme and English, since the context is not known yet. */
function BootScreen({ failed }: { failed: boolean }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentThemeFor(systemTheme())} className={styles.root}>
      <IntlRoot locale={navigator.language}>
        <BootMessage failed={failed} />
      </IntlRoot>
    </FluentProvider>
  );
}

function BootMessage({ failed }: { failed: boolean }) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <main className={styles.boot}>
      {failed ? (
        <>
          <Text as="h1" size={500} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'app.teamsFailed.title' })}
          </Text>
          <Text as="p">{intl.formatMessage({ id: 'app.teamsFailed.body' })}</Text>
        </>
      ) : (
        <Spinner label={intl.formatMessage({ id: 'app.loading' })} labelPosition="below" />
      )}
    </main>
  );
}

function ThemedApp() {
  const styles = useStyles();
  const { info } = useTeams();
  return (
    <FluentProvider theme={fluentThemeFor(info.theme)} className={styles.root}>
      <IntlRoot locale={info.locale}>
        <ApiRoot>
          <SessionGate>
            <Router />
          </SessionGate>
        </ApiRoot>
      </IntlRoot>
    </FluentProvider>
  );
}

/** The tabs app: Teams layer, theme, texts, API and the surface for the current path. */
export function App() {
  useGlobalStyles();
  return (
    <TeamsRoot pending={<BootScreen failed={false} />} failed={<BootScreen failed />}>
      <ThemedApp />
    </TeamsRoot>
  );
}
