import { Link } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { useLoadReport } from '../components/useLoadReport';

/** Any path that is not a surface. */
export function NotFoundPage() {
  const intl = useIntl();
  useLoadReport(false, null);
  return (
    <Page title={intl.formatMessage({ id: 'notFound.title' })} purpose={intl.formatMessage({ id: 'notFound.body' })}>
      <Link href="/">{intl.formatMessage({ id: 'notFound.home' })}</Link>
    </Page>
  );
}
