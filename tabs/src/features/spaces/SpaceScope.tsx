import type { MemberResponse, SpaceResponse } from '@coachboard/api/domain';
import { Link } from '@fluentui/react-components';
import { lazy, Suspense, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { StateMessage } from '../../components/StateMessage';
import { useLoadReport } from '../../components/useLoadReport';
import { ApiError } from '../../lib/api';
import { useTeams } from '../../teams/context';
import { useMembers, useSpace } from './queries';
import { useSpaceSelection } from './useSpaceSelection';

// Only people in several teams, on an unbound tab, choose one: the picker (and its role badges) loads then.
const SpacePicker = lazy(async () => ({ default: (await import('./SpacePicker')).SpacePicker }));

/** A space and its members, both loaded. */
export interface SpaceData {
  space: SpaceResponse;
  members: MemberResponse[];
}

/** Props of {@link SpaceScope}. */
export interface SpaceScopeProps {
  /** Renders the page once the space and its members are loaded. */
  children: (data: SpaceData) => ReactNode;
  /** Wraps every other state (loading, error, empty, picker), for pages whose frame needs the data. */
  frame?: (content: ReactNode) => ReactNode;
  /** In a meeting, what an attendee who is not a member sees instead (default: a notice). */
  guest?: (spaceId: string) => ReactNode;
}

const asIs = (content: ReactNode): ReactNode => content;

/**
 * Finds the space a surface shows (see `useSpaceSelection`), loads it with its members, and renders
 * the loading, error, empty and "choose a team" states on the way. Reports the first usable screen.
 */
export function SpaceScope({ children, frame = asIs, guest }: SpaceScopeProps) {
  const intl = useIntl();
  const selection = useSpaceSelection();
  useLoadReport(
    selection.status === 'loading' || selection.status === 'selected',
    selection.status === 'error' ? selection.error : null,
  );
  switch (selection.status) {
    case 'loading':
      return frame(<LoadingState label={intl.formatMessage({ id: 'space.loadingList' })} />);
    case 'error':
      return frame(<ErrorState title="space.listFailed" error={selection.error} onRetry={selection.retry} />);
    case 'none':
      return frame(<NoSpaces />);
    case 'choose':
      return frame(
        <Suspense fallback={<LoadingState label={intl.formatMessage({ id: 'space.loadingList' })} />}>
          <SpacePicker spaces={selection.spaces} onChoose={selection.choose} />
        </Suspense>,
      );
    case 'selected':
      return (
        <SpaceLoader key={selection.spaceId} spaceId={selection.spaceId} frame={frame} guest={guest}>
          {children}
        </SpaceLoader>
      );
  }
}

function SpaceLoader({
  spaceId,
  children,
  frame,
  guest: guestView,
}: { spaceId: string } & Required<Omit<SpaceScopeProps, 'guest'>> & Pick<SpaceScopeProps, 'guest'>) {
  const intl = useIntl();
  const space = useSpace(spaceId);
  const members = useMembers(spaceId);
  const { info } = useTeams();
  const error = space.error ?? members.error;
  // In a meeting, an attendee who is not a member (a guest) reads as no access, not as a failure.
  const guest = info.meetingId !== null && error instanceof ApiError && error.status === 404;
  useLoadReport(!error && (space.isPending || members.isPending), guest ? null : error);
  if (space.data && members.data) return children({ space: space.data, members: members.data });
  if (guest && guestView) return frame(guestView(spaceId));
  if (guest) {
    return frame(
      <StateMessage title={intl.formatMessage({ id: 'space.guest.title' })}>
        {intl.formatMessage({ id: 'space.guest.body' })}
      </StateMessage>,
    );
  }
  if (error) {
    const retry = (): void => {
      void space.refetch();
      void members.refetch();
    };
    return frame(<ErrorState title="space.loadFailed" error={error} onRetry={retry} />);
  }
  return frame(<LoadingState label={intl.formatMessage({ id: 'space.loading' })} />);
}

function NoSpaces() {
  const intl = useIntl();
  const { info } = useTeams();
  return (
    <StateMessage
      title={intl.formatMessage({ id: 'space.none.title' })}
      action={
        info.inTeams ? undefined : <Link href="/config">{intl.formatMessage({ id: 'space.none.createLink' })}</Link>
      }
    >
      {intl.formatMessage({ id: 'space.none.body' })}
    </StateMessage>
  );
}
