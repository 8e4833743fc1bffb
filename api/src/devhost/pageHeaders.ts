/**
 * The hosts Microsoft documents as framing Teams tabs (Teams, the Microsoft 365 app, Outlook, and
 * `*.cloud.microsoft`, where they are all moving), plus the older Teams client's `*.skype.com`.
 * Source: learn.microsoft.com, "Prerequisites" of building tabs (tab-requirements).
 */
export const TEAMS_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
  'https://*.skype.com',
] as const;

/** teams-js fetches its current list of valid Teams origins from here (it falls back to a built-in copy). */
const TEAMS_JS_ORIGIN_LIST = 'https://res.cdn.office.net';

/**
 * The tabs' Content-Security-Policy. Scripts only from the tab's own origin (the Vite build has no
 * inline script and no eval); styles also inline, because Fluent UI (Griffel) inserts its rules at run
 * time; framing by Teams hosts and by the tab's own origin (`'self'`: the dev host's simulator page).
 * `connect` adds origins the tab may call besides its own and teams-js's origin list (the API when it
 * is hosted apart).
 */
export function tabContentSecurityPolicy(options: { connect?: readonly string[] } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", TEAMS_JS_ORIGIN_LIST, ...(options.connect ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ["frame-ancestors 'self'", ...TEAMS_FRAME_ANCESTORS].join(' '),
  ].join('; ');
}

/** Full URLs go to the tab's own origin only; other sites learn the origin, never the path or query. */
export const TAB_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The headers every page and asset of the tabs is served with. */
export const TAB_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': tabContentSecurityPolicy(),
  'referrer-policy': TAB_REFERRER_POLICY,
  'x-content-type-options': 'nosniff',
};
