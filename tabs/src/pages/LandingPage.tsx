import { Field, Link, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Page } from '../components/Page';
import { useLoadReport } from '../components/useLoadReport';
import { useMySpaces } from '../features/spaces/queries';
import type { MessageId } from '../i18n/en';

const useStyles = makeStyles({
  nav: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column' },
  about: { color: tokens.colorNeutralForeground2 },
  picker: { maxWidth: '24rem' },
});

/** The surfaces of the app, with the path each opens and whether it shows one space. */
const surfaces: { path: string; name: MessageId; about: MessageId; perSpace: boolean }[] = [
  { path: '/config', name: 'landing.config', about: 'landing.config.about', perSpace: false },
  { path: '/channel', name: 'landing.channel', about: 'landing.channel.about', perSpace: true },
  { path: '/details', name: 'landing.details', about: 'landing.details.about', perSpace: true },
  { path: '/sidepanel', name: 'landing.sidepanel', about: 'landing.sidepanel.about', perSpace: true },
  { path: '/stage', name: 'landing.stage', about: 'landing.stage.about', perSpace: true },
  { path: '/chat', name: 'landing.chat', about: 'landing.chat.about', perSpace: true },
  { path: '/personal', name: 'landing.personal', about: 'landing.personal.about', perSpace: false },
];

/** Outside Teams: the start page that lists every surface to open, for the chosen sales team. */
export function LandingPage() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const spaces = useMySpaces();
  const [picked, setPicked] = useState<string | null>(null);
  useLoadReport(spaces.isPending, spaces.error);

  const spaceId = picked ?? spaces.data?.[0]?.id ?? null;
  const href = (path: string, perSpace: boolean): string =>
    perSpace && spaceId ? `${path}?spaceId=${encodeURIComponent(spaceId)}` : path;

  return (
    <Page title={intl.formatMessage({ id: 'landing.title' })} purpose={intl.formatMessage({ id: 'landing.purpose' })}>
      {spaces.isPending ? <LoadingState label={intl.formatMessage({ id: 'space.loadingList' })} /> : null}
      {spaces.isError ? (
        <ErrorState title="space.listFailed" error={spaces.error} onRetry={() => void spaces.refetch()} />
      ) : null}
      {spaces.data && spaces.data.length > 0 ? (
        <Field label={intl.formatMessage({ id: 'landing.spaceLabel' })} className={styles.picker}>
          <Select value={spaceId ?? ''} onChange={(_, data) => setPicked(data.value)}>
            {spaces.data.map((space) => (
              <option key={space.id} value={space.id}>
                {space.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <nav className={styles.nav} aria-labelledby={headingId}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'landing.surfacesHeading' })}
        </Text>
        <ul className={styles.list}>
          {surfaces.map((surface) => (
            <li key={surface.path} className={styles.item}>
              <Link href={href(surface.path, surface.perSpace)}>{intl.formatMessage({ id: surface.name })}</Link>
              <Text size={200} className={styles.about}>
                {intl.formatMessage({ id: surface.about })}
              </Text>
            </li>
          ))}
        </ul>
      </nav>
    </Page>
  );
}
