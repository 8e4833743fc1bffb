import { Button, Label, Link, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/en';
import { useTeams, type ThemeName } from '../../teams/context';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  user: { flexGrow: 1 },
  theme: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const themes: { value: ThemeName; label: MessageId }[] = [
  { value: 'default', label: 'localbar.theme.default' },
  { value: 'dark', label: 'localbar.theme.dark' },
  { value: 'contrast', label: 'localbar.theme.contrast' },
];

/** Outside Teams: who is signed in, the theme switcher and "Sign out", above every page. */
export function LocalBar() {
  const intl = useIntl();
  const styles = useStyles();
  const themeId = useId();
  const { info, local } = useTeams();
  if (!local?.user) return null;
  const { user, setTheme, signOut } = local;
  return (
    <header className={styles.bar} aria-label={intl.formatMessage({ id: 'localbar.label' })}>
      <Link href="/">{intl.formatMessage({ id: 'localbar.home' })}</Link>
      <Text size={200} className={styles.user}>
        {intl.formatMessage({ id: 'localbar.signedInAs' }, { name: user.name })}
      </Text>
      <div className={styles.theme}>
        <Label htmlFor={themeId} size="small">
          {intl.formatMessage({ id: 'localbar.theme' })}
        </Label>
        <Select
          id={themeId}
          size="small"
          value={info.theme}
          onChange={(_, data) => {
            const chosen = themes.find((theme) => theme.value === data.value);
            if (chosen) setTheme(chosen.value);
          }}
        >
          {themes.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {intl.formatMessage({ id: theme.label })}
            </option>
          ))}
        </Select>
      </div>
      <Button size="small" onClick={() => signOut('signedOut')}>
        {intl.formatMessage({ id: 'localbar.signOut' })}
      </Button>
    </header>
  );
}
