/*
 * Teams deep links to an app's tab, as the host simulator follows them (tests only; loaded before
 * simulator.js): https://teams.microsoft.com/l/entity/<appId>/<entityId>?label=…&context=<url-encoded JSON>
 * with the JSON's subEntityId, which the tab reads as context.page.subPageId. URL parameters of the
 * simulator: subPageId (the subEntityId alone) or deepLink (a whole link to follow).
 */
/* global window */
'use strict';

window.simulatorDeepLink = {
  /**
   * Sets the host's subEntityId from the URL parameter subPageId, or follows the URL parameter deepLink:
   * the link's entity id and subEntityId replace what the other parameters said.
   */
  follow(host, params) {
    if (params.get('subPageId')) host.subEntityId = params.get('subPageId');
    if (!params.get('deepLink')) return;
    const { entityId, subEntityId } = this.parse(params.get('deepLink'));
    Object.assign(host, { entityId, subEntityId });
  },

  /** The tab's entity id and subEntityId a link names; throws for anything but a Teams tab link. */
  parse(deepLink) {
    const link = new URL(deepLink);
    const entity = /^\/l\/entity\/([^/]+)\/([^/]+)$/.exec(link.pathname);
    if (link.origin !== 'https://teams.microsoft.com' || !entity)
      throw new Error(`not a Teams tab deep link: ${deepLink}`);
    const context = link.searchParams.get('context');
    return {
      appId: decodeURIComponent(entity[1]),
      entityId: decodeURIComponent(entity[2]),
      subEntityId: context ? JSON.parse(context).subEntityId : undefined,
    };
  },
};
