import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type PageModule = { default: ComponentType };

/** One page per surface, by path; each is its own chunk. */
const loaders: Record<string, () => Promise<PageModule>> = {
  '/': () => import('../pages/LandingPage').then((m) => ({ default: m.LandingPage })),
  '/config': () => import('../pages/ConfigPage').then((m) => ({ default: m.ConfigPage })),
  '/channel': () => import('../pages/ChannelPage').then((m) => ({ default: m.ChannelPage })),
  '/details': () => import('../pages/DetailsPage').then((m) => ({ default: m.DetailsPage })),
  '/sidepanel': () => import('../pages/SidePanelPage').then((m) => ({ default: m.SidePanelPage })),
  '/stage': () => import('../pages/StagePage').then((m) => ({ default: m.StagePage })),
  '/chat': () => import('../pages/ChatPage').then((m) => ({ default: m.ChatPage })),
  '/personal': () => import('../pages/PersonalPage').then((m) => ({ default: m.PersonalPage })),
};

const loading = new Map<string, Promise<PageModule>>();

function loadPage(key: string, load: () => Promise<PageModule>): Promise<PageModule> {
  let pending = loading.get(key);
  if (!pending) {
    pending = load();
    loading.set(key, pending);
  }
  return pending;
}

/** The route key of a pathname: lower case, no trailing slash (`/SidePanel/` → `/sidepanel`). */
export function routeKey(pathname: string): string {
  const trimmed = pathname.toLowerCase().replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** Frame contexts that name the surface by themselves: Teams opens a configurable tab's one contentUrl in each. */
const surfaceOfFrame: Partial<Record<string, string>> = {
  settings: '/config',
  sidePanel: '/sidepanel',
  meetingStage: '/stage',
};

/** Meeting content URLs that Teams also opens in the side panel and on the stage. */
const meetingContent = new Set(['/details', '/chat']);

/**
 * The route to show: the frame context decides in the side panel, on the stage and in settings
 * (the meeting tab's `/details?spaceId=` URL opens in all of them); elsewhere the path does.
 */
export function routeFor(pathname: string, frameContext: string | null): string {
  return (frameContext ? surfaceOfFrame[frameContext] : undefined) ?? routeKey(pathname);
}

/** The lazily loaded page of each surface, by route key. */
export const routes: Partial<Record<string, LazyExoticComponent<ComponentType>>> = Object.fromEntries(
  Object.entries(loaders).map(([key, load]) => [key, lazy(() => loadPage(key, load))]),
);

/**
 * Starts loading the page of a pathname at once, so its chunk arrives while teams-js initializes
 * instead of after. Framed meeting URLs wait for the frame context, which may pick another page.
 * A failure surfaces later, when the page renders.
 */
export function preloadRoute(pathname: string, framed: boolean): void {
  const key = routeKey(pathname);
  if (framed && meetingContent.has(key)) return;
  const load = loaders[key];
  if (load) loadPage(key, load).catch(() => undefined);
}
