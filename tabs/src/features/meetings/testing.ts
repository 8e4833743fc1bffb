/* Test data of the meetings feature that other features' tests use (their public test module). */
export { buildMeeting, buildRunningState, MEETING_ID } from './factories';
