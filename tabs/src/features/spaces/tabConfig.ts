import { TeamsBinding, type SpaceResponse } from '@coachboard/api/domain';
import type { TabConfig } from '../../teams/configTab';
import type { TeamsInfo } from '../../teams/context';
import { SPACE_ENTITY_PREFIX } from './useSpaceSelection';

/** The Teams channel or chat a tab is being added to, as the API's binding; null outside Teams. */
export function bindingFor(info: TeamsInfo): TeamsBinding | null {
  const candidate =
    info.teamId && info.channelId
      ? { kind: 'channel', teamId: info.teamId, channelId: info.channelId }
      : info.chatId
        ? { kind: 'chat', chatId: info.chatId }
        : null;
  const parsed = TeamsBinding.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Meetings open on the details tab (side panel and stage come from the manifest); channels on the Sales room. */
export function contentPathFor(info: TeamsInfo): '/details' | '/channel' {
  return info.meetingId ? '/details' : '/channel';
}

/** The settings a configured tab stores for a space. */
export function tabConfigFor(
  space: Pick<SpaceResponse, 'id'>,
  info: TeamsInfo,
  origin: string,
  displayName: string,
): TabConfig {
  const url = `${origin}${contentPathFor(info)}?spaceId=${encodeURIComponent(space.id)}`;
  return {
    entityId: `${SPACE_ENTITY_PREFIX}${space.id}`,
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: displayName,
  };
}
