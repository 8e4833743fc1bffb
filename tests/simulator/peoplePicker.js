/*
 * The Teams people picker of the host simulator (tests only), loaded before simulator.js.
 *
 * teams-js sends {func: 'people.selectPeople', args: [inputs]} (inputs: title, setSelected,
 * openOrgWideSearchInChatOrChannel, singleSelect) and reads the reply's args as [error, results].
 * Teams answers [null, [{objectId, displayName, email}]], or [{errorCode: 8000}] when the user closes
 * the picker. There is no picker in side panel and stage frames: teams-js throws there before
 * sending anything, and a request that still arrives is refused as not supported (100). A host
 * without the capability leaves `people` out of its runtime, so `people.isSupported()` is false.
 *
 * The test chooses who the picker returns (window.simulator.setPeoplePicks, or the URL parameter
 * peoplePicks); without a choice the picker is cancelled, as when a user closes it.
 */
/* global window */
'use strict';

(() => {
  /** teams-js ErrorCode.NOT_SUPPORTED_ON_PLATFORM. */
  const NOT_SUPPORTED = 100;
  /** teams-js ErrorCode.USER_ABORT. */
  const USER_ABORT = 8000;
  /** Frames where Teams opens the people picker (teams-js checks for the same ones). */
  const PICKER_FRAMES = new Set(['content', 'task', 'settings']);

  /**
   * @param {object} options
   * @param {{frameContext: string}} options.host the simulator's live host state
   * @param {() => boolean} options.available whether this host declares the people capability
   * @param {Promise<Array<{userId: string, name: string, tenantId: string}>>} options.users the demo directory
   * @param {(user: {name: string, tenantId: string}) => string} options.emailOf a demo user's address
   * @param {string[] | null} options.initialPicks demo user ids from the URL, or null
   */
  function createPeoplePicker({ host, available, users, emailOf, initialPicks }) {
    /** What the next picker returns: ids or result objects, 'cancel', or null (cancel). Used once. */
    let picks = initialPicks;
    /** Every picker the tab opened: {inputs, frameContext, answered}. */
    const requests = [];

    async function resultFor(pick) {
      if (typeof pick !== 'string') return { ...pick };
      const user = (await users).find((u) => u.userId === pick);
      return user ? { objectId: user.userId, displayName: user.name, email: emailOf(user) } : { objectId: pick };
    }

    return {
      requests,
      /** Sets who the next picker returns: demo user ids, {objectId, displayName?, email?} objects, or 'cancel'. */
      setPicks(next) {
        picks = next === 'cancel' ? 'cancel' : [...next];
      },
      /** The reply args to one people.selectPeople request. */
      async answer(args) {
        const inputs = args[0] && typeof args[0] === 'object' ? args[0] : {};
        const request = { inputs, frameContext: host.frameContext, answered: null };
        requests.push(request);
        if (!available() || !PICKER_FRAMES.has(host.frameContext)) {
          request.answered = 'unsupported';
          return [
            { errorCode: NOT_SUPPORTED, message: `people.selectPeople is not supported in ${host.frameContext}` },
          ];
        }
        const chosen = picks;
        picks = null;
        if (!chosen || chosen === 'cancel') {
          request.answered = 'cancel';
          return [{ errorCode: USER_ABORT, message: 'The user closed the people picker.' }];
        }
        const results = await Promise.all(chosen.map(resultFor));
        const answered = inputs.singleSelect ? results.slice(0, 1) : results;
        request.answered = answered;
        return [null, answered];
      },
    };
  }

  window.createPeoplePicker = createPeoplePicker;
})();
