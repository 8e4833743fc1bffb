/*
 * The host state of the Teams host simulator (tests only; loaded after deepLink.js and before
 * simulator.js), read from the simulator's URL parameters:
 *
 * surface (path and query of the tab, e.g. /sidepanel?spaceId=…), frameContext
 * (content|settings|sidePanel|meetingStage|…), hostClientType (web|desktop|…), user (a demo user id),
 * theme (default|dark|contrast), locale, teamId, groupId, channelId, chatId, meetingId, entityId (or spaceId,
 * which becomes entityId "space:<id>"), stageSharing (allow|deny), authFailure (an SSO error to answer),
 * without (comma-separated capabilities the host lacks, e.g. meeting or people), peoplePicks (demo user ids
 * the people picker returns, comma-separated; see peoplePicker.js), width and height, subPageId, deepLink;
 * meetingStart, meetingEnd, meetingType, meetingTitle, frameless and user=anonymous (see guestsAndMobile.js).
 */
/* global window, location */
'use strict';

/**
 * The host's state from the URL parameters: what it shows, to whom and how (`host`), the capabilities it
 * lacks (`without`), the tab's URL, a reader of non-empty parameters, and the runtime config it declares.
 * @param {URLSearchParams} params the simulator page's URL parameters
 */
window.createHostState = (params) => {
  const without = new Set(
    (params.get('without') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

  /** What this host supports; a module missing here makes the tab's `isSupported()` false. */
  function runtimeConfig() {
    const supports = {
      appInitialization: {},
      authentication: {},
      pages: { config: {}, backStack: {}, currentApp: {} },
      meeting: {},
      teamsCore: {},
      stageView: {},
      sharing: {},
      people: {},
    };
    for (const name of without) delete supports[name];
    return {
      apiVersion: 4,
      isLegacyTeams: false,
      isNAAChannelRecommended: false,
      hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
      supports,
    };
  }

  const nonEmpty = (name) => {
    const value = params.get(name);
    return value === null || value === '' ? undefined : value;
  };

  /** The host's current state: which tab it shows, to whom, and how. */
  const host = {
    frameContext: nonEmpty('frameContext') ?? 'content',
    hostClientType: nonEmpty('hostClientType') ?? 'web',
    user: nonEmpty('user') ?? 'u-megan',
    theme: nonEmpty('theme') ?? 'default',
    locale: nonEmpty('locale') ?? 'en-us',
    teamId: nonEmpty('teamId'),
    groupId: nonEmpty('groupId'),
    channelId: nonEmpty('channelId'),
    chatId: nonEmpty('chatId'),
    meetingId: nonEmpty('meetingId'),
    entityId: undefined,
    stageSharing: nonEmpty('stageSharing') ?? 'allow',
    authFailure: nonEmpty('authFailure'),
    tabUrl: '',
  };
  const surfaceUrl = new URL(nonEmpty('surface') ?? '/', location.origin);
  if (params.has('entityId')) host.entityId = nonEmpty('entityId');
  else if (nonEmpty('spaceId')) host.entityId = `space:${nonEmpty('spaceId')}`;
  else if (host.frameContext !== 'settings' && surfaceUrl.searchParams.get('spaceId'))
    host.entityId = `space:${surfaceUrl.searchParams.get('spaceId')}`;
  window.simulatorDeepLink.follow(host, params); // subPageId, or a deep link's entity id and subEntityId
  return { host, without, surfaceUrl, nonEmpty, runtimeConfig };
};
