/*
 * Teams host simulator (tests only). Embeds one tab in an iframe and answers the teams-js 2.x
 * postMessage protocol the way a Teams client does, so the built tabs run unchanged:
 *
 *   tab -> host  {id, uuidAsString, func, args, timestamp, apiVersionTag}
 *   host -> tab  {id, uuidAsString, args}   (the reply to one request)
 *   host -> tab  {func, args}               (a push: themeChange, settings.save)
 *
 * URL parameters: see hostState.js, which reads them into the host state; guestsAndMobile.js adds the
 * answers for series, anonymous guests and frameless mobile hosts (issue 18).
 *
 * Tests drive it through window.simulator (see the object at the end of this file).
 */
/* global window, document, location */
'use strict';

(() => {
  const params = new URLSearchParams(location.search);
  const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('tab'));
  const statusOutput = document.getElementById('status');

  /** Default frame sizes of the Teams surfaces the app uses. */
  const FRAME_SIZES = { sidePanel: [300, 700], meetingStage: [1280, 720] };
  const DEFAULT_FRAME_SIZE = [1000, 800];
  /** teams-js ErrorCode.NOT_SUPPORTED_ON_PLATFORM. */
  const NOT_SUPPORTED = 100;
  /** The sdk version reported when the tab does not send its own. */
  const FALLBACK_SDK_VERSION = '2.58.0';
  /** Requests teams-js sends without waiting for an answer. */
  const FIRE_AND_FORGET = new Set([
    'appInitialization.success',
    'appInitialization.failure',
    'appInitialization.expectedFailure',
    'appInitialization.appLoaded',
    'registerHandler',
    'settings.setValidityState',
    'settings.save.success',
    'settings.save.failure',
    'settings.remove.success',
    'settings.remove.failure',
    'setFrameContext',
    'shareDeepLink',
    'returnFocus',
  ]);
  /** Requests whose answer starts with a success flag and a reason (sendAndHandleStatusAndReason). */
  const STATUS_AND_REASON = new Set(['navigateCrossDomain', 'navigateBack', 'navigateToTab', 'executeDeepLink']);

  const { host, without, surfaceUrl, nonEmpty, runtimeConfig } = window.createHostState(params);
  const now = () => performance.timeOrigin + performance.now();

  /** Every request the tab sent, in order: {func, args, time (epoch ms), apiVersionTag, load}. */
  const calls = [];
  /** Every push the host sent: {func, args, time, load}. */
  const pushes = [];
  /** Requests this host has no answer for. */
  const unhandled = [];
  /** Handlers the tab registered (registerHandler), by name. */
  const registeredHandlers = new Set();

  let load = 0;
  let loadStartedAt = 0;
  let initOutcome = null;
  let resolveReady = () => {};
  let resolveSettled = () => {};
  let ready = Promise.resolve();
  let settled = Promise.resolve();
  let savedSettings = null;
  let validityState = false;
  let pendingSave = null;
  let stageUrl = null;
  let appSessionId = '';

  function setStatus(text) {
    if (statusOutput) statusOutput.textContent = text;
  }

  function describe() {
    return `${host.frameContext} · ${host.user} · ${host.theme}`;
  }

  const usersPromise = fetch('/api/dev/users')
    .then((response) => (response.ok ? response.json() : { items: [] }))
    .then((body) => body.items ?? [])
    .catch(() => []);

  /** A demo user's sign-in name and email, as Teams shows it. */
  const upnOf = (user) => `${user.name.split(' ')[0].toLowerCase()}@${user.tenantId.slice(0, 8)}.example.com`;

  const peoplePicker = window.createPeoplePicker({
    host,
    available: () => !without.has('people'),
    users: usersPromise,
    emailOf: upnOf,
    initialPicks:
      nonEmpty('peoplePicks')
        ?.split(',')
        .map((id) => id.trim()) ?? null,
  });

  const tokens = new Map();
  /** A token for the current user from the dev host, fetched once per user. */
  function tokenFor(userId) {
    if (!tokens.has(userId)) {
      tokens.set(
        userId,
        fetch('/api/dev/token', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId }),
        }).then(async (response) => {
          if (!response.ok) throw new Error(`the dev host refused a token for ${userId} (${response.status})`);
          const body = await response.json();
          return body.token;
        }),
      );
    }
    return tokens.get(userId);
  }

  function withoutUndefined(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
  }

  /** The flat (legacy) context Teams answers getContext with; teams-js maps it to app.Context. */
  async function legacyContext() {
    const users = await usersPromise;
    const user = users.find((u) => u.userId === host.user);
    const upn = user ? upnOf(user) : undefined;
    return withoutUndefined({
      locale: host.locale,
      theme: host.theme,
      frameContext: host.frameContext,
      entityId: host.entityId,
      subEntityId: host.subEntityId,
      teamId: host.teamId,
      groupId: host.groupId,
      channelId: host.channelId,
      chatId: host.chatId,
      meetingId: host.meetingId,
      userObjectId: host.user,
      userDisplayName: user?.name,
      tid: user?.tenantId,
      userPrincipalName: upn,
      loginHint: upn,
      hostClientType: host.hostClientType,
      hostName: 'Teams',
      appSessionId,
      sessionId: appSessionId,
      isFullScreen: false,
      isMultiWindow: false,
    });
  }

  /** The settings the tab has saved, or what Teams knows of an unsaved tab. */
  function currentSettings() {
    if (savedSettings) return savedSettings;
    return withoutUndefined({ entityId: host.entityId, contentUrl: host.tabUrl });
  }

  const NO_REPLY = Symbol('no reply');

  function unsupported(func) {
    return { errorCode: NOT_SUPPORTED, message: `${func} is not supported by the Teams host simulator` };
  }

  /** Answers one request; returns the reply's args, or NO_REPLY. */
  const answers = {
    initialize(args) {
      const sdkVersion = typeof args[0] === 'string' ? args[0] : FALLBACK_SDK_VERSION;
      return [host.frameContext, host.hostClientType, JSON.stringify(runtimeConfig()), sdkVersion];
    },
    async getContext() {
      return [await legacyContext()];
    },
    async 'authentication.getAuthToken'() {
      if (host.authFailure) return [false, host.authFailure];
      try {
        return [true, await tokenFor(host.user)];
      } catch (error) {
        return [false, `FailedToGetToken: ${error instanceof Error ? error.message : String(error)}`];
      }
    },
    'settings.setSettings'(args) {
      savedSettings = { ...(args[0] ?? {}) };
      return [true];
    },
    'settings.getSettings'() {
      return [currentSettings()];
    },
    'settings.setValidityState'(args) {
      validityState = args[0] === true;
      return NO_REPLY;
    },
    'settings.save.success'() {
      finishSave({ outcome: 'success', settings: savedSettings });
      return NO_REPLY;
    },
    'settings.save.failure'(args) {
      finishSave({ outcome: 'failure', reason: args[0], settings: savedSettings });
      return NO_REPLY;
    },
    'appInitialization.success'() {
      settle('success');
      return NO_REPLY;
    },
    'appInitialization.failure'(args) {
      settle('failure', args);
      return NO_REPLY;
    },
    'appInitialization.expectedFailure'(args) {
      settle('expectedFailure', args);
      return NO_REPLY;
    },
    registerHandler(args) {
      if (typeof args[0] === 'string') registeredHandlers.add(args[0]);
      return NO_REPLY;
    },
    'meeting.getAppContentStageSharingCapabilities'() {
      if (without.has('meeting')) return [unsupported('meeting'), null];
      return [null, { doesAppHaveSharePermission: host.stageSharing === 'allow' }];
    },
    'meeting.shareAppContentToStage'(args) {
      if (without.has('meeting') || host.stageSharing !== 'allow') return [unsupported('share to stage'), null];
      stageUrl = typeof args[0] === 'string' ? args[0] : null;
      return [null, true];
    },
    'people.selectPeople'(args) {
      return peoplePicker.answer(args);
    },
    'meeting.stopSharingAppContentToStage'() {
      stageUrl = null;
      return [null, true];
    },
    'meeting.getAppContentStageSharingState'() {
      return [null, { isAppSharing: stageUrl !== null }];
    },
  };

  /* ===== Series, guests and mobile hosts (issue 18): guestsAndMobile.js, and answerNative — begin ===== */
  const { ANONYMOUS, frameless, setMeetingDetails } = window.addGuestsAndMobile({
    params,
    host,
    answers,
    without,
    nonEmpty,
    withoutUndefined,
    unsupported,
  });

  /** Answers one message a frameless (mobile) tab sent through nativeInterface; null when none is due. */
  async function answerNative(json) {
    const data = typeof json === 'string' ? JSON.parse(json) : json;
    if (!data || typeof data.func !== 'string' || typeof data.id !== 'number') return null;
    const args = Array.isArray(data.args) ? data.args : [];
    calls.push({ func: data.func, args, time: now(), apiVersionTag: data.apiVersionTag, load });
    const answer = Object.hasOwn(answers, data.func) ? answers[data.func] : null;
    let replyArgs;
    if (!answer) {
      if (FIRE_AND_FORGET.has(data.func)) return null;
      unhandled.push({ func: data.func, args });
      replyArgs = answerUnknown(data.func);
    } else {
      replyArgs = await answer(args);
      if (replyArgs === NO_REPLY) return null;
    }
    const uuidAsString = typeof data.uuidAsString === 'string' ? data.uuidAsString : undefined;
    return uuidAsString === undefined
      ? { id: data.id, args: replyArgs }
      : { id: data.id, uuidAsString, args: replyArgs };
  }
  /* ===== Series, guests and mobile hosts (issue 18) — end ===== */

  function settle(outcome, args = []) {
    if (initOutcome !== null) return;
    initOutcome = outcome;
    const time = now();
    setStatus(`${describe()} · ${outcome === 'success' ? 'notifySuccess' : `notify ${outcome}`}`);
    resolveSettled({ outcome, args, time, sinceLoadMs: time - loadStartedAt });
    if (outcome === 'success') resolveReady({ time, sinceLoadMs: time - loadStartedAt });
  }

  function finishSave(result) {
    if (!pendingSave) return;
    const { resolve, timer } = pendingSave;
    pendingSave = null;
    clearTimeout(timer);
    setStatus(`${describe()} · save ${result.outcome}`);
    resolve(result);
  }

  function answerUnknown(func) {
    if (STATUS_AND_REASON.has(func)) return [false, `${func} is not supported by the Teams host simulator`];
    if (func.startsWith('meeting.')) return [unsupported(func), null];
    return [unsupported(func)];
  }

  function tabOrigin() {
    try {
      return new URL(host.tabUrl).origin;
    } catch {
      return location.origin;
    }
  }

  /** Sends a push message (not a reply) to the tab. */
  function push(func, args) {
    pushes.push({ func, args, time: now(), load });
    frame.contentWindow?.postMessage({ func, args }, tabOrigin());
  }

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.func !== 'string' || typeof data.id !== 'number') return;
    const { func } = data;
    const args = Array.isArray(data.args) ? data.args : [];
    calls.push({ func, args, time: now(), apiVersionTag: data.apiVersionTag, load });
    const uuidAsString =
      typeof data.uuidAsString === 'string' ? data.uuidAsString : typeof data.uuid === 'string' ? data.uuid : undefined;
    const source = /** @type {Window} */ (event.source);
    const targetOrigin = event.origin && event.origin !== 'null' ? event.origin : '*';
    const answer = Object.hasOwn(answers, func) ? answers[func] : null;
    if (!answer) {
      if (FIRE_AND_FORGET.has(func)) return;
      unhandled.push({ func, args });
      reply(answerUnknown(func));
      return;
    }
    Promise.resolve(answer(args)).then(
      (replyArgs) => {
        if (replyArgs !== NO_REPLY) reply(replyArgs);
      },
      (error) => reply([unsupported(`${func} (${error instanceof Error ? error.message : String(error)})`)]),
    );

    function reply(replyArgs) {
      const message = { id: data.id, args: replyArgs };
      if (uuidAsString !== undefined) message.uuidAsString = uuidAsString;
      source.postMessage(message, targetOrigin);
    }
  });

  /** Shows a tab URL in the iframe with the host state as it now is. */
  function loadTab(url) {
    host.tabUrl = new URL(url, location.origin).toString();
    const [defaultWidth, defaultHeight] = FRAME_SIZES[host.frameContext] ?? DEFAULT_FRAME_SIZE;
    frame.style.width = `${Number(nonEmpty('width') ?? defaultWidth)}px`;
    frame.style.height = `${Number(nonEmpty('height') ?? defaultHeight)}px`;
    load += 1;
    initOutcome = null;
    validityState = false;
    appSessionId = crypto.randomUUID();
    registeredHandlers.clear();
    ready = new Promise((resolve) => (resolveReady = resolve));
    settled = new Promise((resolve) => (resolveSettled = resolve));
    setStatus(`${describe()} · loading`);
    loadStartedAt = now();
    frame.src = host.tabUrl;
  }

  const themePicker = /** @type {HTMLSelectElement | null} */ (document.getElementById('theme-picker'));
  if (themePicker) {
    themePicker.value = host.theme;
    themePicker.addEventListener('change', () => simulator.setTheme(themePicker.value));
  }
  document.getElementById('save-button')?.addEventListener('click', () => {
    void simulator.save();
  });

  const simulator = {
    /** Requests the tab sent: {func, args, time, apiVersionTag, load}. */
    calls,
    /** Pushes the host sent. */
    pushes,
    /** Requests the host could not answer. */
    unhandled,
    /** The host state (frame context, user, theme, ids, tab URL). */
    host,
    /** Resolves when the current tab load calls app.notifySuccess(): {time, sinceLoadMs}. */
    get ready() {
      return ready;
    },
    /** Resolves when the current tab load reports success or failure: {outcome, args, time, sinceLoadMs}. */
    get settled() {
      return settled;
    },
    /** 'success' | 'failure' | 'expectedFailure' once the current load reported, else null. */
    get initOutcome() {
      return initOutcome;
    },
    /** How many times the iframe was (re)loaded, and when the current load started (epoch ms). */
    get load() {
      return load;
    },
    get loadStartedAt() {
      return loadStartedAt;
    },
    /** The config the tab saved through pages.config.setConfig, or null. */
    get savedSettings() {
      return savedSettings;
    },
    /** Whether the tab enabled Save (pages.config.setValidityState). */
    get validityState() {
      return validityState;
    },
    /** The URL the tab last shared to the meeting stage, or null. */
    get stageUrl() {
      return stageUrl;
    },
    get registeredHandlers() {
      return [...registeredHandlers];
    },
    /** Switches the theme the way Teams does: context theme plus a themeChange push. */
    setTheme(theme) {
      host.theme = theme;
      if (themePicker) themePicker.value = theme;
      push('themeChange', [theme]);
      setStatus(describe());
    },
    /**
     * Presses Save in the configuration dialog: pushes settings.save and resolves with
     * {outcome: 'success'|'failure'|'timeout'|'invalid', reason?, settings}. Like Teams, Save is
     * refused while the tab has not called setValidityState(true), unless `force` is set.
     */
    save({ webhookUrl, force = false, timeoutMs = 15_000 } = {}) {
      if (!validityState && !force) {
        return Promise.resolve({
          outcome: 'invalid',
          reason: 'Save is disabled: the tab has not called pages.config.setValidityState(true)',
          settings: savedSettings,
        });
      }
      if (pendingSave)
        finishSave({ outcome: 'failure', reason: 'superseded by another save', settings: savedSettings });
      return new Promise((resolve) => {
        const timer = setTimeout(
          () => finishSave({ outcome: 'timeout', reason: 'the tab answered neither success nor failure' }),
          timeoutMs,
        );
        pendingSave = { resolve, timer };
        push('settings.save', [{ webhookUrl }]);
      });
    },
    /**
     * Loads another URL in the iframe (e.g. the saved contentUrl), optionally changing host state
     * such as frameContext, entityId or user first.
     */
    navigate(url, changes = {}) {
      Object.assign(host, changes);
      loadTab(url);
      return ready;
    },
    /** Opens the saved configuration as Teams does after Save: its contentUrl with its entityId. */
    openSaved(changes = {}) {
      if (!savedSettings?.contentUrl) throw new Error('no contentUrl was saved');
      return simulator.navigate(savedSettings.contentUrl, {
        frameContext: 'content',
        entityId: savedSettings.entityId,
        ...changes,
      });
    },
    /** Sends any push message (for tests of handlers this host does not model). */
    push,
    /** Chooses who the next people picker returns: demo user ids, result objects, or 'cancel'. */
    setPeoplePicks: peoplePicker.setPicks,
    /** The people pickers the tab opened: {inputs, frameContext, answered}. */
    peoplePickerRequests: peoplePicker.requests,
  };

  // Issue 18 (series, guests, mobile): see the block above.
  Object.assign(simulator, {
    answerNative,
    /** Changes what meeting.getMeetingDetails answers (null: as without the RSC permission). */
    setMeetingDetails,
  });

  window.simulator = simulator;
  if (host.user !== ANONYMOUS) void tokenFor(host.user).catch(() => undefined);
  if (frameless) {
    host.tabUrl = surfaceUrl.toString();
    appSessionId = crypto.randomUUID();
    load += 1;
    ready = new Promise((resolve) => (resolveReady = resolve));
    settled = new Promise((resolve) => (resolveSettled = resolve));
    loadStartedAt = now();
    setStatus(`${describe()} · frameless`);
  } else loadTab(surfaceUrl.toString());
})();
