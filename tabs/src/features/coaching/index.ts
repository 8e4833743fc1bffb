/*
 * The coaching feature's public module: the side panel's session view and entry, and "My coaching".
 * Pages load each lazily (`import('../features/coaching/…')`), so none grows another surface's first render.
 */
export type { CoachingSessionPanelProps } from './CoachingSessionPanel';
export type { CoachingSessionEntryProps } from './CoachingSessionEntry';
