import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';

const Inbox = lazy(() => import('./Inbox'));

/** The personal tab's inbox, loaded with its texts on demand. */
export function LazyInbox(props: ComponentProps<typeof Inbox>) {
  const intl = useIntl();
  return (
    <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
      <Inbox {...props} />
    </Suspense>
  );
}
