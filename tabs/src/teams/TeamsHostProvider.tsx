import { app, authentication } from '@microsoft/teams-js';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { TeamsContext, type TeamsApi, type TeamsInfo } from './context';
import { normalizeLocale } from './locale';
import { toThemeName } from './theme';

let initialization: Promise<app.Context> | null = null;

/** Initializes teams-js once per page load (StrictMode runs effects twice) and reads the context. */
function initializeOnce(): Promise<app.Context> {
  initialization ??= app.initialize().then(() => app.getContext());
  return initialization;
}

/** Keeps only what the app uses from the Teams context (never the whole context: it holds personal data). */
export function infoFromContext(context: app.Context): TeamsInfo {
  return {
    inTeams: true,
    frameContext: context.page.frameContext,
    hostClientType: context.app.host.clientType,
    locale: normalizeLocale(context.app.locale),
    theme: toThemeName(context.app.theme),
    user: context.user
      ? {
          id: context.user.id,
          upn: context.user.userPrincipalName ?? null,
          name: context.user.displayName ?? null,
        }
      : null,
    tenantId: context.user?.tenant?.id ?? null,
    teamId: context.team?.groupId ?? context.team?.internalId ?? null,
    channelId: context.channel?.id ?? null,
    chatId: context.chat?.id ?? null,
    meetingId: context.meeting?.id ?? null,
    pageId: context.page.id || null,
    anonymous: context.user?.licenseType === 'Anonymous',
  };
}

let loadReported = false;

function reportLoaded(): void {
  if (loadReported) return;
  loadReported = true;
  // Hosts that do not acknowledge it leave the promise pending; nothing depends on the answer.
  app.notifySuccess().catch(() => undefined);
}

function reportLoadFailed(message: string): void {
  if (loadReported) return;
  loadReported = true;
  app.notifyFailure({ reason: app.FailedReason.Other, message });
}

let tokenRequest: Promise<string> | null = null;

/** Teams SSO token; calls made at the same moment share one request to the host. */
function getToken(): Promise<string> {
  if (!tokenRequest) {
    const request = authentication.getAuthToken();
    const done = (): void => {
      tokenRequest = null;
    };
    request.then(done, done);
    tokenRequest = request;
  }
  return tokenRequest;
}

/** Props of {@link TeamsHostProvider}. */
export interface TeamsHostProviderProps {
  children: ReactNode;
  /** Shown until `app.initialize()` and `app.getContext()` are done. */
  pending: ReactNode;
  /** Shown when the host never answers or refuses to initialize. */
  failed: ReactNode;
}

/** The Teams layer inside a Teams host: initializes teams-js, follows theme changes, reports loading. */
export function TeamsHostProvider({ children, pending, failed }: TeamsHostProviderProps) {
  const [info, setInfo] = useState<TeamsInfo | null>(null);
  const [initFailed, setInitFailed] = useState(false);

  useEffect(() => {
    let active = true;
    initializeOnce().then(
      (context) => {
        if (!active) return;
        setInfo(infoFromContext(context));
        app.registerOnThemeChangeHandler((theme) => {
          setInfo((current) => current && { ...current, theme: toThemeName(theme) });
        });
      },
      () => {
        if (active) setInitFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const value = useMemo<TeamsApi | null>(
    () => (info ? { info, getToken, reportLoaded, reportLoadFailed, local: null } : null),
    [info],
  );

  if (initFailed) return failed;
  if (!value) return pending;
  return <TeamsContext.Provider value={value}>{children}</TeamsContext.Provider>;
}
