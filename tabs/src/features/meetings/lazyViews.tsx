import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import type { SpaceData } from '../spaces';

/*
 * The meeting views each page shows, loaded on demand so that a surface's first render carries only
 * its own page: the side panel stays within its budget and the stage does not load the agenda builder.
 */
const RunPanel = lazy(() => import('./MeetingRunPanel'));
const Details = lazy(() => import('./MeetingDetails'));
const Stage = lazy(() => import('./StageView'));
const GuestStage = lazy(() => import('./GuestStage'));
const ChatRecap = lazy(() => import('./ChatRecap'));
const Actions = lazy(() => import('./MyActions'));
const Section = lazy(() => import('./MeetingsSection'));

/** Shown while a view's code loads; named, as every progress indicator must be. */
function Loading() {
  const intl = useIntl();
  return <Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />;
}

const fallback = <Loading />;

/** The side panel's live meeting. */
export function LazyMeetingRunPanel(props: ComponentProps<typeof RunPanel>) {
  return (
    <Suspense fallback={fallback}>
      <RunPanel {...props} />
    </Suspense>
  );
}

/** The details tab's agenda, pre-read and recap. */
export function LazyMeetingDetails(props: ComponentProps<typeof Details>) {
  return (
    <Suspense fallback={fallback}>
      <Details {...props} />
    </Suspense>
  );
}

/** The stage's current item. */
export function LazyStageView(props: ComponentProps<typeof Stage>) {
  return (
    <Suspense fallback={fallback}>
      <Stage {...props} />
    </Suspense>
  );
}

/** The meeting chat tab's recap. */
export function LazyChatRecap(props: ComponentProps<typeof ChatRecap>) {
  return (
    <Suspense fallback={fallback}>
      <ChatRecap {...props} />
    </Suspense>
  );
}

/** The personal tab's action items. */
export function LazyMyActions() {
  return (
    <Suspense fallback={fallback}>
      <Actions />
    </Suspense>
  );
}

/** The channel tab's "Meetings" section. */
export function MeetingsChannelSection(props: SpaceData) {
  return (
    <Suspense fallback={fallback}>
      <Section {...props} />
    </Suspense>
  );
}

/** The stage for an attendee who is not a member: the agenda, read-only. */
export function LazyGuestStage(props: ComponentProps<typeof GuestStage>) {
  return (
    <Suspense fallback={fallback}>
      <GuestStage {...props} />
    </Suspense>
  );
}
