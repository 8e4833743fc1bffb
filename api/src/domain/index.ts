/**
 * The API contract and pure rules, shared with the tabs as `@coachboard/api/domain`.
 * No I/O, no Azure, no Node-only imports may enter this folder.
 */
export * from './errors.js';
export * from './policy.js';
export * from './principal.js';
export * from './spaces.js';
export * from './agendaLinter.js';
export * from './alignment.js';
export * from './boards.js';
export * from './digest.js';
export * from './meetings.js';
export * from './practices.js';
export * from './roleplay.js';
export * from './scenarios.js';
export * from './timer.js';
