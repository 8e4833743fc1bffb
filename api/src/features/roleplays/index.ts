/**
 * What other features may use of role-plays: the competency list, a rep's own results, and their recent
 * results for coaching sessions. Other features import this module only.
 */
export { recentRoleplayEvidence } from './evidence.js';
export { getCompetencies, getRoleplay, getScenario } from './queries.js';
export { listMyRoleplays } from './reports.js';
