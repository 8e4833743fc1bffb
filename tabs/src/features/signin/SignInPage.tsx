import { Avatar, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { StateMessage } from '../../components/StateMessage';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { RoleBadge } from '../spaces';
import { useDevUsers, useLocalSignIn } from './hooks';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  who: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  signIn: { marginInlineStart: 'auto', flexShrink: 0 },
  title: { color: tokens.colorNeutralForeground2 },
  outside: { color: tokens.colorNeutralForeground2 },
});

/** Outside Teams: the "Sign in as" picker of the API's demo people. */
export function SignInPage() {
  const intl = useIntl();
  const styles = useStyles();
  const { local } = useTeams();
  const users = useDevUsers();
  const signIn = useLocalSignIn();

  let content;
  if (users.isPending) {
    content = <LoadingState label={intl.formatMessage({ id: 'signin.loading' })} />;
  } else if (users.isError) {
    content =
      users.error instanceof ApiError && users.error.status === 404 ? (
        <StateMessage intent="error" title={intl.formatMessage({ id: 'signin.failed' })}>
          {intl.formatMessage({ id: 'signin.unavailable' })}
        </StateMessage>
      ) : (
        <ErrorState title="signin.failed" error={users.error} onRetry={() => void users.refetch()} />
      );
  } else {
    content = (
      <ul className={styles.list} aria-label={intl.formatMessage({ id: 'signin.listLabel' })}>
        {users.data.map((user) => (
          <li key={user.userId} className={styles.item}>
            <Avatar name={user.name} size={40} color="colorful" aria-hidden />
            <div className={styles.who}>
              <Text weight="semibold" size={400}>
                {user.name}
              </Text>
              <Text size={200} className={styles.title}>
                {user.title}
              </Text>
              {user.demoRole ? (
                <RoleBadge role={user.demoRole} size="small" />
              ) : (
                <Text size={200} className={styles.outside}>
                  {intl.formatMessage({ id: 'signin.notInTeam' })}
                </Text>
              )}
            </div>
            <Button
              className={styles.signIn}
              aria-label={intl.formatMessage({ id: 'signin.as' }, { name: user.name })}
              disabled={signIn.isPending}
              onClick={() => signIn.mutate(user)}
            >
              {intl.formatMessage({ id: 'signin.button' })}
            </Button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Page title={intl.formatMessage({ id: 'signin.title' })} purpose={intl.formatMessage({ id: 'signin.purpose' })}>
      {local?.endedBecause === 'expired' ? (
        <Notice intent="warning">{intl.formatMessage({ id: 'signin.expired' })}</Notice>
      ) : null}
      {signIn.isError ? (
        <Notice intent="error">
          {intl.formatMessage(
            { id: 'signin.tokenFailed' },
            { reason: intl.formatMessage({ id: describeError(signIn.error, false).body }) },
          )}
        </Notice>
      ) : null}
      {content}
    </Page>
  );
}
