import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import type { AddPeopleProps } from './AddPeople';

/*
 * Adding people, loaded on demand for pages where it is not the point of the first screen (the
 * meeting chat tab opens on the recap): its inputs and the directory stay out of that first render.
 */
const AddPeopleView = lazy(() => import('./AddPeople').then((m) => ({ default: m.AddPeople })));

/** {@link AddPeople}, loaded when first shown. */
export function LazyAddPeople(props: AddPeopleProps) {
  const intl = useIntl();
  return (
    <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
      <AddPeopleView {...props} />
    </Suspense>
  );
}
