import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';

const MyAgreements = lazy(() => import('./MyAgreements'));
const AgreementReview = lazy(() => import('./AgreementReview'));

/** "Agreements" in the personal tab, loaded with its texts on demand. */
export function LazyMyAgreements() {
  const intl = useIntl();
  return (
    <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
      <MyAgreements />
    </Suspense>
  );
}

/** The agreement commitments of a 1:1, loaded with their texts on demand (nothing shows while loading). */
export function LazyAgreementReview(props: ComponentProps<typeof AgreementReview>) {
  return (
    <Suspense fallback={null}>
      <AgreementReview {...props} />
    </Suspense>
  );
}
