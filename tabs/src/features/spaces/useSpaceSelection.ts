import { Id, type SpaceResponse } from '@coachboard/api/domain';
import { useCallback, useState } from 'react';
import { useTeams } from '../../teams/context';
import { useMySpaces } from './queries';

/** Configured tabs carry `space:<spaceId>` as their entity id. */
export const SPACE_ENTITY_PREFIX = 'space:';

function validId(value: string | null | undefined): string | null {
  if (!value) return null;
  const parsed = Id.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The `spaceId` query parameter of a content URL, when it is a valid id. */
export function spaceIdFromSearch(search: string): string | null {
  return validId(new URLSearchParams(search).get('spaceId'));
}

/** The space id in a tab's entity id (`space:<id>`), when there is one. */
export function spaceIdFromEntity(entityId: string | null): string | null {
  return entityId?.startsWith(SPACE_ENTITY_PREFIX) ? validId(entityId.slice(SPACE_ENTITY_PREFIX.length)) : null;
}

/** Where the page's space comes from, and what the user still has to do to get one. */
export type SpaceSelection =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'none' }
  | { status: 'choose'; spaces: SpaceResponse[]; choose: (spaceId: string) => void }
  | { status: 'selected'; spaceId: string };

/**
 * The space a surface shows: the content URL's `spaceId`, else the tab's entity id `space:<id>`,
 * else the user's only space; with several spaces the user chooses (and the choice goes into the URL).
 */
export function useSpaceSelection(): SpaceSelection {
  const { info } = useTeams();
  const [chosen, setChosen] = useState<string | null>(null);
  const given = chosen ?? spaceIdFromSearch(window.location.search) ?? spaceIdFromEntity(info.pageId);
  const spaces = useMySpaces({ enabled: given === null });

  const choose = useCallback((spaceId: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('spaceId', spaceId);
    window.history.replaceState(window.history.state, '', url);
    setChosen(spaceId);
  }, []);

  if (given) return { status: 'selected', spaceId: given };
  if (spaces.isPending) return { status: 'loading' };
  if (spaces.isError) return { status: 'error', error: spaces.error, retry: () => void spaces.refetch() };
  const [only, ...others] = spaces.data;
  if (!only) return { status: 'none' };
  if (others.length === 0) return { status: 'selected', spaceId: only.id };
  return { status: 'choose', spaces: spaces.data, choose };
}
