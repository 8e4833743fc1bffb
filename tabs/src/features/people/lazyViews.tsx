import type { SpaceResponse } from '@coachboard/api/domain';
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import type { AddPeopleProps } from './AddPeople';
import type { AddPeopleToTeamsProps } from './AddPeopleToTeams';

/*
 * Adding people, loaded on demand for pages where it is not the point of the first screen (the
 * meeting chat tab opens on the recap, the personal tab on the inbox, the configuration page on the
 * choice of team): its inputs and the directory stay out of that first render.
 */
const AddPeopleView = lazy(() => import('./AddPeople').then((m) => ({ default: m.AddPeople })));
const AddPeopleToTeamsView = lazy(() => import('./AddPeopleToTeams').then((m) => ({ default: m.AddPeopleToTeams })));
const TeamAddPeopleView = lazy(() => import('./AddPeopleToTeams').then((m) => ({ default: m.TeamAddPeople })));

/** {@link AddPeople}, loaded when first shown. */
export function LazyAddPeople(props: AddPeopleProps) {
  const intl = useIntl();
  return (
    <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
      <AddPeopleView {...props} />
    </Suspense>
  );
}

/** {@link AddPeopleToTeams} (the personal tab: one of the teams I manage), loaded when first shown. */
export function LazyAddPeopleToTeams(props: AddPeopleToTeamsProps) {
  const intl = useIntl();
  return (
    <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
      <AddPeopleToTeamsView {...props} />
    </Suspense>
  );
}

/** Adding people to one team with its members loaded (the configuration page), loaded when first shown. */
export function LazyTeamAddPeople(props: { space: SpaceResponse }) {
  const intl = useIntl();
  return (
    <Suspense fallback={<Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />}>
      <TeamAddPeopleView space={props.space} headingLevel="h2" />
    </Suspense>
  );
}
