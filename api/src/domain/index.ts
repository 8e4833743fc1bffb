/**
 * The API contract and pure rules, shared with the tabs as `@coachboard/api/domain`: the one public entry.
 * No I/O, no Azure, no Node-only imports may enter this folder.
 */
export * from './common/contract.js';
export * from './common/errors.js';
export * from './common/principal.js';
export * from './common/timer.js';
export * from './spaces/contract.js';
export type * from './spaces/document.js';
export * from './spaces/policy.js';
export * from './meetings/agendaLinter.js';
export * from './meetings/contract.js';
export * from './meetings/digest.js';
export * from './meetings/occurrences.js';
export * from './boards/alignment.js';
export * from './boards/cards.js';
export * from './boards/contract.js';
export { BOARD_LIMITS, BoardDate, BoardStageId } from './boards/fields.js';
export * from './boards/stages.js';
export * from './practices/checks.js';
export * from './practices/contract.js';
export * from './practices/limits.js';
export * from './practices/outcomes.js';
export * from './practices/skills.js';
export * from './roleplays/access.js';
export * from './roleplays/checks.js';
export * from './roleplays/competencies.js';
export * from './roleplays/contract.js';
export * from './roleplays/limits.js';
export * from './roleplays/results.js';
export * from './roleplays/starterScenarios.js';
export * from './roleplays/stateMachine.js';
export * from './observations/contract.js';
export * from './observations/coverage.js';
export * from './observations/feedback.js';
export * from './coaching/askTell.js';
export * from './coaching/contract.js';
export * from './coaching/grow.js';
export * from './coaching/rules.js';
export * from './notifications/contract.js';
export * from './notifications/deepLink.js';
export * from './opportunities/contract.js';
export * from './opportunities/rules.js';
export * from './barriers/contract.js';
export * from './barriers/rules.js';
