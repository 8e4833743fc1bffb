/*
 * The meetings feature's public module: what other features may use (the Teams meeting the tab
 * runs in, and its live state). Everything else in this folder is the feature's own.
 */
export { useContextMeeting } from './queries';
export { useMeetingState } from './useMeetingState';
